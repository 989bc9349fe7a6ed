// One sync: open the folder (guards first), read the other devices' new segments, then in one transaction learn this
// laptop's own changes, apply theirs, bring the tables in line and check the guards; the new segment is written last
// inside that transaction, so a stopped sync leaves both the database and the folder as they were.
// What a laptop has applied is per folder (format.json's folderId): in a folder it has not synced with before (a new
// or re-created one, or one it left for another), its first segment carries the whole merged state it holds.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { parseHlc } from '../db/hlc';
import type { Store } from '../db/store';
import type { Job } from '../jobs/jobs';
import { entityNamed, entities } from '../db/entity-registry';
import { latestSchemaVersion } from '../db/migrations';
import { countRecords } from '../backup/backup-file';
import { receiveAttachment, sendAttachment } from './attachment-files';
import { ChangeMerger, type Writer } from './change-merger';
import { mergeThreeWay } from './three-way-merge';
import { folderFormat, openFolder, type OpenedFolder } from './folder-format';
import { segmentName, type FolderLayout } from './folder-layout';
import { becomeNewDevice } from './device-identity';
import { scanIncoming, type BlockedSegment, type ReadySegment } from './incoming-segments';
import { collectLocalChanges } from './local-changes';
import { writeNewFile } from './new-file';
import { checkOwnFolder, nextOwnSeq, resendBlocked } from './own-segments';
import { readPresences, writePresence } from './presence';
import { Projection } from './projection';
import { encodeSegment, type FieldChange, type Knowledge, type Segment } from './segment-codec';
import { loadSnapshotIfNeeded, maybeCompact, maybeWriteSnapshot, snapshotEverySegments } from './snapshots';
import { syncState, type SyncState } from './sync-state';
import { fileProblem, isFileSystemError, notWritable, SyncStop } from './sync-stop';

export interface SyncHost {
  db: Database;
  store: Store;
  dataDir: string;
  appVersion: string;
  now: () => Date;
}

export interface SyncOptions {
  folder: string;
  /** The team passphrase; without it the key saved when sync was set up is used. */
  passphrase?: string;
  deviceName?: string;
  /** Go ahead although the sync deletes a large share of this laptop's records (the director confirmed). */
  allowMassDelete?: boolean;
  /** Go ahead although another laptop's changes are dated far ahead (the director checked that laptop's clock). */
  allowFutureChanges?: boolean;
  /** How far ahead of this laptop's clock a change may be dated; 24 hours unless said. */
  maxFutureMs?: number;
  /** Share of records (and minimum count) a sync may delete before it stops and asks. */
  massDeleteShare?: number;
  massDeleteMinimum?: number;
  /** Snapshot and compaction: off in tests that want to see every segment. */
  compact?: boolean;
  /** This laptop's segments between its snapshots (tests lower it to exercise snapshots often). */
  snapshotEverySegments?: number;
  /**
   * Progress to report and a cancel to honour. A cancel is honoured only inside the one transaction of step 1–7, so it
   * rolls back whole: nothing applied, the folder untouched, the cursor where the last complete sync left it.
   */
  job?: Job;
}

/** Changes merged between two looks at the job: often enough that Cancel answers within a fraction of a second. */
const changesPerCheckpoint = 500;

export interface SyncReport {
  startedAt: string;
  finishedAt: string;
  sent: { segments: number; changes: number };
  received: { segments: number; changes: number; applied: number; devices: string[] };
  conflicts: number;
  textMerges: number;
  /** Records merged into another that claims the same unique key (a second practitioner with one NPI…). */
  duplicatesMerged?: number;
  parked: number;
  removedRows: number;
  snapshot: { loaded: string | null; written: string | null; compacted: number };
  problems: string[];
}

export const defaultMaxFutureMs = 24 * 3600_000;

export function runSync(host: SyncHost, options: SyncOptions): SyncReport {
  return syncWith(host, options, openWithKey(syncState(host.db), options, host.appVersion));
}

function syncWith(host: SyncHost, options: SyncOptions, folder: OpenedFolder): SyncReport {
  const state = syncState(host.db);
  const startedAt = host.now().toISOString();
  const nowIso = () => host.now().toISOString();
  let deviceId = host.store.deviceId;
  const { layout, key } = folder;
  // This laptop's registers follow another folder's numbering (or none yet): from here on, this folder's.
  const folderId = folder.format.folderId;
  const newFolder = state.folderId !== folderId;
  // Synced before sync state was kept per folder, without a folder id on record (the command line): what it holds
  // is this folder's if this laptop has written here.
  const adopt = newFolder && state.folderId === '' && fs.existsSync(layout.deviceDir(deviceId));
  if (newFolder) state.useFolder(folderId);
  // One device id, one history: a file under this laptop's id that it did not write comes from a copy of its data.
  // This laptop becomes a device of its own before it sends anything, and sends everything it holds under that id.
  let copyDetected = false;
  if (!adopt) {
    const foreign = host.db.transaction(() => checkOwnFolder(host.db, state, layout, key, deviceId, nowIso()))();
    if (foreign) {
      const newId = becomeNewDevice(
        host.db,
        deviceId,
        `Another copy of this laptop's Chartroom data writes to the sync folder as the same device (devices/${deviceId}/segments/${foreign}). ` +
          'This laptop now syncs as a device of its own and has sent everything it holds, so neither copy misses the other\'s edits.',
      );
      host.store.becomeDevice(newId);
      deviceId = newId;
      copyDetected = true;
    }
  }
  const deviceName = options.deviceName ?? state.config('deviceName') ?? deviceId;
  const report: SyncReport = {
    startedAt,
    finishedAt: startedAt,
    sent: { segments: 0, changes: 0 },
    received: { segments: 0, changes: 0, applied: 0, devices: [] },
    conflicts: 0,
    textMerges: 0,
    duplicatesMerged: 0,
    parked: 0,
    removedRows: 0,
    snapshot: { loaded: null, written: null, compacted: 0 },
    problems: [],
  };
  // Told once, in the report of the first sync after this laptop became a device of its own.
  const identityNotice = state.config('identityNotice') || null;
  if (identityNotice) report.problems.push(identityNotice);
  let blocked: BlockedSegment[] = [];
  // The clock must have passed every stamp applied in earlier sessions, or an edit made now could lose to one; but
  // never one dated beyond the allowed skew (accepted with "allow future"), or this laptop's edits would be as far ahead.
  const aheadLimitMs = options.maxFutureMs ?? defaultMaxFutureMs;
  const seen = state.config('maxSeenHlc');
  if (seen) host.store.clock.observe(seen, aheadLimitMs);

  rollBackOnFileError(layout, () => host.store.transaction(() => {
    if (newFolder) state.setConfig('syncedFolderId', folderId);
    if (identityNotice) state.setConfig('identityNotice', '');
    if (adopt) {
      host.db.prepare("UPDATE sync_segments SET folder_id = ? WHERE folder_id = ''").run(folderId);
      host.db.prepare("UPDATE OR IGNORE sync_devices SET folder_id = ? WHERE folder_id = ''").run(folderId);
    }
    const projection = new Projection(host.db, state, nowIso, {
      deviceId,
      note: (entity, mergedId, survivorId) => host.store.noteMerged(entity, mergedId, survivorId),
    });
    const merger = new ChangeMerger(host.db, state, nowIso);
    const rowsBefore = countRecords(host.db);
    const known = state.appliedVector();
    delete known[deviceId];

    // 1. This laptop's own changes join the registers, with what it knew before this sync's apply.
    const exportedSeq = Number(state.config('exportedSeq') ?? 0);
    const local = collectLocalChanges(host.db, deviceId, exportedSeq);
    // In a folder new to this laptop, everything it holds goes out: its earlier edits and what it merged from others
    // elsewhere, which no one here has seen. Its numbering here starts afresh (after anything of its own already here).
    // The same when this laptop has just become a device of its own: what it sent under the old id may have been
    // dropped by the others as a second file with the same number.
    const sendAll = ((newFolder && !adopt) || copyDetected) && host.db.prepare('SELECT 1 FROM sync_state LIMIT 1').pluck().get() === 1;
    let ownSegment: { name: string; bytes: Buffer } | null = null;
    if (local.changes.length > 0 || sendAll) {
      const seq = nextOwnSeq(state, readPresences(layout, key), deviceId);
      const writer: Writer = { deviceId, seq, known, actor: deviceName };
      // Every register is now this segment's: the other folder's device numbers mean nothing here, and this laptop's
      // own edits below were made knowing all of them.
      if (sendAll) host.db.prepare('UPDATE sync_state SET device_id = ?, seq = ?, also = NULL').run(deviceId, seq);
      const reverted = new Set<string>();
      for (const change of local.changes) {
        // Normally every local change wins (the clock is past all it has seen); if not, the row must show the winner.
        if (!merger.merge(change, writer, true)) reverted.add(`${change[0]}\u0000${change[1]}`);
      }
      for (const key of reverted) {
        const [entity, recordId] = key.split('\u0000') as [string, string];
        projection.project(entity, recordId);
      }
      for (const d of local.deletes) {
        const entity = entityNamed(d.entity);
        if (entity) projection.parkChildren(entity, d.recordId);
      }
      const changes: FieldChange[] = sendAll
        ? (host.db.prepare('SELECT entity, record_id, field, value, base_value, hlc FROM sync_state ORDER BY hlc').raw().all() as FieldChange[])
        : local.changes;
      const hlcs = changes.map((c) => c[5]).sort();
      const segment: Segment = {
        header: {
          format: folderFormat, schemaVersion: latestSchemaVersion, device: deviceId, deviceName, seq, hlcMin: hlcs[0]!, hlcMax: hlcs.at(-1)!,
          count: changes.length, known, writtenAt: nowIso(),
        },
        changes,
      };
      const name = segmentName(seq, randomBytes(4).toString('hex'));
      state.addSegment(deviceId, seq, name, known, segment.header.hlcMin, segment.header.hlcMax, changes.length, nowIso(), sendAll ? undefined : [exportedSeq, local.lastSeq]);
      ownSegment = { name, bytes: encodeSegment(key, segment) };
      report.sent = { segments: 1, changes: changes.length };
    }
    state.setConfig('exportedSeq', String(local.lastSeq));

    // 2. A new laptop (or one whose next segments were compacted away) starts from the newest snapshot.
    const job = options.job;
    job?.report('Reading the shared folder', 0, 0);
    job?.checkpoint();
    const maxFutureMs = options.allowFutureChanges ? null : (options.maxFutureMs ?? defaultMaxFutureMs);
    report.snapshot.loaded = loadSnapshotIfNeeded(host, state, layout, key, deviceId, nowIso, maxFutureMs, projection, aheadLimitMs);
    const scan = scanIncoming(layout, key, deviceId, state, (d) => deviceNameIn(host.db, folderId, d), host.now().getTime());
    report.problems.push(...scan.problems);
    for (const gap of scan.gaps) {
      const writer = deviceNameIn(host.db, folderId, gap.deviceId);
      report.problems.push(
        `Changes from ${writer} wait for file number ${gap.need}, which is not in the folder yet. ` +
          `If it does not arrive once the sync service has caught up, ask whoever uses ${writer} to open Chartroom and sync: it sends the file again.`,
      );
    }
    blocked = scan.blocked;
    if (maxFutureMs !== null) guardFuture(scan.ready, host.now().getTime(), maxFutureMs);

    // 3. The other devices' segments, each device in its own order.
    let maxSeen = seen ?? '';
    const toApply = scan.ready.reduce((sum, r) => sum + r.segment.changes.length, 0);
    let merged = 0;
    for (const { name, segment } of scan.ready) {
      const h = segment.header;
      const writer: Writer = { deviceId: h.device, seq: h.seq, known: h.known, actor: `${h.deviceName} (synced)` };
      state.addSegment(h.device, h.seq, name, h.known, h.hlcMin, h.hlcMax, h.count, nowIso());
      for (const change of segment.changes) {
        if (job && merged % changesPerCheckpoint === 0) {
          job.report('Applying changes from other laptops', merged, toApply);
          job.checkpoint();
        }
        host.store.clock.observe(change[5], aheadLimitMs);
        merger.merge(change, writer, false);
        merged++;
      }
      if (h.hlcMax > maxSeen) maxSeen = h.hlcMax;
      report.received.segments++;
      report.received.changes += h.count;
      if (!report.received.devices.includes(h.deviceName)) report.received.devices.push(h.deviceName);
    }
    if (maxSeen) state.setConfig('maxSeenHlc', maxSeen);

    // 4. Rows follow the registers, parents before children; then records that were waiting try again.
    const toProject = entities.reduce((sum, e) => sum + (merger.touched.get(e.name)?.size ?? 0), 0);
    let projected = 0;
    for (const entity of entities) {
      for (const recordId of merger.touched.get(entity.name) ?? []) {
        if (job && projected % changesPerCheckpoint === 0) {
          job.report('Bringing records in line', projected, toProject);
          job.checkpoint();
        }
        projection.project(entity.name, recordId);
        projected++;
      }
    }
    projection.retryParked();

    // 5. The mass-deletion guard: throwing here rolls back everything above.
    const share = options.massDeleteShare ?? 0.2;
    const minimum = options.massDeleteMinimum ?? 50;
    if (!options.allowMassDelete && projection.removedRows > minimum && projection.removedRows > share * rowsBefore) {
      throw new SyncStop(
        'MASS_DELETE',
        `This sync would delete ${projection.removedRows} of this laptop's ${rowsBefore} records (more than ${Math.round(share * 100)}%). ` +
          'Nothing was changed. If a colleague really removed them, choose "Sync and allow the deletions".',
      );
    }

    // The last moment a cancel is honoured: after this the folder is written to.
    job?.checkpoint();
    job?.report('Sending this laptop\'s changes', 0, 0);

    // Past the guards: documents may now arrive in the data folder (and, below, leave for the shared one).
    fetchAttachments(host, state, layout, key, merger.touched.get('attachment'), report);

    // 6. Long texts merged from both sides: written as this laptop's edit, so they reach everyone like any edit.
    report.textMerges = writeTextMerges(host, state, nowIso);

    report.duplicatesMerged = projection.merged;
    report.received.applied = merger.applied;
    report.conflicts = merger.conflicts;
    report.removedRows = projection.removedRows;
    report.parked = state.parked().length;

    // 7. Last: our documents, then our new segment under a name never used (a stopped sync has written nothing to
    // the folder). If this throws, the transaction rolls back with it.
    const documents = sendAll
      ? (host.db.prepare("SELECT record_id FROM sync_state WHERE entity = 'attachment' AND field = 'size'").pluck().all() as string[])
      : local.changes.filter((c) => c[0] === 'attachment' && c[2] === 'size').map((c) => c[1]);
    for (const id of documents) if (!sendAttachment(layout, key, host.dataDir, id)) {
      report.problems.push(`The document ${id.slice(0, 12)}… is missing from this laptop's data folder and could not be sent.`);
    }
    if (ownSegment) {
      // A folder gone since it was opened (an unmounted drive): writing would create an empty one in its place.
      if (!fs.existsSync(layout.formatFile)) throw folderGone(layout, 'Nothing was changed on this laptop and nothing was sent.');
      writeNewFile(path.join(layout.segmentsDir(deviceId), ownSegment.name), ownSegment.bytes);
    }
  }));

  // Past the commit, what was applied stays applied: a folder that cannot be written now is a problem in the report,
  // which says what this sync did, never a failed sync.
  const afterApplying = (what: string, write: () => void) => {
    try {
      if (!fs.existsSync(layout.formatFile)) throw folderGone(layout);
      write();
    } catch (error) {
      if (!(error instanceof SyncStop) && !isFileSystemError(error)) throw error;
      const why = error instanceof SyncStop ? error.message : `It could not be written (${fileProblem(error)}).`;
      report.problems.push(`${what} ${why} The changes this sync applied are kept; the next sync tries again.`);
    }
  };

  // Merged texts and duplicates are new local edits: send them now rather than at the next sync.
  if (report.textMerges > 0 || (report.duplicatesMerged ?? 0) > 0) {
    afterApplying('The merged texts and duplicates were not sent to the sync folder.', () => {
      const again = syncWith(host, { ...options, compact: false }, folder);
      report.sent.segments += again.sent.segments;
      report.sent.changes += again.sent.changes;
    });
  }

  // Segments of this laptop another one cannot apply go out again; then this laptop says what it cannot apply.
  afterApplying("This laptop's presence file was not written to the sync folder, so the others do not yet know what it has applied.", () => {
    const resent = resendBlocked(host.db, state, layout, key, { deviceId, deviceName }, readPresences(layout, key), nowIso());
    if (resent.length) report.problems.push(`Sent again ${resent.length === 1 ? 'a change file' : `${resent.length} change files`} another laptop could not apply (${resent.join(', ')}).`);
    report.sent.segments += resent.length;
    writePresence(layout, key, { deviceId, name: deviceName, appVersion: host.appVersion, applied: state.appliedVector(), at: nowIso(), blockedOn: blocked });
    recordDevices(host.db, folderId, readPresences(layout, key), deviceId);
  });
  if (options.compact !== false) {
    afterApplying('No snapshot was written to the sync folder.', () => {
      report.snapshot.written = maybeWriteSnapshot(host, state, layout, key, deviceId, nowIso, false, options.snapshotEverySegments ?? snapshotEverySegments);
      report.snapshot.compacted = maybeCompact(host, state, layout, key, deviceId);
    });
  }
  report.finishedAt = nowIso();
  state.setConfig('lastReport', JSON.stringify(report));
  state.setConfig('lastSyncAt', report.finishedAt);
  return report;
}

function openWithKey(state: SyncState, options: SyncOptions, appVersion: string): OpenedFolder {
  const folderId = state.config('folderId');
  const savedKey = state.config('key');
  const cached = !options.passphrase && folderId && savedKey ? { folderId, key: Buffer.from(savedKey, 'hex') } : undefined;
  if (!options.passphrase && !cached) throw new SyncStop('NOT_CONFIGURED', 'Set the team passphrase in Settings → Sync first.');
  const opened = openFolder(options.folder, options.passphrase ?? '', appVersion, cached);
  if (!options.passphrase && folderId !== opened.format.folderId) {
    throw new SyncStop('FOLDER_CHANGED', 'The sync folder was set up again since this laptop last synced. Enter the team passphrase again. Nothing was written.');
  }
  return opened;
}

function guardFuture(ready: readonly ReadySegment[], nowMs: number, maxFutureMs: number): void {
  for (const { segment } of ready) {
    const ahead = parseHlc(segment.header.hlcMax).wallMs - nowMs;
    if (ahead > maxFutureMs) {
      const hours = Math.round(ahead / 3600_000);
      throw new SyncStop(
        'FUTURE_CHANGES',
        `Changes from ${segment.header.deviceName} are dated ${hours >= 48 ? `${Math.round(hours / 24)} days` : `${hours} hours`} ahead of this laptop's clock. ` +
          "Check the date and time on both computers. Nothing was changed; once the clocks are right, choose \"Sync and accept their dates\".",
      );
    }
  }
}

/**
 * Writes merged long texts, each as this laptop's own edit. A merge stays an open conflict (the losing edit is kept
 * nowhere else) while its record's row is absent (deleted, or waiting for a parent): a later sync writes it once the
 * row is there and the field still holds the text the merge was made over; if the field has moved on, the director
 * decides. Two merges into the same field in one sync are merged with each other, or the second stays open.
 */
function writeTextMerges(host: SyncHost, state: SyncState, now: () => string): number {
  const open = host.db
    .prepare(
      `SELECT entity, record_id AS recordId, field, kept_value AS merged, kept_hlc AS keptHlc, lost_hlc AS lostHlc FROM sync_conflicts
       WHERE kind = 'merged' AND resolved_at IS NULL ORDER BY id`,
    )
    .all() as { entity: string; recordId: string; field: string; merged: string | null; keptHlc: string; lostHlc: string }[];
  const written = new Map<string, string>();
  let count = 0;
  for (const c of open) {
    const entity = entityNamed(c.entity);
    const register = state.register(c.entity, c.recordId, c.field);
    if (!entity || c.merged === null || !register || register.value === null) continue;
    const fieldKey = `${c.entity}\u0000${c.recordId}\u0000${c.field}`;
    if (register.value === c.merged && !written.has(fieldKey)) {
      // Another laptop wrote the same merge, or the director did: it is in place.
      state.resolveConflict(c, 'merged', now());
      continue;
    }
    if (register.hlc !== c.keptHlc) continue;
    if (host.db.prepare(`SELECT 1 FROM ${entity.table} WHERE id = ?`).pluck().get(c.recordId) !== 1) continue;
    let text = JSON.parse(c.merged) as string;
    const before = written.get(fieldKey);
    if (before !== undefined) {
      const both = mergeThreeWay(JSON.parse(register.value) as string, before, text);
      if (both === null) continue;
      text = both;
    }
    host.store.update(entity, c.recordId, { [c.field]: text });
    written.set(fieldKey, text);
    state.resolveConflict(c, 'merged', now());
    count++;
  }
  return count;
}

/**
 * A file that cannot be written inside the sync's transaction (its segment, a document) rolls everything back: the
 * sync stops with a sentence, nothing changed here and nothing sent.
 */
function rollBackOnFileError(layout: FolderLayout, run: () => void): void {
  try {
    run();
  } catch (error) {
    throw isFileSystemError(error) ? notWritable(error, layout.root) : error;
  }
}

function folderGone(layout: FolderLayout, outcome = ''): SyncStop {
  return new SyncStop('FOLDER_MISSING', `The sync folder ${layout.root} is no longer there (was the drive disconnected?).${outcome ? ` ${outcome}` : ''}`);
}

/** A device's name as its presence file gives it, for the director; its id until one was read. */
function deviceNameIn(db: Database, folderId: string, deviceId: string): string {
  const name = db.prepare('SELECT name FROM sync_devices WHERE folder_id = ? AND device_id = ?').pluck().get(folderId, deviceId) as string | undefined;
  return name ?? `device ${deviceId}`;
}

function fetchAttachments(host: SyncHost, state: SyncState, layout: FolderLayout, key: Buffer, touched: Set<string> | undefined, report: SyncReport): void {
  const waiting = new Set<string>(JSON.parse(state.config('missingAttachments') ?? '[]') as string[]);
  for (const id of touched ?? []) waiting.add(id);
  const still: string[] = [];
  for (const id of waiting) {
    if (!/^[0-9a-f]{64}$/.test(id)) continue;
    if (!receiveAttachment(layout, key, host.dataDir, id)) still.push(id);
  }
  if (still.length) report.problems.push(`${still.length} document(s) have not arrived in the sync folder yet.`);
  state.setConfig('missingAttachments', JSON.stringify(still));
}

function recordDevices(db: Database, folderId: string, presences: readonly { deviceId: string; name: string; appVersion: string; applied: Knowledge; at: string }[], own: string): void {
  const upsert = db.prepare(
    `INSERT INTO sync_devices (folder_id, device_id, name, app_version, last_seen_at, applied) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (folder_id, device_id) DO UPDATE SET name = excluded.name, app_version = excluded.app_version, last_seen_at = excluded.last_seen_at, applied = excluded.applied`,
  );
  db.transaction(() => {
    for (const p of presences) if (p.deviceId !== own) upsert.run(folderId, p.deviceId, p.name, p.appVersion, p.at, JSON.stringify(p.applied));
  })();
}
