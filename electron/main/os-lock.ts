// Unlocking with the operating system (Touch ID on a Mac): main asks the system, and only on its yes unlocks the core.
// Not a contract channel, so neither the bridge nor a script on the page can unlock without the passphrase.
import { ipcMain, systemPreferences, type BrowserWindow } from 'electron';
import { osLockChannels } from '../../shared/ipc';
import type { CoreHost } from '../core/host/core-host';
import { isFromOurRenderer } from './ipc';

function canPromptOs(): boolean {
  return process.platform === 'darwin' && systemPreferences.canPromptTouchID();
}

export function registerOsLockHandlers(core: CoreHost, mainWindow: () => BrowserWindow | undefined): void {
  ipcMain.handle(osLockChannels.canUnlock, (event) => isFromOurRenderer(event, mainWindow()) && canPromptOs());
  ipcMain.handle(osLockChannels.unlock, async (event) => {
    if (!isFromOurRenderer(event, mainWindow()) || !canPromptOs()) return false;
    try {
      await systemPreferences.promptTouchID('unlock Chartroom');
    } catch {
      return false; // Cancelled or not recognised: the passphrase is still there.
    }
    await core.unlockConfirmedByOs();
    return true;
  });
}

/** The menu's "Lock Chartroom": the window locks through the contract like its own button does. */
export function requestLock(window: BrowserWindow | undefined): void {
  if (window && !window.isDestroyed()) window.webContents.send(osLockChannels.lockRequested);
}
