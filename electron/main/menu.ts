// The application menu: the platform's standard roles and shortcuts, with reload and devtools only in development.
import { Menu, type MenuItemConstructorOptions } from 'electron';

export function buildApplicationMenu(options: { isPackaged: boolean; platform: NodeJS.Platform; onLock?: () => void }): Menu {
  const isMac = options.platform === 'darwin';
  // Reload would drop unsaved form input and devtools would expose internals: neither belongs in the shipped app.
  const developmentItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...developmentItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.onLock ? [{ type: 'separator' } as const, { label: 'Lock Chartroom', accelerator: 'CmdOrCtrl+Shift+L', click: options.onLock }] : []),
      ],
    },
    { role: 'windowMenu' },
    // On macOS About lives in the app menu; elsewhere Help is where people look for it.
    { role: 'help', submenu: isMac ? [] : [{ role: 'about', label: 'About Chartroom' }] },
  ];
  return Menu.buildFromTemplate(template);
}
