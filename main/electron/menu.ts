import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';

/** A Dutch menu; roles keep the native shortcuts (copy, paste, zoom) working everywhere. */
export function installDutchMenu(): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            label: 'Samenspel',
            submenu: [
              { role: 'about', label: 'Over Samenspel' },
              { type: 'separator' },
              { role: 'quit', label: 'Samenspel stoppen' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: 'Bestand',
      submenu: [
        { label: 'Gegevensmap openen', click: () => void shell.openPath(app.getPath('userData')) },
        { type: 'separator' },
        isMac ? { role: 'close', label: 'Venster sluiten' } : { role: 'quit', label: 'Afsluiten' },
      ],
    },
    {
      label: 'Bewerken',
      submenu: [
        { role: 'undo', label: 'Ongedaan maken' },
        { role: 'redo', label: 'Opnieuw' },
        { type: 'separator' },
        { role: 'cut', label: 'Knippen' },
        { role: 'copy', label: 'Kopiëren' },
        { role: 'paste', label: 'Plakken' },
        { role: 'selectAll', label: 'Alles selecteren' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        { role: 'resetZoom', label: 'Ware grootte' },
        { role: 'zoomIn', label: 'Inzoomen' },
        { role: 'zoomOut', label: 'Uitzoomen' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Volledig scherm' },
        ...(app.isPackaged
          ? []
          : [{ role: 'toggleDevTools', label: 'Ontwikkelhulpmiddelen' } satisfies MenuItemConstructorOptions]),
      ],
    },
    {
      label: 'Venster',
      submenu: [
        { role: 'minimize', label: 'Minimaliseren' },
        { role: 'close', label: 'Sluiten' },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
