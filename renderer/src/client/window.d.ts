// The object Electron's preload exposes on window: the same channels as the bridge, typed from the contract.
import type { ChartroomApi } from '../../../shared/contract';
import type { OsLockApi } from '../../../shared/ipc';

declare global {
  interface Window {
    /** Present only inside Electron; in a browser the bridge transport is used instead. */
    readonly chartroom?: ChartroomApi;
    /** Present only inside Electron: unlock with the operating system, and the menu's "Lock Chartroom". */
    readonly chartroomLock?: OsLockApi;
  }
}

export {};
