// Serves every contract channel over IPC: the sender is checked first, then the call goes to the core's dispatch.
import { dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { channelNames, type Result } from '../../shared/contract';
import { chooseFolderChannel, ipcChannelPrefix } from '../../shared/ipc';
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

const folderNotPicked: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Choose the shared folder with “Choose folder…”: Chartroom syncs only with a folder picked in that window.' },
};

/** The channels that point sync at a folder: in Electron they take only a folder the director picked in the native dialog. */
const folderChannels = new Set<string>(['sync.configure', 'sync.join']);

/** `core` is the core host (its worker thread owns the database), so no call blocks this thread or the windows. */
export function registerIpcHandlers(core: { dispatch: Dispatch }, mainWindow: () => BrowserWindow | undefined): void {
  // Folders picked in the native dialog this session. A renderer that was tricked into sending another path (a
  // script injected into the page) cannot make main write sync files anywhere the director did not choose.
  const pickedFolders = new Set<string>();
  ipcMain.handle(chooseFolderChannel, async (event): Promise<string | null> => {
    const window = mainWindow();
    if (!window || !isFromOurRenderer(event, window)) return null;
    const chosen = await dialog.showOpenDialog(window, { title: 'Choose the shared sync folder', properties: ['openDirectory', 'createDirectory'] });
    const folder = chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    if (folder) pickedFolders.add(folder);
    return folder;
  });

  async function folderWasPicked(input: unknown): Promise<boolean> {
    const folder = typeof input === 'object' && input !== null ? (input as { folder?: unknown }).folder : undefined;
    if (typeof folder !== 'string') return true; // the schema refuses it with its own sentence
    const status = await core.dispatch('sync.status', {});
    // The folder already set up (renaming this laptop, a new passphrase) was picked when it was set up.
    const current = status.ok ? (status.value as { folder: string | null }).folder : null;
    return pickedFolders.has(folder.trim()) || folder.trim() === current;
  }

  for (const name of channelNames) {
    ipcMain.handle(ipcChannelPrefix + name, async (event, input: unknown): Promise<Result<unknown>> => {
      try {
        if (!isFromOurRenderer(event, mainWindow())) return forbidden;
        if (folderChannels.has(name) && !(await folderWasPicked(input))) return folderNotPicked;
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
export function isFromOurRenderer(event: IpcMainInvokeEvent, window: BrowserWindow | undefined): boolean {
  if (!window || window.isDestroyed() || event.sender !== window.webContents) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  const mainFrame = window.webContents.mainFrame;
  const isMainFrame = frame === mainFrame || (frame.processId === mainFrame.processId && frame.routingId === mainFrame.routingId);
  return isMainFrame && isRendererUrl(frame.url);
}
