// A guard that stopped a sync before it wrote anything: a code the screen can act on and a message a director can read.
import path from 'node:path';

export type SyncStopCode =
  | 'FOLDER_MISSING'
  | 'FOLDER_UNREADABLE'
  | 'FOLDER_NOT_WRITABLE'
  | 'NEWER_FORMAT'
  | 'WRONG_PASSPHRASE'
  | 'FOLDER_CHANGED'
  | 'FUTURE_CHANGES'
  | 'MASS_DELETE'
  | 'NOT_CONFIGURED'
  | 'BUSY'
  | 'CANCELLED';

export class SyncStop extends Error {
  constructor(
    readonly code: SyncStopCode,
    message: string,
  ) {
    super(message);
    this.name = 'SyncStop';
  }
}

/** An error from the file system (it carries an errno code such as EACCES, EROFS, ENOENT, ENOTDIR, ENOSPC). */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code!);
}

const reasons: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'the drive is read-only',
  ENOENT: 'it is no longer there',
  ENOTDIR: 'a file stands where a folder should be',
  EEXIST: 'a file stands where a folder should be',
  ENOSPC: 'the drive is full',
  EDQUOT: 'the drive is full',
  EIO: 'the drive did not answer',
  EBUSY: 'another program holds it',
};

/** Why a file could not be written, in words, with the place it concerns. */
export function fileProblem(error: NodeJS.ErrnoException): string {
  const reason = reasons[error.code ?? ''] ?? error.message;
  return error.path ? `${error.path}: ${reason}` : reason;
}

/** A sync that could not write a file, rolled back: nothing changed here and nothing was sent. */
export function notWritable(error: NodeJS.ErrnoException, folder: string): SyncStop {
  const inFolder = !error.path || !path.relative(folder, error.path).startsWith('..');
  return new SyncStop(
    'FOLDER_NOT_WRITABLE',
    inFolder
      ? `Chartroom could not write to the sync folder ${folder} (${fileProblem(error)}). Nothing was changed on this laptop and nothing was sent. ` +
          'Check that the folder is there and that this computer may write to it (is the drive connected, is it read-only?), then sync again.'
      : `Chartroom could not write on this computer (${fileProblem(error)}). Nothing was changed on this laptop and nothing was sent. Free some space or check the data folder, then sync again.`,
  );
}
