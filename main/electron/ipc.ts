import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { apiMessages } from '../../shared/api/messages';
import type { Dispatch } from '../api/dispatch';
import { isAppUrl } from './navigation';

/** IPC transport: the same dispatcher as HTTP, reachable only from the app's own frames. */
export function registerRpc(dispatch: Dispatch): void {
  ipcMain.handle('rpc', (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(frameUrl)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: apiMessages.forbiddenHost } };
    }
    return dispatch(typeof method === 'string' ? method : '', input, 'ipc');
  });
}
