import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: {} }));
const { resolveAppFile } = await import('./app-protocol');
const { isAllowedRequest } = await import('./session-security');

describe('resolveAppFile', () => {
  const root = path.resolve('/app/dist/renderer');

  it('maps app URLs to files inside the renderer build', () => {
    expect(resolveAppFile(root, 'tickmark://app/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'tickmark://app/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'tickmark://app/assets/index-1.js?v=2')).toBe(
      path.join(root, 'assets/index-1.js'),
    );
  });

  it('refuses other hosts, schemes and escapes from the folder', () => {
    expect(resolveAppFile(root, 'tickmark://other/index.html')).toBeNull();
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeNull();
    // The URL parser already folds dot segments at the root, so this stays inside the build.
    expect(resolveAppFile(root, 'tickmark://app/%2e%2e/%2e%2e/package.json')).toBe(
      path.join(root, 'package.json'),
    );
    expect(resolveAppFile(root, 'tickmark://app/..%2F..%2Fpackage.json')).toBeNull();
  });
});

describe('isAllowedRequest', () => {
  it('lets only the app itself load', () => {
    expect(isAllowedRequest('tickmark://app/assets/a.js')).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isAllowedRequest('https://example.com/')).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/')).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd')).toBe(false);
    expect(isAllowedRequest('ws://example.com/')).toBe(false);
  });
});
