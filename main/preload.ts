import { contextBridge, ipcRenderer } from 'electron';

/**
 * The renderer's only door to the app: one function that sends a method name and its input.
 * Everything is validated on the other side; nothing of Node or Electron leaks through.
 */
contextBridge.exposeInMainWorld('samenspel', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('rpc', method, input),
});
