// How a contract channel is named on Electron's IPC: shared by main and the preload, and free of zod so the preload stays small.
export const ipcChannelPrefix = 'chartroom:';

/** Electron-only calls about the app lock that are not contract channels: the operating system vouches, not a passphrase. */
export const osLockChannels = {
  canUnlock: 'chartroom-lock:can-unlock-with-os',
  unlock: 'chartroom-lock:unlock-with-os',
  /** Main → window: the menu's "Lock Chartroom" was chosen. */
  lockRequested: 'chartroom-lock:lock-requested',
} as const;

/** What the preload puts on `window.chartroomLock`. */
export interface OsLockApi {
  /** True where the system can confirm the director (Touch ID on a Mac); elsewhere the passphrase is the only way. */
  canUnlockWithOs(): Promise<boolean>;
  /** Asks the system; true when it confirmed the director and the core is unlocked. */
  unlockWithOs(): Promise<boolean>;
  onLockRequested(listener: () => void): void;
}

/** Outside the contract: Electron main shows the native folder dialog and answers the folder picked, or null. */
export const chooseFolderChannel = 'chartroom-host:choose-folder';

/** What the preload puts on `window.chartroomHost` beside the contract: only what needs the desktop itself. */
export interface ChartroomHost {
  chooseFolder(): Promise<string | null>;
}
