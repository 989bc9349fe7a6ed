// A guard that stopped a sync before it wrote anything: a code the screen can act on and a message a director can read.

export type SyncStopCode =
  | 'FOLDER_MISSING'
  | 'FOLDER_UNREADABLE'
  | 'NEWER_FORMAT'
  | 'WRONG_PASSPHRASE'
  | 'FOLDER_CHANGED'
  | 'FUTURE_CHANGES'
  | 'MASS_DELETE'
  | 'NOT_CONFIGURED'
  | 'BUSY';

export class SyncStop extends Error {
  constructor(
    readonly code: SyncStopCode,
    message: string,
  ) {
    super(message);
    this.name = 'SyncStop';
  }
}
