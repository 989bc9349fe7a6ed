// Channel handlers for sync: status, setup, sync now, and the conflicts kept for review.
import os from 'node:os';
import type { SyncConflict, SyncStatus } from '../../../shared/contract/sync';
import { holdsRecords } from '../app/first-run';
import type { CoreContext } from '../context';
import { entityNamed } from '../db/entity-registry';
import { isMaskedField, logReveal, maskedFieldJson } from '../db/masked-fields';
import { parseHlc } from '../db/hlc';
import { AppError, notFound } from '../errors';
import type { HandlersFor } from '../ipc/handlers';
import { AutoSync } from './auto-sync';
import { openFolder } from './folder-format';
import { defaultMaxFutureMs, runSync, type SyncReport } from './sync-engine';
import { describeSyncReport } from './sync-report-text';
import { syncState } from './sync-state';
import { SyncStop } from './sync-stop';
import { JobCancelled } from '../jobs/jobs';

const cancelledSentence =
  'The sync was cancelled before it finished. Nothing it had started was kept, and nothing was sent; the next sync starts again from the last one that finished.';
import { recordLabel, restoreLostValue } from './conflict-restore';
import { sharedDigest, shortDigest } from './digest';
import { checkFolderToJoin } from './join-folder';
import { refuseUnusableSyncFolder, refuseUnwritableSyncFolder } from './sync-folder-choice';
import { deviceName, waitingRecords } from './waiting-records';
import { listMergedDuplicates } from './merged-duplicates';

type SyncChannels =
  | 'sync.status' | 'sync.configure' | 'sync.now' | 'sync.join' | 'sync.digest' | 'sync.waiting' | 'sync.conflicts' | 'sync.duplicates' | 'sync.resolveConflict'
  | 'sync.revealConflict';

export function syncHandlers(ctx: CoreContext): HandlersFor<SyncChannels> {
  const state = syncState(ctx.db);
  // The clock must pass every stamp applied in earlier sessions before this session's first edit.
  const seen = state.config('maxSeenHlc');
  if (seen) ctx.store.clock.observe(seen, defaultMaxFutureMs);
  const auto = new AutoSync(ctx);
  auto.start();

  function status(): SyncStatus {
    const folder = state.config('folder') ?? null;
    const exported = Number(state.config('exportedSeq') ?? 0);
    const report = state.config('lastReport');
    const stop = state.config('lastStop');
    const parsedReport = report ? (JSON.parse(report) as SyncReport) : null;
    return {
      configured: !!folder && !!state.config('key'),
      folder,
      deviceId: ctx.store.deviceId,
      deviceName: state.config('deviceName') ?? '',
      lastSyncAt: state.config('lastSyncAt') ?? null,
      lastReport: parsedReport ? describeSyncReport(parsedReport).split('\n') : [],
      lastStop: stop && stop !== 'null' ? (JSON.parse(stop) as SyncStatus['lastStop']) : null,
      pendingChanges: ctx.db.prepare('SELECT count(*) FROM change_log WHERE device_id = ? AND seq > ?').pluck().get(ctx.store.deviceId, exported) as number,
      openConflicts: ctx.db.prepare("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL").pluck().get() as number,
      waitingRecords: ctx.db.prepare('SELECT count(*) FROM sync_parked').pluck().get() as number,
      // The laptops seen in the folder this one syncs with now (each folder has its own).
      devices: ctx.db
        .prepare('SELECT device_id AS deviceId, name, app_version AS appVersion, last_seen_at AS lastSeenAt FROM sync_devices WHERE folder_id = ? ORDER BY last_seen_at DESC')
        .all(state.config('syncedFolderId') ?? '') as SyncStatus['devices'],
      problems: parsedReport?.problems ?? [],
      watching: auto.mode,
    };
  }

  function syncNow({ jobId, ...options }: { allowMassDelete?: boolean; allowFutureChanges?: boolean; jobId?: string }): void {
    const folder = state.config('folder');
    if (!folder) throw new AppError('INVALID_INPUT', 'Choose a sync folder first.');
    try {
      ctx.jobs.run(jobId, (job) => runSync(ctx, { folder, ...options, job }));
      state.setConfig('lastStop', 'null');
    } catch (error) {
      // A cancelled sync rolled back whole: told on the Sync card like any other stop, and the next sync starts afresh.
      const stop = error instanceof JobCancelled ? new SyncStop('CANCELLED', cancelledSentence) : error;
      if (!(stop instanceof SyncStop)) throw error;
      state.setConfig('lastStop', JSON.stringify({ code: stop.code, message: stop.message, at: ctx.now().toISOString() }));
    }
  }

  function configure({ folder, deviceName, passphrase }: { folder: string; deviceName: string; passphrase?: string }): SyncStatus {
    refuseUnusableSyncFolder(folder, ctx.dataDir);
    const sameFolder = state.config('folder') === folder;
    if (!passphrase && !(sameFolder && state.config('key'))) throw new AppError('INVALID_INPUT', 'Enter the team passphrase to set up sync with this folder.');
    let opened = null;
    if (passphrase) {
      try {
        opened = openFolder(folder, passphrase, ctx.appVersion);
      } catch (error) {
        if (error instanceof SyncStop) throw new AppError(error.code === 'WRONG_PASSPHRASE' ? 'FORBIDDEN' : 'UNAVAILABLE', error.message);
        throw error;
      }
    }
    if (opened) refuseUnwritableSyncFolder(folder);
    ctx.db.transaction(() => {
      state.setConfig('folder', folder);
      state.setConfig('deviceName', deviceName);
      if (opened) {
        // The derived key, not the passphrase, is kept on this laptop so automatic sync can run unattended.
        state.setConfig('key', opened.key.toString('hex'));
        state.setConfig('folderId', opened.format.folderId);
      }
      state.setConfig('lastStop', 'null');
    })();
    auto.start();
    return status();
  }

  // Hashing every shared row takes about 1.5 s at 10,000 staff: computed again only after something was written,
  // by this connection (total_changes) or another one, such as the command line (data_version).
  const writesSoFar = ctx.db.prepare('SELECT total_changes()').pluck();
  let digestCache: { key: string; value: ReturnType<typeof sharedDigest> & { short: string } } | null = null;
  function digestNow() {
    const key = `${writesSoFar.get() as number}/${ctx.db.pragma('data_version', { simple: true }) as number}`;
    if (digestCache?.key !== key) {
      const digest = sharedDigest(ctx.db);
      digestCache = { key, value: { ...digest, short: shortDigest(digest.total) } };
    }
    return digestCache.value;
  }

  /** A new laptop's first step: only on a database without records, and only into a folder the team already uses. */
  function join({ folder, passphrase, deviceName, jobId }: { folder: string; passphrase: string; deviceName?: string; jobId?: string }): SyncStatus {
    if (holdsRecords(ctx.db)) {
      throw new AppError('CONFLICT', 'This database already holds records. To share them, set up sync in Settings → Sync instead; joining is for a new, empty database.');
    }
    refuseUnusableSyncFolder(folder, ctx.dataDir);
    checkFolderToJoin(folder, passphrase, ctx.appVersion);
    configure({ folder, passphrase, deviceName: deviceName ?? (os.hostname() || 'New laptop') });
    syncNow({ jobId });
    const after = status();
    if (after.lastStop) throw new AppError('UNAVAILABLE', after.lastStop.message);
    return after;
  }

  function conflictRow(row: Record<string, unknown>): SyncConflict {
    const entity = row.entity as string;
    const recordId = row.recordId as string;
    const at = (hlc: string) => new Date(parseHlc(hlc).wallMs).toISOString();
    const by = (hlc: string) => deviceName(ctx, parseHlc(hlc).deviceId) ?? state.config('deviceName') ?? 'this laptop';
    return {
      id: row.id as number,
      entity,
      recordId,
      recordLabel: recordLabel(ctx, entity, recordId),
      field: row.field as string,
      kind: row.kind as SyncConflict['kind'],
      // A licence or DEA number reads masked here as everywhere else; sync.revealConflict shows it, logged.
      keptValue: maskedFieldJson(entity, row.field as string, row.keptValue as string | null),
      lostValue: maskedFieldJson(entity, row.field as string, row.lostValue as string | null),
      keptAt: at(row.keptHlc as string),
      lostAt: at(row.lostHlc as string),
      keptBy: by(row.keptHlc as string),
      lostBy: by(row.lostHlc as string),
      detectedAt: row.detectedAt as string,
      resolvedAt: (row.resolvedAt as string | null) ?? null,
      resolution: (row.resolution as string | null) ?? null,
      masked: isMaskedField(entity, row.field as string),
    };
  }
  const conflictColumns = `id, entity, record_id AS recordId, field, kind, kept_value AS keptValue, lost_value AS lostValue, kept_hlc AS keptHlc,
    lost_hlc AS lostHlc, detected_at AS detectedAt, resolved_at AS resolvedAt, resolution`;

  return {
    'sync.status': () => status(),
    'sync.configure': (input) => configure(input),
    'sync.now': (options) => {
      syncNow(options);
      return status();
    },
    'sync.join': (input) => join(input),
    'sync.digest': () => digestNow(),
    'sync.waiting': ({ limit }) => waitingRecords(ctx, limit),
    'sync.conflicts': ({ includeResolved, limit }) =>
      (
        ctx.db
          .prepare(`SELECT ${conflictColumns} FROM sync_conflicts ${includeResolved ? '' : 'WHERE resolved_at IS NULL'} ORDER BY id DESC LIMIT ?`)
          .all(limit) as Record<string, unknown>[]
      ).map(conflictRow),
    'sync.revealConflict': ({ id }) => {
      const row = ctx.db.prepare('SELECT entity, record_id AS recordId, field, kept_value AS keptValue, lost_value AS lostValue FROM sync_conflicts WHERE id = ?').get(id) as
        | { entity: string; recordId: string; field: string; keptValue: string | null; lostValue: string | null }
        | undefined;
      if (!row) throw notFound('This conflict');
      if (isMaskedField(row.entity, row.field)) logReveal(ctx, row.entity, row.recordId, row.field);
      return { keptValue: row.keptValue, lostValue: row.lostValue };
    },
    'sync.duplicates': ({ limit }) => listMergedDuplicates(ctx, limit),
    'sync.resolveConflict': ({ id, choice }) => {
      const row = ctx.db.prepare(`SELECT ${conflictColumns} FROM sync_conflicts WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
      if (!row) throw notFound('This conflict');
      if (!entityNamed(row.entity as string)) throw new AppError('INVALID_INPUT', 'This conflict is about a kind of record this version of Chartroom does not know.');
      ctx.store.transaction(() => {
        // An open merge (its record was absent when it was made): "restore" puts the merged text, both edits, in place.
        const restored = row.kind === 'merged' ? row.keptValue : row.lostValue;
        if (choice === 'restore') restoreLostValue(ctx, row.entity as string, row.recordId as string, row.field as string, row.kind as string, restored as string | null);
        ctx.db.prepare('UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?').run(ctx.now().toISOString(), choice === 'restore' ? 'restored' : 'kept', id);
      });
      return conflictRow(ctx.db.prepare(`SELECT ${conflictColumns} FROM sync_conflicts WHERE id = ?`).get(id) as Record<string, unknown>);
    },
  };
}
