// Sync through a shared folder: set it up, see its status, sync now, and review the conflicts it kept.
import { z } from 'zod';
import { channel } from './define';
import { Empty, Id, NonBlank } from './common';

export const SyncDevice = z.object({ deviceId: z.string(), name: z.string(), appVersion: z.string(), lastSeenAt: z.string() });

export const SyncStatus = z.object({
  configured: z.boolean(),
  folder: z.string().nullable(),
  deviceId: z.string(),
  deviceName: z.string(),
  lastSyncAt: z.string().nullable(),
  /** The last sync's report, in sentences. */
  lastReport: z.array(z.string()),
  /** Why the last attempt stopped, when it did: a code the card acts on (offer "allow" buttons) and a message. */
  lastStop: z.object({ code: z.string(), message: z.string(), at: z.string() }).nullable(),
  pendingChanges: z.number().int(),
  openConflicts: z.number().int(),
  waitingRecords: z.number().int(),
  devices: z.array(SyncDevice),
  problems: z.array(z.string()),
  /** How folder changes are noticed: file events, polling (network drives), or not at all (not set up). */
  watching: z.enum(['events', 'polling', 'off']),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const SyncConflict = z.object({
  id: z.number().int(),
  entity: z.string(),
  recordId: z.string(),
  recordLabel: z.string(),
  field: z.string(),
  kind: z.enum(['concurrent', 'deleted', 'resurrected', 'merged', 'duplicate']),
  /** Values as JSON text, exactly as stored; the screen shows them readably. */
  keptValue: z.string().nullable(),
  lostValue: z.string().nullable(),
  keptAt: z.string(),
  lostAt: z.string(),
  keptBy: z.string(),
  lostBy: z.string(),
  detectedAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolution: z.string().nullable(),
  /** A licence or DEA number or a date of birth: both values come masked, and sync.revealConflict shows them on purpose. */
  masked: z.boolean(),
});
export type SyncConflict = z.infer<typeof SyncConflict>;

export const WaitingRecord = z.object({
  entity: z.string(),
  recordId: z.string(),
  /** "Credential", "Staff member": the kind of record, in words. */
  kind: z.string(),
  /** The record as a director knows it (its name, or whose it is); never a licence or DEA number. */
  record: z.string(),
  /** What it waits for, in words, or null when it waits for nothing but a correction. */
  waitsFor: z.string().nullable(),
  /** One or two sentences: why it waits and what the director can do. */
  reason: z.string(),
  since: z.string(),
  /** What helps: wait for another laptop, restore the deleted record from Conflicts, ignore it, correct a duplicate value, update Chartroom. */
  action: z.enum(['wait', 'review-conflicts', 'ignore', 'correct', 'update-app']),
});
export type WaitingRecord = z.infer<typeof WaitingRecord>;

export const WaitingRecords = z.object({ total: z.number().int(), records: z.array(WaitingRecord) });
export type WaitingRecords = z.infer<typeof WaitingRecords>;

/** A fingerprint of the shared tables: laptops that converged show the same total. */
export const SharedDigest = z.object({
  tables: z.array(z.object({ table: z.string(), rows: z.number().int(), sha256: z.string() })),
  rows: z.number().int(),
  total: z.string(),
  /** The total's first 12 hex digits in groups of four, to compare by eye. */
  short: z.string(),
});
export type SharedDigest = z.infer<typeof SharedDigest>;
/** A record sync merged into another that claimed the same unique key, with what each of the two held. */
export const MergedDuplicate = z.object({
  entity: z.string(),
  survivorId: z.string(),
  survivorLabel: z.string(),
  /** False when the record it became part of has since been deleted. */
  survivorPresent: z.boolean(),
  mergedId: z.string(),
  mergedLabel: z.string(),
  mergedAt: z.string(),
  /** Each field either held, as JSON text exactly as stored (null: not set). */
  held: z.array(z.object({ field: z.string(), survivor: z.string().nullable(), merged: z.string().nullable() })),
});
export type MergedDuplicate = z.infer<typeof MergedDuplicate>;

const FolderPath = z.string().trim().min(1, 'Choose a folder').max(1000, 'That folder path is too long').refine((p) => !p.includes('\0'), 'Not a folder path');

export const syncContract = {
  'sync.status': channel({ summary: 'Sync status: folder, last sync, pending changes, devices seen, problems', writes: false, input: Empty, output: SyncStatus }),
  'sync.configure': channel({
    summary: "Set the shared folder, the team passphrase and this laptop's name",
    writes: true,
    input: z
      .object({
        folder: FolderPath,
        deviceName: NonBlank("This laptop's name", 80),
        passphrase: z.string().min(8, 'The team passphrase has at least 8 characters').max(200).optional(),
      })
      .strict(),
    output: SyncStatus,
  }),
  'sync.now': channel({
    summary: 'Sync now',
    writes: true,
    /** `jobId`, chosen by the caller, names this sync for jobs.progress and jobs.cancel while it runs. */
    input: z.object({ allowMassDelete: z.boolean().default(false), allowFutureChanges: z.boolean().default(false), jobId: Id.optional() }).strict(),
    output: SyncStatus,
  }),
  'sync.join': channel({
    summary: "A new laptop joins the team's shared folder: set up sync and load everything the folder holds",
    writes: true,
    input: z
      .object({
        folder: FolderPath,
        passphrase: z.string().min(8, 'The team passphrase has at least 8 characters').max(200),
        /** How colleagues see this laptop; the computer's name when left out. */
        deviceName: NonBlank("This laptop's name", 80).optional(),
        /** Names the first sync for jobs.progress and jobs.cancel while it runs. */
        jobId: Id.optional(),
      })
      .strict(),
    output: SyncStatus,
  }),
  'sync.digest': channel({ summary: 'A fingerprint of the shared records: two laptops that converged show the same', writes: false, input: Empty, output: SharedDigest }),
  'sync.waiting': channel({
    summary: 'Records waiting to be shown: for what, since when, and what can be done',
    writes: false,
    input: z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    output: WaitingRecords,
  }),
  'sync.conflicts': channel({
    summary: 'Values that lost a concurrent edit, to compare and restore',
    writes: false,
    input: z.object({ includeResolved: z.boolean().default(false), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    output: z.array(SyncConflict),
  }),
  'sync.revealConflict': channel({
    summary: "Show a conflict's masked values (a licence or DEA number, a date of birth) in full, on purpose; the reveal is recorded",
    writes: true,
    input: z.object({ id: z.number().int().min(1) }).strict(),
    output: z.object({ keptValue: z.string().nullable(), lostValue: z.string().nullable() }),
  }),
  'sync.duplicates': channel({
    summary: 'Records two laptops created under one unique key, merged into the one created first, with what each held',
    writes: false,
    input: z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict(),
    output: z.array(MergedDuplicate),
  }),
  'sync.resolveConflict': channel({
    summary: 'Keep the current value, or restore the one that lost',
    writes: true,
    input: z.object({ id: z.number().int().min(1), choice: z.enum(['keep', 'restore']) }).strict(),
    output: SyncConflict,
  }),
};
