// Channel handlers for backups: list, back up now, restore from the list (never a path the screen makes up).
import fs from 'node:fs';
import path from 'node:path';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import type { HandlersFor } from '../ipc/handlers';
import { backupsDir } from './backup-folder';
import { backUpNow, keepsSentence, listBackups } from './backups';
import { prepareRestore, putRestoreInPlace } from './restore';
import type { RestoreOutcome } from '../../../shared/contract/backup';

export function backupFileNamed(dataDir: string, name: string): string {
  const file = path.join(backupsDir(dataDir), name);
  if (!fs.existsSync(file)) throw notFound(`The backup ${name}`);
  return file;
}

export function backupHandlers(ctx: CoreContext): HandlersFor<'backup.list' | 'backup.now' | 'backup.restore' | 'recovery.status' | 'recovery.restore'> {
  return {
    'backup.list': () => ({ backups: listBackups(ctx.dataDir), folder: backupsDir(ctx.dataDir), keeps: keepsSentence }),
    'backup.now': () => backUpNow(ctx),
    'backup.restore': ({ name }) => {
      const replace = ctx.replaceDatabase;
      if (!replace) throw new AppError('UNAVAILABLE', 'Restoring is not possible here: open Chartroom itself, or use the command line restore.');
      const plan = prepareRestore(ctx.dataDir, backupFileNamed(ctx.dataDir, name), ctx.db);
      let outcome: RestoreOutcome | null = null;
      replace(() => {
        outcome = putRestoreInPlace(plan, ctx.dataDir, ctx.now());
      });
      return outcome!;
    },
    'recovery.status': () => ({ damaged: false, problem: null, keptAt: null, backups: listBackups(ctx.dataDir) }),
    'recovery.restore': () => {
      throw new AppError('CONFLICT', 'The database is not damaged: restore a backup from Settings → Backups instead.');
    },
  };
}
