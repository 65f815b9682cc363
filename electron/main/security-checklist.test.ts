/**
 * Electron security checklist items that are not about the window itself (window.test.ts pins those):
 * electronegativity over electron/ finds no HIGH or MEDIUM issue, every permission request and check is
 * denied, the app protocol serves only the renderer build and always with the strict CSP, and
 * `shell.openExternal` only ever receives allow-listed URLs. `electron` is mocked (no binary here).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const opened: string[] = [];
let protocolHandler: ((request: Request) => Promise<Response>) | undefined;

vi.mock('electron', () => ({
  protocol: {
    handle: (_scheme: string, handler: (request: Request) => Promise<Response>) =>
      (protocolHandler = handler),
  },
  shell: { openExternal: async (url: string) => void opened.push(url) },
}));

const { handleAppProtocol } = await import('./app-protocol');
const { secureSession } = await import('./session-security');
const { openExternalChecked } = await import('./open-external');

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

interface ScanReport {
  findings: { id: string; severity: string; file: string; line: number }[];
  errors: unknown[];
}

describe('electronegativity', () => {
  it('reports no HIGH and no MEDIUM finding over electron/', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(projectRoot, 'scripts/security/scan.mjs'), '--json'],
      { cwd: projectRoot, maxBuffer: 16 * 1024 * 1024 },
    ).catch((failure: { stdout: string }) => ({ stdout: failure.stdout }));
    const report = JSON.parse(stdout) as ScanReport;
    const blocking = report.findings.filter((finding) => ['HIGH', 'MEDIUM'].includes(finding.severity));
    expect(blocking).toEqual([]);
    expect(report.errors).toEqual([]);
  }, 120_000);
});

describe('session rules', () => {
  it('denies every permission request and check', () => {
    let requestHandler:
      ((contents: unknown, permission: string, callback: (ok: boolean) => void) => void) | undefined;
    let checkHandler: ((...args: unknown[]) => boolean) | undefined;
    secureSession({
      webRequest: { onBeforeRequest: () => undefined, onHeadersReceived: () => undefined },
      setPermissionRequestHandler: (handler: typeof requestHandler) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: typeof checkHandler) => (checkHandler = handler),
    } as never);
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
      'fileSystem',
    ]) {
      const answers: boolean[] = [];
      requestHandler?.({}, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
      expect(checkHandler?.({}, permission, 'tickmark://app', {})).toBe(false);
    }
  });

  it('sends the strict CSP on every response it sees', () => {
    let headersHandler:
      | ((
          details: { responseHeaders: Record<string, string[]> },
          callback: (response: unknown) => void,
        ) => void)
      | undefined;
    secureSession({
      webRequest: {
        onBeforeRequest: () => undefined,
        onHeadersReceived: (handler: typeof headersHandler) => (headersHandler = handler),
      },
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: () => undefined,
    } as never);
    let response: { responseHeaders: Record<string, string[]> } | undefined;
    headersHandler?.(
      { responseHeaders: { 'Content-Security-Policy': ["script-src 'unsafe-eval'"] } },
      (value) => {
        response = value as typeof response;
      },
    );
    const policy = response?.responseHeaders['Content-Security-Policy']?.join(';') ?? '';
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});

describe('app protocol', () => {
  let root: string;
  let rendererDir: string;

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'tickmark-protocol-'));
    rendererDir = path.join(root, 'renderer');
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(path.join(rendererDir, 'assets', 'a.js'), 'export {};');
    writeFileSync(path.join(root, 'secret.txt'), 'outside the build');
    writeFileSync(path.join(root, 'renderer-evil.txt'), 'a sibling whose name starts like the build');
    handleAppProtocol(rendererDir);
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const fetchApp = async (url: string) => {
    const response = await protocolHandler!(new Request(url));
    return { status: response.status, body: await response.text(), headers: response.headers };
  };

  it('serves the build with the strict CSP and a content type', async () => {
    const index = await fetchApp('tickmark://app/index.html');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>app</title>');
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const policy = index.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetchApp('tickmark://app/assets/a.js')).status).toBe(200);
  });

  it.each([
    'tickmark://app/..%2Fsecret.txt',
    'tickmark://app/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
    'tickmark://app/%2e%2e%2fsecret.txt',
    'tickmark://app/..%5Csecret.txt',
    'tickmark://app/..%2Frenderer-evil.txt',
    'tickmark://other/index.html',
    'tickmark://app.evil/index.html',
  ])('refuses %s without reading anything outside the build', async (url) => {
    const response = await fetchApp(url);
    expect([403, 404]).toContain(response.status);
    expect(response.body).not.toMatch(/outside the build|sibling|root:/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
  });

  it('answers 404, not a crash, for a missing file or a folder', async () => {
    expect((await fetchApp('tickmark://app/missing.js')).status).toBe(404);
    expect((await fetchApp('tickmark://app/assets')).status).toBe(404);
  });
});

describe('openExternalChecked', () => {
  it('hands only http(s) URLs to the shell', async () => {
    opened.length = 0;
    await openExternalChecked('https://example.com/report?id=1');
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      '/relative',
      'ms-msdt:x',
    ]) {
      await expect(openExternalChecked(url)).rejects.toThrow(/Refused to open/);
    }
    expect(opened).toEqual(['https://example.com/report?id=1']);
  });
});
