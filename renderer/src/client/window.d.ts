// The object Electron's preload exposes on window: the same channels as the bridge, typed from the contract.
import type { ChartroomApi } from '../../../shared/contract';

declare global {
  interface Window {
    /** Present only inside Electron; in a browser the bridge transport is used instead. */
    readonly chartroom?: ChartroomApi;
  }
}

export {};
