// Sync through a shared folder: set it up, see its status, sync now, and review the conflicts it kept.
import { z } from 'zod';
import { channel } from './define';
import { Empty, NonBlank } from './common';

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
});
export type SyncConflict = z.infer<typeof SyncConflict>;

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
    input: z.object({ allowMassDelete: z.boolean().default(false), allowFutureChanges: z.boolean().default(false) }).strict(),
    output: SyncStatus,
  }),
  'sync.conflicts': channel({
    summary: 'Values that lost a concurrent edit, to compare and restore',
    writes: false,
    input: z.object({ includeResolved: z.boolean().default(false), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    output: z.array(SyncConflict),
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
