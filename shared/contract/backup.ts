// Backups of this laptop's data (database and documents, one file each), restore, and the recovery of a damaged database.
import { z } from 'zod';
import { channel } from './define';
import { Empty, IsoDateTime } from './common';

/** A backup's file name in the data folder's backups/: the screen picks from the list, it never invents a path. */
export const BackupName = z
  .string()
  .trim()
  .regex(/^chartroom-backup-\d{4}-\d{2}-\d{2}-\d{6}\.sqlite3$/, 'Choose a backup from the list');

export const BackupSummary = z.object({
  name: BackupName,
  takenAt: IsoDateTime,
  sizeBytes: z.number().int(),
  /** Records of every kind the backup holds, and documents: what the director gets back. */
  records: z.number().int(),
  documents: z.number().int(),
  schemaVersion: z.number().int(),
});
export type BackupSummary = z.infer<typeof BackupSummary>;

export const BackupList = z.object({
  /** Newest first. */
  backups: z.array(BackupSummary),
  /** Where they are kept, for the director who wants to copy one elsewhere. */
  folder: z.string(),
  /** How many are kept: the newest of each of the last 7 days and of each of the last 4 weeks. */
  keeps: z.string(),
});
export type BackupList = z.infer<typeof BackupList>;

export const RestoreOutcome = z.object({
  restoredFrom: BackupName,
  takenAt: IsoDateTime,
  /** Where the database that was replaced now is (backups/before-restore-…, or the damaged copy). */
  setAsideAs: z.string(),
  /** What sync does next, in sentences: the changes this laptop had sent that come back, deletions made elsewhere. */
  sync: z.array(z.string()),
});
export type RestoreOutcome = z.infer<typeof RestoreOutcome>;

export const RecoveryStatus = z.object({
  /** True when the database failed its check at startup: the app shows the recovery screen instead of itself. */
  damaged: z.boolean(),
  /** What the check found, in a sentence. */
  problem: z.string().nullable(),
  /** Where a copy of the damaged database is kept. */
  keptAt: z.string().nullable(),
  backups: z.array(BackupSummary),
});
export type RecoveryStatus = z.infer<typeof RecoveryStatus>;

export const backupContract = {
  'backup.list': channel({ input: Empty, output: BackupList, summary: "This laptop's backups, newest first", writes: false }),
  'backup.now': channel({ input: Empty, output: BackupSummary, summary: 'Back up the database and its documents now', writes: false }),
  'backup.restore': channel({
    input: z.object({ name: BackupName }).strict(),
    output: RestoreOutcome,
    summary: 'Replace the database with a verified backup, keeping the current one aside',
    writes: true,
  }),
  'recovery.status': channel({ input: Empty, output: RecoveryStatus, summary: 'Whether the database was found damaged at startup, and the backups to recover from', writes: false }),
  'recovery.restore': channel({
    input: z.object({ name: BackupName }).strict(),
    output: RestoreOutcome,
    summary: 'Recover a damaged database from a backup',
    writes: true,
  }),
};
