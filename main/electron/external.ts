import { BrowserWindow, dialog, shell, type MessageBoxOptions, type WebContents } from 'electron';

import { dialogTexts } from '../../shared/api/messages';
import { isExternalLink } from './navigation';

/** Long addresses are cut in the dialog; the user still sees where the link goes. */
const MAX_SHOWN = 300;

let asking = false;

function confirmation(url: string): MessageBoxOptions {
  const mail = url.toLowerCase().startsWith('mailto:');
  const shown = url.length > MAX_SHOWN ? `${url.slice(0, MAX_SHOWN)}…` : url;
  return {
    type: 'question',
    title: mail ? dialogTexts.writeMail : dialogTexts.openLink,
    message: mail ? dialogTexts.writeMailQuestion : dialogTexts.openLinkQuestion,
    detail: shown,
    buttons: [dialogTexts.cancel, mail ? dialogTexts.writeMail : dialogTexts.openLink],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

/**
 * The only way the app hands a URL to another program: https: and mailto: only, and only after
 * the user confirms in a dialog that shows the address. One question at a time: a page that opens
 * links in a loop gets no stack of dialogs. True when the link was opened.
 */
export async function openExternalConfirmed(url: string, from?: WebContents | BrowserWindow): Promise<boolean> {
  if (!isExternalLink(url) || asking) return false;
  asking = true;
  try {
    const parent = from instanceof BrowserWindow ? from : from ? BrowserWindow.fromWebContents?.(from) : null;
    const options = confirmation(url);
    const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
    if (response !== 1) return false;
    await shell.openExternal(url);
    return true;
  } catch {
    return false;
  } finally {
    asking = false;
  }
}
