/**
 * Two small tools of the fault-injection soak (./fault-injection.soak.ts): a bounded wait for things a
 * fault may leave hanging, and a piece of the open document's text to select for an annotation.
 */
import type { Page } from '@playwright/test';
import type { Random } from '../../scripts/fuzz/mutate';

/** Waits for `promise` at most `ms`, swallowing its failure (a crashed page may never answer). */
export async function withTimeout(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    promise.catch(() => undefined),
    new Promise((resolve) => (timer = setTimeout(resolve, ms))),
  ]);
  clearTimeout(timer);
}

/** A short text that occurs once in the open document, to select. */
export async function pickNeedle(page: Page, random: Random): Promise<string> {
  const blocks = await page.evaluate(() =>
    [...document.querySelectorAll('.tm-document :is(p, h1, h2, h3, h4, h5, h6, li, td, th)')].map(
      (block) => block.textContent ?? '',
    ),
  );
  const whole = blocks.join('\n');
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const block = random.pick(blocks.filter((text) => text.length >= 8));
    if (!block) break;
    const start = random.int(block.length - 6);
    const needle = block.slice(start, start + 6);
    if (needle.trim().length === 6 && whole.indexOf(needle) === whole.lastIndexOf(needle)) return needle;
  }
  throw new Error('No unique text to select in the open document');
}
