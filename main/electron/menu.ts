import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import { menuLabels } from '../../shared/api/messages';

/** A Dutch menu; roles keep the native shortcuts (copy, paste, zoom) working everywhere. */
export function installDutchMenu(): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            label: 'Samenspel',
            submenu: [
              { role: 'about', label: menuLabels.about },
              { type: 'separator' },
              { role: 'quit', label: menuLabels.quitApp },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: menuLabels.file,
      submenu: [
        { label: menuLabels.openDataFolder, click: () => void shell.openPath(app.getPath('userData')) },
        { type: 'separator' },
        isMac ? { role: 'close', label: menuLabels.closeWindow } : { role: 'quit', label: menuLabels.quit },
      ],
    },
    {
      label: menuLabels.edit,
      submenu: [
        { role: 'undo', label: menuLabels.undo },
        { role: 'redo', label: menuLabels.redo },
        { type: 'separator' },
        { role: 'cut', label: menuLabels.cut },
        { role: 'copy', label: menuLabels.copy },
        { role: 'paste', label: menuLabels.paste },
        { role: 'selectAll', label: menuLabels.selectAll },
      ],
    },
    {
      label: menuLabels.view,
      submenu: [
        { role: 'resetZoom', label: menuLabels.actualSize },
        { role: 'zoomIn', label: menuLabels.zoomIn },
        { role: 'zoomOut', label: menuLabels.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: menuLabels.fullScreen },
        ...(app.isPackaged
          ? []
          : [{ role: 'toggleDevTools', label: menuLabels.developerTools } satisfies MenuItemConstructorOptions]),
      ],
    },
    {
      label: menuLabels.window,
      submenu: [
        { role: 'minimize', label: menuLabels.minimize },
        { role: 'close', label: menuLabels.close },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
