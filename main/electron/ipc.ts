import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { apiMessages } from '../../shared/api/messages';
import type { Dispatch } from '../api/dispatch';
import { isTrustedPage } from './guard';

/**
 * IPC transport: the same dispatcher as HTTP, reachable only from frames on the app origin
 * (`app://samenspel`, or the dev server in an unpackaged dev run). A file: frame, a network
 * share or any web page is refused.
 */
export function registerRpc(dispatch: Dispatch): void {
  ipcMain.handle('rpc', (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isTrustedPage(frameUrl)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: apiMessages.forbiddenHost } };
    }
    return dispatch(typeof method === 'string' ? method : '', input, 'ipc');
  });
}
