// What makes a folder usable as the shared sync folder, checked before any setting is saved: a full path, not the
// data folder (the live database must never be synced, SYNC.md case 16), and a folder this laptop can write to.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { isFileSystemError, notWritable } from './sync-stop';

/** Throws an AppError a director can act on when `folder` cannot be the sync folder. Reads only. */
export function refuseUnusableSyncFolder(folder: string, dataDir: string): void {
  // A relative path would be read against wherever Chartroom happened to start, a different place each time.
  if (!path.isAbsolute(folder)) {
    throw new AppError('INVALID_INPUT', `Choose the sync folder by its full path (such as ${path.resolve('/', 'Shared', 'Chartroom')}): "${folder}" is only part of one.`);
  }
  const chosen = realPath(folder);
  const data = realPath(dataDir);
  if (chosen === data) {
    throw new AppError('INVALID_INPUT', "That is Chartroom's own data folder, which holds the live database: choose a separate folder that your file-sync service shares.");
  }
  if (isInside(chosen, data)) {
    throw new AppError('INVALID_INPUT', "That folder is inside Chartroom's own data folder: choose a folder outside it that your file-sync service shares.");
  }
  if (isInside(data, chosen)) {
    throw new AppError('INVALID_INPUT', "That folder holds Chartroom's own data folder, and the live database must never be synced: choose a folder of its own.");
  }
}

/**
 * Throws UNAVAILABLE with the reason when this laptop cannot create a file in `folder`: a team folder that opens but
 * is read-only would otherwise be saved, and every later sync would stop. The probe file is removed at once.
 */
export function refuseUnwritableSyncFolder(folder: string): void {
  // A dot-name the strict patterns ignore, like every temp file this laptop writes there.
  const probe = path.join(folder, `.chartroom-${randomBytes(6).toString('hex')}.tmp`);
  try {
    fs.closeSync(fs.openSync(probe, 'wx'));
    fs.rmSync(probe, { force: true });
  } catch (error) {
    if (isFileSystemError(error)) throw new AppError('UNAVAILABLE', notWritable(error, folder).message);
    throw error;
  }
}

/** The path with symbolic links followed where it exists, so a link to the data folder is seen for what it is. */
function realPath(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
