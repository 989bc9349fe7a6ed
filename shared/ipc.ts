// How a contract channel is named on Electron's IPC: shared by main and the preload, and free of zod so the preload stays small.
export const ipcChannelPrefix = 'chartroom:';
