// The object Electron's preload exposes on window: the same channels as the bridge, typed from the contract.
import type { ChartroomApi } from '../../../shared/contract';
import type { ChartroomHost, OsLockApi } from '../../../shared/ipc';

declare global {
  interface Window {
    /** Present only inside Electron; in a browser the bridge transport is used instead. */
    readonly chartroom?: ChartroomApi;
    /** Present only inside Electron: unlock with the operating system, and the menu's "Lock Chartroom". */
    readonly chartroomLock?: OsLockApi;
    /** Inside Electron only: the native folder dialog. In a browser (the bridge) the folder's path is typed. */
    readonly chartroomHost?: ChartroomHost;
  }
}

export {};
