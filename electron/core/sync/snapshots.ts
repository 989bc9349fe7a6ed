// Snapshots and compaction: a device writes the whole merged state (registers, and what it has applied) under a
// content-derived name, so a new laptop loads one file instead of replaying years; a device deletes its own old
// segments only once a snapshot covers them and every active device's presence file says it has applied them.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { entities } from '../db/entity-registry';
import { parseHlc } from '../db/hlc';
import { latestSchemaVersion } from '../db/migrations';
import { ChangeMerger, type Writer } from './change-merger';
import { isDeviceId, isSnapshotName, segmentSeqOf, snapshotName, type FolderLayout } from './folder-layout';
import { listNames, writeNewFile } from './new-file';
import { readPresences } from './presence';
import { Projection } from './projection';
import { decodeSealedJson, encodeSealedJson, Knowledge } from './segment-codec';
import { keyedName } from './sealed-box';
import type { SyncHost } from './sync-engine';
import type { SyncState } from './sync-state';
import { SyncStop } from './sync-stop';

const context = 'chartroom-snapshot';
const Snapshot = z.object({
  device: z.string(),
  /** The writer's database schema; a snapshot from a newer one may hold records this app would drop (absent: the first). */
  schemaVersion: z.number().int().optional(),
  writtenAt: z.string(),
  applied: Knowledge,
  /** What each writer knew, by "device/seq", for every register's writer. */
  writers: z.record(z.string(), Knowledge),
  registers: z.array(z.tuple([z.string(), z.string(), z.string(), z.string().nullable(), z.string().nullable(), z.string(), z.string(), z.number().int(), z.string().nullable()])),
  /**
   * The writer's conflict records (absent in older snapshots): a laptop that joins from this snapshot never sees the
   * segments they were found in. [entity, record, field, kind, kept value, kept clock, lost value, lost clock,
   * detected at, resolved at, resolution].
   */
  conflicts: z
    .array(
      z.tuple([
        z.string(), z.string(), z.string(), z.enum(['concurrent', 'deleted', 'resurrected', 'merged', 'duplicate']), z.string().nullable(), z.string(), z.string().nullable(), z.string(),
        z.string(), z.string().nullable(), z.string().nullable(),
      ]),
    )
    .optional(),
});
type Snapshot = z.infer<typeof Snapshot>;

/** A device stops being waited for when it has not synced for this long (a retired laptop must not block compaction). */
export const activeDeviceWindowMs = 30 * 24 * 3600_000;
/** Segments a device writes between its snapshots. */
export const snapshotEverySegments = 200;

interface SnapshotFile {
  deviceId: string;
  name: string;
  file: string;
}

function snapshotFiles(layout: FolderLayout): SnapshotFile[] {
  return listNames(layout.devicesDir)
    .filter(isDeviceId)
    .flatMap((deviceId) => listNames(layout.snapshotsDir(deviceId)).filter(isSnapshotName).map((name) => ({ deviceId, name, file: path.join(layout.snapshotsDir(deviceId), name) })));
}

function readSnapshot(key: Buffer, file: string): Snapshot | null {
  try {
    const parsed = Snapshot.safeParse(decodeSealedJson(key, fs.readFileSync(file), context));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const coverage = (applied: Knowledge) => Object.values(applied).reduce((a, b) => a + b, 0);

/**
 * Loads snapshots when this laptop needs them: it has applied nothing from the others yet (joining), or a device's
 * next segment has been compacted away. One snapshot may cover most in all yet stop short for one device, so every
 * snapshot that holds something not applied yet is merged in (merging is order-free and idempotent). Returns the
 * first snapshot's name, or null.
 */
export function loadSnapshotIfNeeded(
  host: SyncHost,
  state: SyncState,
  layout: FolderLayout,
  key: Buffer,
  ownId: string,
  now: () => string,
  /** How far ahead of this laptop's clock a stamp may be; null when the director accepted their dates. */
  maxFutureMs: number | null,
  /** The sync's own projection, so the rows a snapshot removes count towards its mass-deletion guard. */
  projection: Projection,
  /** Stamps dated further ahead than this do not move this laptop's clock (see HybridClock.observe). */
  aheadLimitMs = Number.POSITIVE_INFINITY,
): string | null {
  const applied = state.appliedVector();
  const others = listNames(layout.devicesDir).filter((d) => isDeviceId(d) && d !== ownId);
  const joining = others.every((d) => !applied[d]);
  let wrote: Knowledge | null = null;
  const compactedAway = others.some((d) => {
    const need = (applied[d] ?? 0) + 1;
    const seqs = listNames(layout.segmentsDir(d)).map(segmentSeqOf).filter((s): s is number => s !== null);
    if (seqs.length > 0) return Math.min(...seqs) > need;
    // Every segment of that device is gone: compacted, if its presence says it wrote the one we need.
    wrote ??= Object.fromEntries(readPresences(layout, key).map((p) => [p.deviceId, p.applied[p.deviceId] ?? 0]));
    return (wrote[d] ?? 0) >= need;
  });
  if (!joining && !compactedAway) return null;
  const candidates: { name: string; snapshot: Snapshot }[] = [];
  for (const f of snapshotFiles(layout)) {
    if (f.deviceId === ownId) continue;
    const snapshot = readSnapshot(key, f.file);
    if (snapshot && (snapshot.schemaVersion ?? 0) <= latestSchemaVersion) candidates.push({ name: f.name, snapshot });
  }
  candidates.sort((a, b) => coverage(b.snapshot.applied) - coverage(a.snapshot.applied) || a.name.localeCompare(b.name));

  const merger = new ChangeMerger(host.db, state, now);
  const importConflict = host.db.prepare(
    `INSERT OR IGNORE INTO sync_conflicts (entity, record_id, field, kind, kept_value, kept_hlc, lost_value, lost_hlc, detected_at, resolved_at, resolution)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let first: string | null = null;
  for (const { name, snapshot } of candidates) {
    const have = state.appliedVector();
    // Worth loading only if it holds something this laptop has not applied.
    if (!Object.entries(snapshot.applied).some(([d, s]) => d !== ownId && s > (have[d] ?? 0))) continue;
    if (maxFutureMs !== null) guardSnapshotFuture(snapshot, ownId, host.now().getTime(), maxFutureMs);
    first ??= name;
    for (const [writerKey, known] of Object.entries(snapshot.writers)) {
      const [deviceId, seq] = writerKey.split('/') as [string, string];
      if (deviceId !== ownId) state.addSegment(deviceId, Number(seq), `snapshot:${name}:${seq}`, known, null, null, 0, now());
    }
    for (const [entity, recordId, field, value, base, hlc, deviceId, seq, also] of snapshot.registers) {
      // The winner and each concurrent co-holder of the same value, so a later edit still sees whom it overrode.
      const holders: [string, string, number][] = [[hlc, deviceId, seq], ...((also ? JSON.parse(also) : []) as [string, string, number][])];
      for (const [h, d, q] of holders) {
        if (d === ownId) continue;
        host.store.clock.observe(h, aheadLimitMs);
        const writer: Writer = { deviceId: d, seq: q, known: snapshot.writers[`${d}/${q}`] ?? {}, actor: 'synced snapshot' };
        merger.merge([entity, recordId, field, value, base, h], writer, false);
      }
    }
    for (const [deviceId, seq] of Object.entries(snapshot.applied)) {
      if (deviceId !== ownId && seq > (have[deviceId] ?? 0)) state.addSegment(deviceId, seq, `snapshot:${name}`, snapshot.writers[`${deviceId}/${seq}`] ?? {}, null, null, 0, now());
    }
    // The conflicts its writer found, in segments this laptop will never read; one already here stays as it is.
    for (const c of snapshot.conflicts ?? []) importConflict.run(...c);
  }
  if (first === null) return null;
  for (const entity of entities) for (const id of merger.touched.get(entity.name) ?? []) projection.project(entity.name, id);
  projection.retryParked();
  return first;
}

/** The same clock guard segments pass: a snapshot must not bring in stamps far ahead that would win every merge. */
function guardSnapshotFuture(snapshot: Snapshot, ownId: string, nowMs: number, maxFutureMs: number): void {
  let latest = '';
  for (const r of snapshot.registers) {
    if (r[6] !== ownId && r[5] > latest) latest = r[5];
    for (const [h, d] of (r[8] ? JSON.parse(r[8]) : []) as [string, string, number][]) if (d !== ownId && h > latest) latest = h;
  }
  if (!latest) return;
  const { wallMs, deviceId } = parseHlc(latest);
  const ahead = wallMs - nowMs;
  if (ahead <= maxFutureMs) return;
  const hours = Math.round(ahead / 3600_000);
  throw new SyncStop(
    'FUTURE_CHANGES',
    `A snapshot in the sync folder holds changes from device ${deviceId} dated ${hours >= 48 ? `${Math.round(hours / 24)} days` : `${hours} hours`} ahead of this laptop's clock. ` +
      'Check the date and time on both computers. Nothing was changed; once the clocks are right, choose "Sync and accept their dates".',
  );
}

/** Writes a snapshot when this device has sent many segments since its last one, or when `force` says so. */
export function maybeWriteSnapshot(
  host: SyncHost,
  state: SyncState,
  layout: FolderLayout,
  key: Buffer,
  ownId: string,
  now: () => string,
  force = false,
  every = snapshotEverySegments,
): string | null {
  const applied = state.appliedVector();
  // Counted in this laptop's segments in this folder (another folder numbers them afresh).
  const counter = `snapshotAtSeq:${state.folderId}`;
  const last = Number(state.config(counter) ?? 0);
  if (!force && (applied[ownId] ?? 0) - last < every) return null;
  const registers = host.db
    .prepare('SELECT entity, record_id, field, value, base_value, hlc, device_id, seq, also FROM sync_state')
    .raw()
    .all() as Snapshot['registers'];
  const writers: Record<string, Knowledge> = {};
  for (const r of registers) {
    const k = `${r[6]}/${r[7]}`;
    if (!writers[k]) writers[k] = state.knownBy(r[6], r[7]);
    for (const [, d, q] of (r[8] ? JSON.parse(r[8]) : []) as [string, string, number][]) writers[`${d}/${q}`] ??= state.knownBy(d, q);
  }
  for (const [d, s] of Object.entries(applied)) writers[`${d}/${s}`] ??= state.knownBy(d, s);
  const conflicts = host.db
    .prepare('SELECT entity, record_id, field, kind, kept_value, kept_hlc, lost_value, lost_hlc, detected_at, resolved_at, resolution FROM sync_conflicts ORDER BY id')
    .raw()
    .all() as NonNullable<Snapshot['conflicts']>;
  const snapshot: Snapshot = { device: ownId, schemaVersion: latestSchemaVersion, writtenAt: now(), applied, writers, registers, conflicts };
  const bytes = encodeSealedJson(key, snapshot, context);
  const name = snapshotName(keyedName(key, createHash('sha256').update(JSON.stringify(snapshot.applied)).update(bytes).digest('hex')));
  try {
    writeNewFile(path.join(layout.snapshotsDir(ownId), name), bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // Our older snapshots are superseded by this one.
  for (const old of listNames(layout.snapshotsDir(ownId)).filter((n) => isSnapshotName(n) && n !== name)) fs.rmSync(path.join(layout.snapshotsDir(ownId), old), { force: true });
  state.setConfig(counter, String(applied[ownId] ?? 0));
  return name;
}

/** Deletes this device's segments that a snapshot covers and every active device has applied. Returns how many. */
export function maybeCompact(host: SyncHost, state: SyncState, layout: FolderLayout, key: Buffer, ownId: string): number {
  const nowMs = host.now().getTime();
  const covered = Math.max(0, ...snapshotFiles(layout).map((f) => readSnapshot(key, f.file)?.applied[ownId] ?? 0));
  if (covered === 0) return 0;
  let acknowledged = covered;
  const readable = new Set<string>();
  for (const p of readPresences(layout, key)) {
    readable.add(p.deviceId);
    if (p.deviceId === ownId || nowMs - Date.parse(p.at) > activeDeviceWindowMs) continue;
    acknowledged = Math.min(acknowledged, p.applied[ownId] ?? 0);
  }
  // A laptop seen lately whose presence file cannot be read right now (its sync client is replacing it, the drive
  // shows a placeholder) has not stopped being active: what it acknowledged last time still bounds what may go.
  const seen = host.db
    .prepare('SELECT device_id AS deviceId, last_seen_at AS at, applied FROM sync_devices WHERE folder_id = ?')
    .all(state.folderId) as { deviceId: string; at: string; applied: string }[];
  for (const d of seen) {
    if (d.deviceId === ownId || readable.has(d.deviceId) || nowMs - Date.parse(d.at) > activeDeviceWindowMs) continue;
    acknowledged = Math.min(acknowledged, (JSON.parse(d.applied) as Knowledge)[ownId] ?? 0);
  }
  let removed = 0;
  for (const name of listNames(layout.segmentsDir(ownId))) {
    const seq = segmentSeqOf(name);
    if (seq === null || seq > acknowledged) continue;
    try {
      fs.unlinkSync(path.join(layout.segmentsDir(ownId), name));
      removed++;
    } catch {
      // Held by the sync client or an indexer: the next sync tries again.
    }
  }
  return removed;
}
