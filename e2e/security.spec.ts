/**
 * The renderer's security boundary as served by the harness with the production CSP: no inline script,
 * nothing remote (fetch, images), no navigation away, no popups, and no Node globals in the page.
 * (Electron-only parts — webPreferences, setWindowOpenHandler, the IPC sender check — are pinned by the
 * unit tests in electron/main.)
 */
import { expect, test } from '@playwright/test';
import { contentSecurityPolicy } from '../electron/services/content-security-policy';
import { launchApp } from './harness';

test('the app itself starts under the production CSP without a violation or an error', async () => {
  const app = await launchApp();
  try {
    // React has rendered something, so the bundle ran under the policy.
    await expect(app.page.locator('#root > *').first()).toBeAttached();
    await app.page.waitForLoadState('networkidle');
    // Blocked resources and inline code show up as console errors ("Refused to …").
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});

test('CSP blocks inline scripts, remote fetches and remote images', async () => {
  const app = await launchApp();
  try {
    const outcome = await app.page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
      );
      const state = window as unknown as { inlineRan?: boolean };

      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true;';
      document.body.append(script);

      const fetched = await fetch('https://example.com/data.json').then(
        () => 'loaded',
        () => 'blocked',
      );

      const image = document.createElement('img');
      const imageOutcome = new Promise<string>((resolve) => {
        image.onload = () => resolve('loaded');
        image.onerror = () => resolve('blocked');
      });
      image.src = 'https://example.com/pixel.png';
      document.body.append(image);
      const imaged = await imageOutcome;
      // Violation events are dispatched asynchronously after the blocked request.
      await new Promise((resolve) => setTimeout(resolve, 100));
      image.remove();
      script.remove();
      return { inlineRan: state.inlineRan === true, fetched, imaged, violations };
    });
    expect(outcome.inlineRan).toBe(false);
    expect(outcome.fetched).toBe('blocked');
    expect(outcome.imaged).toBe('blocked');
    expect(outcome.violations).toEqual(
      expect.arrayContaining([
        'script-src-elem inline',
        'connect-src https://example.com/data.json',
        'img-src https://example.com/pixel.png',
      ]),
    );
  } finally {
    await app.close();
  }
});

test('every response carries the production CSP, with no eval and nothing remote', async () => {
  const app = await launchApp();
  try {
    // Code evaluated over the DevTools protocol is exempt from CSP, so eval cannot be probed from a
    // test; the header the page runs under is checked instead.
    const header = await app.page.evaluate(async () => {
      const response = await fetch('./index.html');
      return response.headers.get('content-security-policy');
    });
    expect(header).toBe(contentSecurityPolicy);
    expect(header).toContain("default-src 'none'");
    expect(header).toContain("script-src 'self'");
    expect(header).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  } finally {
    await app.close();
  }
});

test('the page cannot navigate away or open windows', async () => {
  const app = await launchApp({ denyNavigation: true });
  try {
    const appUrl = app.page.url();
    const popup = await app.page.evaluate(() => {
      const opened = window.open('https://example.com/', '_blank');
      return opened === null ? 'null' : 'window';
    });
    // A denied popup never shows remote content: either no window, or one that is closed at once.
    await expect.poll(() => app.page.context().pages().length).toBe(1);
    expect(['null', 'window']).toContain(popup);

    await app.page
      .evaluate(() => {
        window.location.href = 'https://example.com/';
      })
      .catch(() => undefined);
    await app.page.waitForTimeout(300);
    expect(new URL(app.page.url()).origin).toBe(new URL(appUrl).origin);
    expect(await app.page.evaluate(() => typeof (window as unknown as { tickmark?: unknown }).tickmark)).toBe(
      'object',
    );
  } finally {
    await app.close();
  }
});

test('Node globals are not defined in the page', async () => {
  const app = await launchApp();
  try {
    const globals = await app.page.evaluate(() => {
      const scope = window as unknown as Record<string, unknown>;
      return ['require', 'process', 'module', 'Buffer', 'global', '__dirname'].map(
        (name) => `${name}:${typeof scope[name]}`,
      );
    });
    expect(globals).toEqual([
      'require:undefined',
      'process:undefined',
      'module:undefined',
      'Buffer:undefined',
      'global:undefined',
      '__dirname:undefined',
    ]);
  } finally {
    await app.close();
  }
});
