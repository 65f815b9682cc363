/**
 * The side pane (issue 11): resized by dragging and remembered across a relaunch, collapsed and opened,
 * F6 / Ctrl+\ moving focus between the document and the pane, ARIA tabs with arrow keys, tabs never
 * clipped in any language, and a Coverage table that reflows in a narrow pane and jumps to sections.
 */
import { expect, test, type Page } from '@playwright/test';
import { launchApp } from './harness';
import { waitForDocument } from './annotations-helpers';

const paneWidth = (page: Page) =>
  page.getByTestId('side-panel').evaluate((el) => Math.round(el.getBoundingClientRect().width));
const focusIsDocument = (page: Page) =>
  page.evaluate(() => document.activeElement?.classList.contains('tm-document') ?? false);

/** Every tab is fully visible: its text is not cut off and it lies inside the pane. */
async function expectTabsUnclipped(page: Page): Promise<void> {
  const problems = await page.evaluate(() => {
    const pane = document.querySelector('[data-testid="side-panel"]')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('[role=tab]')].flatMap((tab) => {
      const box = tab.getBoundingClientRect();
      const clipped =
        tab.scrollWidth > tab.clientWidth + 1 || box.left < pane.left - 1 || box.right > pane.right + 1;
      return clipped ? [`${tab.textContent} ${box.left}-${box.right} in ${pane.left}-${pane.right}`] : [];
    });
  });
  expect(problems).toEqual([]);
  // …and never wrapped: every tab on one row.
  const tops = await page
    .locator('[role=tab]')
    .evaluateAll((tabs) => [...new Set(tabs.map((tab) => Math.round(tab.getBoundingClientRect().top)))]);
  expect(tops).toHaveLength(1);
}

test('resize by dragging (remembered), collapse, F6 and Ctrl+\\ focus, ARIA tabs', async () => {
  let app = await launchApp({ locale: 'en-US' });
  const userDataDir = app.userDataDir;
  try {
    let page = app.page;
    await waitForDocument(page);
    const before = await paneWidth(page);
    await expectTabsUnclipped(page);

    // Drag the pane's edge 200 px to the left: the pane widens by as much.
    const edge = (await page.getByTestId('side-panel-resizer').boundingBox())!;
    await page.mouse.move(edge.x + edge.width / 2, edge.y + 200);
    await page.mouse.down();
    await page.mouse.move(edge.x - 100, edge.y + 200, { steps: 4 });
    await page.mouse.move(edge.x - 196, edge.y + 200, { steps: 4 });
    await page.mouse.up();
    const widened = await paneWidth(page);
    expect(Math.abs(widened - (before + 200))).toBeLessThanOrEqual(4);

    // Keyboard on the edge: ← widens by 16 px.
    await page.getByTestId('side-panel-resizer').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => paneWidth(page)).toBe(widened + 16);

    // F6 from the pane's edge goes to the document; F6 again to the selected tab; Ctrl+\ back.
    await page.keyboard.press('F6');
    expect(await focusIsDocument(page)).toBe(true);
    await page.keyboard.press('F6');
    await expect(page.locator('[role=tab][aria-selected=true]')).toBeFocused();
    await page.keyboard.press('Control+Backslash');
    expect(await focusIsDocument(page)).toBe(true);
    await page.keyboard.press('Control+Backslash');
    const tabs = page.getByRole('tab');
    await expect(tabs.first()).toBeFocused();

    // Arrow keys move along the tabs and select them; one tab stop.
    await page.keyboard.press('ArrowRight');
    await expect(tabs.nth(1)).toBeFocused();
    await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('End');
    await expect(tabs.last()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
    expect(await page.locator('[role=tab][tabindex="0"]').count()).toBe(1);

    // Collapse with the button; F6 opens it again and lands on the tabs.
    await page.getByTestId('side-panel-collapse').click();
    await expect(page.getByTestId('side-panel')).toHaveAttribute('data-collapsed', 'true');
    expect(await paneWidth(page)).toBeLessThan(60);
    await expect(page.getByTestId('side-panel-expand')).toBeFocused();
    await page.keyboard.press('F6'); // from the collapsed pane's button → document
    expect(await focusIsDocument(page)).toBe(true);
    await page.keyboard.press('Control+Shift+Backslash');
    await expect(page.getByTestId('side-panel')).toHaveAttribute('data-collapsed', 'false');
    await expect(tabs.first()).toBeFocused();

    // The width survives a relaunch.
    await app.close();
    app = await launchApp({ locale: 'en-US', userDataDir });
    page = app.page;
    await expect(page.locator('#root[data-ready=true]')).toBeAttached({ timeout: 30_000 });
    const reopen = page.getByTestId('recent-open').first();
    if (await reopen.isVisible()) await reopen.click();
    await waitForDocument(page);
    expect(await paneWidth(page)).toBe(widened + 16);
  } finally {
    await app.close();
  }
});

for (const locale of ['en-US', 'zh-TW', 'zh-CN']) {
  test(`tabs unclipped and Coverage reflowing in a narrow pane (${locale})`, async () => {
    const app = await launchApp({ locale });
    const { page } = app;
    try {
      await page.setViewportSize({ width: 1024, height: 700 });
      await waitForDocument(page);
      // The narrowest pane: End on the edge.
      await page.getByTestId('side-panel-resizer').focus();
      await page.keyboard.press('End');
      await expect.poll(() => paneWidth(page)).toBe(260);
      await expectTabsUnclipped(page);

      await page.getByTestId('side-tab-coverage').click();
      await expect(page.getByTestId('coverage-row').first()).toBeVisible({ timeout: 15_000 });
      const layout = await page.evaluate(() => {
        const table = document.querySelector<HTMLElement>('[data-testid="coverage-table"]')!;
        const panel = table.closest<HTMLElement>('[role=tabpanel]')!;
        const names = [...table.querySelectorAll<HTMLElement>('[data-testid="coverage-jump"]')];
        return {
          overflow: panel.scrollWidth - panel.clientWidth,
          // A name wrapped a character or two per line has few characters on each of its lines.
          fewestCharsPerLine: Math.min(
            ...names
              .filter((n) => (n.textContent ?? '').length >= 8)
              .map((n) => {
                const range = document.createRange();
                range.selectNodeContents(n);
                const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
                return (n.textContent ?? '').length / Math.max(1, lines);
              }),
          ),
        };
      });
      expect(layout.overflow).toBeLessThanOrEqual(0);
      expect(layout.fewestCharsPerLine).toBeGreaterThanOrEqual(8);

      // A section's name jumps to it: the heading comes into view and the caret is placed there.
      const jump = page.getByTestId('coverage-jump').nth(3);
      const name = (await jump.textContent())!.trim();
      await jump.click();
      await expect
        .poll(() =>
          page.evaluate((text) => {
            const scroll = document.querySelector('[data-testid="document-scroll"]')!.getBoundingClientRect();
            const selection = window.getSelection()!;
            if (!selection.rangeCount) return 'no selection';
            const node = selection.anchorNode!;
            const element = node instanceof Element ? node : node.parentElement!;
            const block = element.closest('p, h1, h2, h3, h4, h5, h6');
            if (!block) return `caret outside a block: ${element.tagName}`;
            const box = block.getBoundingClientRect();
            return block.textContent!.includes(text) && box.top >= scroll.top && box.bottom <= scroll.bottom
              ? 'shown'
              : `${block.textContent} at ${box.top}`;
          }, name),
        )
        .toBe('shown');
    } finally {
      await app.close();
    }
  });
}
