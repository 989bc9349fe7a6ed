// How a contract channel is named on Electron's IPC: shared by main and the preload, and free of zod so the preload stays small.
export const ipcChannelPrefix = 'chartroom:';

/** Outside the contract: Electron main shows the native folder dialog and answers the folder picked, or null. */
export const chooseFolderChannel = 'chartroom-host:choose-folder';

/** What the preload puts on `window.chartroomHost` beside the contract: only what needs the desktop itself. */
export interface ChartroomHost {
  chooseFolder(): Promise<string | null>;
}
