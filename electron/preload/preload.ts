// The preload: puts `window.chartroom` on the page, one function per contract channel and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { channelNames, type ChannelName, type ChartroomApi } from '../../shared/contract';
import { chooseFolderChannel, ipcChannelPrefix, osLockChannels, type ChartroomHost, type OsLockApi } from '../../shared/ipc';

/** Each function can reach exactly one channel: the renderer never holds ipcRenderer or a generic invoke. */
function caller(name: ChannelName) {
  return (input: unknown) => ipcRenderer.invoke(ipcChannelPrefix + name, input);
}

// Built from the contract's own list, so no channel can be missing or extra; the cast restores the per-channel
// types that Object.fromEntries loses (main validates every input and answers a Result, whatever the renderer sends).
const api = Object.freeze(Object.fromEntries(channelNames.map((name) => [name, caller(name)]))) as ChartroomApi;

contextBridge.exposeInMainWorld('chartroom', api);

// The app lock's Electron-only calls: each function reaches one fixed channel, as above.
const osLock: OsLockApi = Object.freeze({
  canUnlockWithOs: () => ipcRenderer.invoke(osLockChannels.canUnlock) as Promise<boolean>,
  unlockWithOs: () => ipcRenderer.invoke(osLockChannels.unlock) as Promise<boolean>,
  onLockRequested: (listener: () => void) => {
    ipcRenderer.on(osLockChannels.lockRequested, () => listener());
  },
});
contextBridge.exposeInMainWorld('chartroomLock', osLock);

// The native folder dialog, shown by main: the folder sync uses is one the director picked there.
const host: ChartroomHost = Object.freeze({ chooseFolder: () => ipcRenderer.invoke(chooseFolderChannel) as Promise<string | null> });
contextBridge.exposeInMainWorld('chartroomHost', host);
