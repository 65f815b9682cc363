/**
 * The application menu. Items that act on the document (Open, Find, zoom, Settings) are forwarded to the
 * renderer as `MenuCommand`s so that the keyboard shortcut and the menu do the same thing; zoom is the
 * reading view's own, not Electron's page zoom. Labels follow the system language.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import { menuLabels, pickMenuLanguage } from './menu-labels';

export interface MenuOptions {
  /** Sends a command to the focused window's renderer. */
  send(command: MenuCommand): void;
  isMac: boolean;
  /** Development builds get a devtools item. */
  isPackaged: boolean;
  /** System language, BCP 47. */
  locale: string;
}

/** The menu as data, so a test can check every accelerator and command without Electron. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const label = menuLabels[pickMenuLanguage(options.locale)];
  const command = (text: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: text,
    ...(accelerator ? { accelerator } : {}),
    click: () => options.send(name),
  });
  const template: MenuItemConstructorOptions[] = [];
  if (options.isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: label.file,
      submenu: [
        command(label.open, 'open', 'CmdOrCtrl+O'),
        command(label.startScreen, 'start-screen', 'CmdOrCtrl+Shift+H'),
        { type: 'separator' },
        {
          label: label.importMenu,
          submenu: [command(label.webAnnotations, 'import-web-annotations')],
        },
        {
          label: label.exportMenu,
          submenu: [
            command(label.exportPdf, 'export-pdf', 'CmdOrCtrl+E'),
            command(label.webAnnotations, 'export-web-annotations'),
            command(label.figureLedger, 'export-figure-ledger'),
          ],
        },
        { type: 'separator' },
        command(label.backUpReview, 'back-up-review'),
        command(label.restoreBackup, 'restore-backup'),
        { type: 'separator' },
        command(label.settings, 'settings', 'CmdOrCtrl+,'),
        ...(options.isMac
          ? []
          : [{ type: 'separator' } as const, { role: 'quit', label: label.quit } as const]),
      ],
    },
    {
      label: label.edit,
      submenu: [
        { role: 'copy', label: label.copy },
        { role: 'selectAll', label: label.selectAll },
        { type: 'separator' },
        command(label.find, 'find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: label.view,
      submenu: [
        command(label.zoomIn, 'zoom-in', 'CmdOrCtrl+='),
        command(label.zoomOut, 'zoom-out', 'CmdOrCtrl+-'),
        command(label.zoomReset, 'zoom-reset', 'CmdOrCtrl+0'),
        ...(options.isPackaged ? [] : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
        { type: 'separator' },
        { role: 'togglefullscreen', label: label.fullScreen },
      ],
    },
    { label: label.help, role: 'help', submenu: [{ role: 'about', label: label.about }] },
  );
  return template;
}

/** Builds and installs the menu. */
export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
