// Serves every contract channel over IPC: the sender is checked first, then the call goes to the core's dispatch.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { channelNames, type Result } from '../../shared/contract';
import { ipcChannelPrefix } from '../../shared/ipc';
import type { Dispatch } from '../core/ipc/dispatch';
import { isRendererUrl } from './renderer-location';

const forbidden: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This request did not come from the Chartroom window, so it was refused.' },
};

const internal: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Something went wrong inside Chartroom. Nothing was changed; the details are in the log.' },
};

/** `core` is the core host (its worker thread owns the database), so no call blocks this thread or the windows. */
export function registerIpcHandlers(core: { dispatch: Dispatch }, mainWindow: () => BrowserWindow | undefined): void {
  for (const name of channelNames) {
    ipcMain.handle(ipcChannelPrefix + name, async (event, input: unknown): Promise<Result<unknown>> => {
      try {
        if (!isFromOurRenderer(event, mainWindow())) return forbidden;
        return await core.dispatch(name, input);
      } catch (error) {
        // dispatch never throws by contract; this is the last net so nothing (least of all a stack) crosses IPC.
        console.error(`[chartroom] ${name} failed in main:`, error);
        return internal;
      }
    });
  }
}

/** Only the top-level frame of our own window, showing our own index.html, may call the core: never an iframe or another page. */
function isFromOurRenderer(event: IpcMainInvokeEvent, window: BrowserWindow | undefined): boolean {
  if (!window || window.isDestroyed() || event.sender !== window.webContents) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  const mainFrame = window.webContents.mainFrame;
  const isMainFrame = frame === mainFrame || (frame.processId === mainFrame.processId && frame.routingId === mainFrame.routingId);
  return isMainFrame && isRendererUrl(frame.url);
}
