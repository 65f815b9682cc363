import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../shared/ipc/contract';

vi.mock('electron', () => ({ Menu: {} }));
const { buildMenuTemplate } = await import('./menu');
const { pickMenuLanguage } = await import('./menu-labels');

/** Every item with a click handler, flattened. */
function commandItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    ...(item.click ? [item] : []),
    ...(Array.isArray(item.submenu) ? commandItems(item.submenu) : []),
  ]);
}

describe('application menu', () => {
  it('forwards Open, Find and zoom to the renderer with their accelerators', () => {
    const sent: MenuCommand[] = [];
    const template = buildMenuTemplate({
      send: (command) => sent.push(command),
      isMac: false,
      isPackaged: true,
      locale: 'en-US',
    });
    const items = commandItems(template);
    const accelerators = Object.fromEntries(items.map((item) => [item.label, item.accelerator]));
    expect(accelerators).toMatchObject({
      'Open…': 'CmdOrCtrl+O',
      'Find…': 'CmdOrCtrl+F',
      'Zoom In': 'CmdOrCtrl+=',
      'Zoom Out': 'CmdOrCtrl+-',
      'Actual Size': 'CmdOrCtrl+0',
      'Annotated PDF…': 'CmdOrCtrl+E',
    });
    for (const item of items) (item.click as () => void)();
    expect(sent).toEqual([
      'open',
      'start-screen',
      'import-web-annotations',
      'export-pdf',
      'export-web-annotations',
      'export-figure-ledger',
      'back-up-review',
      'restore-backup',
      'settings',
      'find',
      'zoom-in',
      'zoom-out',
      'zoom-reset',
    ]);
    // Zoom is the reading view's own: no Electron zoom roles, and no devtools in a packaged app.
    const roles = JSON.stringify(template);
    expect(roles).not.toMatch(/zoomIn|zoomOut|resetZoom|toggleDevTools/);
  });

  it('speaks the system language', () => {
    const labels = (locale: string) =>
      buildMenuTemplate({ send: () => undefined, isMac: false, isPackaged: true, locale }).map(
        (item) => item.label,
      );
    expect(labels('zh-TW')[0]).toBe('檔案(&F)');
    expect(labels('zh-CN')[0]).toBe('文件(&F)');
    expect(labels('de-DE')[0]).toBe('&File');
    expect(pickMenuLanguage('zh-Hant-HK')).toBe('zh-Hant');
    expect(pickMenuLanguage('zh')).toBe('zh-Hans');
  });
});
