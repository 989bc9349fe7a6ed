// A new laptop joins a team's shared folder from nothing: the folder must already be the team's (format.json there)
// and the passphrase must open it, checked before this laptop creates or writes anything.
import fs from 'node:fs';
import { appVersion } from '../app-version';
import { AppError } from '../errors';
import { openFolder, readFormat } from './folder-format';
import { FolderLayout } from './folder-layout';
import { SyncStop } from './sync-stop';

/** Throws an AppError a director can act on when `folder` is not a team folder this passphrase opens. Writes nothing. */
export function checkFolderToJoin(folder: string, passphrase: string, version = appVersion): void {
  try {
    if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
      throw new AppError('NOT_FOUND', `There is no folder ${folder} on this computer. Check the path, and that the shared drive is connected.`);
    }
    // Joining never starts a team folder: a mistyped path would otherwise become a new, empty team of one.
    if (!readFormat(new FolderLayout(folder))) {
      throw new AppError(
        'INVALID_INPUT',
        `${folder} is not a Chartroom shared folder yet (it has no format.json). Choose the folder your colleagues sync with, ` +
          'or wait until your file-sync service has finished copying it. Nothing was written.',
      );
    }
    openFolder(folder, passphrase, version);
  } catch (error) {
    if (error instanceof SyncStop) throw new AppError(error.code === 'WRONG_PASSPHRASE' ? 'FORBIDDEN' : 'UNAVAILABLE', error.message);
    throw error;
  }
}
