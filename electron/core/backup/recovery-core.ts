// Recovery mode: the core a damaged database opens as. It answers only what the recovery screen needs (what is wrong,
// the backups, restoring one); every other channel says in a sentence that the database must be recovered first.
import { channelNames, type ChannelName } from '../../../shared/contract';
import type { RestoreOutcome } from '../../../shared/contract/backup';
import type { CoreOptions } from '../core';
import { databasePath } from '../db/open';
import { AppError } from '../errors';
import { createDispatch, type Dispatch } from '../ipc/dispatch';
import type { Handlers, HandlersFor } from '../ipc/handlers';
import { backupsDir } from './backup-folder';
import { keepsSentence, listBackups } from './backups';
import { backupFileNamed } from './handlers';
import { prepareRestore, putRestoreInPlace } from './restore';
import { keepDamagedCopy } from './startup-check';

export interface RecoveryCore {
  mode: 'recovery';
  /** What every other channel answers. */
  sentence: string;
  dispatch: Dispatch;
  close(): void;
}

export function openRecoveryCore(options: CoreOptions, problem: string, replaceDatabase: (swap: () => void) => void): RecoveryCore {
  const { dataDir } = options;
  const file = databasePath(dataDir);
  if (!options.recoverDamaged) {
    throw new AppError(
      'UNAVAILABLE',
      `The database ${file} is damaged: ${problem}. Open Chartroom to restore a backup, or run "npm run cli -- restore --data DIR --from FILE". It was left untouched.`,
    );
  }
  const now = options.now ?? (() => new Date());
  const keptAt = keepDamagedCopy(file, dataDir, now());
  const sentence = `This laptop's database is damaged (${problem}). Restore a backup to go on; a copy of the damaged file is kept at ${keptAt}.`;
  const recovery: HandlersFor<'recovery.status' | 'recovery.restore' | 'backup.list'> = {
    'recovery.status': () => ({ damaged: true, problem, keptAt, backups: listBackups(dataDir) }),
    'backup.list': () => ({ backups: listBackups(dataDir), folder: backupsDir(dataDir), keeps: keepsSentence }),
    'recovery.restore': ({ name }) => {
      const plan = prepareRestore(dataDir, backupFileNamed(dataDir, name), null);
      let outcome: RestoreOutcome | null = null;
      replaceDatabase(() => {
        outcome = putRestoreInPlace(plan, dataDir, now(), keptAt);
      });
      return outcome!;
    },
  };
  const refuse = () => {
    throw new AppError('UNAVAILABLE', sentence);
  };
  const handlers = { ...Object.fromEntries(channelNames.map((c: ChannelName) => [c, refuse])), ...recovery } as Handlers;
  return { mode: 'recovery', sentence, dispatch: createDispatch(handlers, options), close: () => {} };
}
