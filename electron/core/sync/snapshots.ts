// Snapshots and compaction: a device writes the whole merged state (registers, and what it has applied) under a
// content-derived name, so a new laptop loads one file instead of replaying years; a device deletes its own old
// segments only once a snapshot covers them and every active device's presence file says it has applied them.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { entities } from '../db/entity-registry';
import { ChangeMerger, type Writer } from './change-merger';
import { isDeviceId, isSnapshotName, segmentSeqOf, snapshotName, type FolderLayout } from './folder-layout';
import { listNames, writeNewFile } from './new-file';
import { readPresences } from './presence';
import { Projection } from './projection';
import { decodeSealedJson, encodeSealedJson, Knowledge } from './segment-codec';
import { keyedName } from './sealed-box';
import type { SyncHost } from './sync-engine';
import type { SyncState } from './sync-state';

const context = 'chartroom-snapshot';
const Snapshot = z.object({
  device: z.string(),
  writtenAt: z.string(),
  applied: Knowledge,
  /** What each writer knew, by "device/seq", for every register's writer. */
  writers: z.record(z.string(), Knowledge),
  registers: z.array(z.tuple([z.string(), z.string(), z.string(), z.string().nullable(), z.string().nullable(), z.string(), z.string(), z.number().int(), z.string().nullable()])),
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
 * Loads the newest snapshot when this laptop needs it: it has applied nothing from the others yet (joining), or
 * a device's next segment has been compacted away. Returns the snapshot's name, or null.
 */
export function loadSnapshotIfNeeded(host: SyncHost, state: SyncState, layout: FolderLayout, key: Buffer, ownId: string, now: () => string): string | null {
  const applied = state.appliedVector();
  const others = listNames(layout.devicesDir).filter((d) => isDeviceId(d) && d !== ownId);
  const joining = others.every((d) => !applied[d]);
  const compactedAway = others.some((d) => {
    const seqs = listNames(layout.segmentsDir(d)).map(segmentSeqOf).filter((s): s is number => s !== null);
    return seqs.length > 0 && Math.min(...seqs) > (applied[d] ?? 0) + 1;
  });
  if (!joining && !compactedAway) return null;
  let best: { name: string; snapshot: Snapshot } | null = null;
  for (const f of snapshotFiles(layout)) {
    if (f.deviceId === ownId) continue;
    const snapshot = readSnapshot(key, f.file);
    if (snapshot && (!best || coverage(snapshot.applied) > coverage(best.snapshot.applied))) best = { name: f.name, snapshot };
  }
  if (!best) return null;
  const { snapshot } = best;
  // Worth loading only if it holds something this laptop has not applied.
  if (!Object.entries(snapshot.applied).some(([d, s]) => d !== ownId && s > (applied[d] ?? 0))) return null;

  const merger = new ChangeMerger(host.db, state, now);
  for (const [writerKey, known] of Object.entries(snapshot.writers)) {
    const [deviceId, seq] = writerKey.split('/') as [string, string];
    if (deviceId !== ownId) state.addSegment(deviceId, Number(seq), `snapshot:${best.name}:${seq}`, known, null, null, 0, now());
  }
  for (const [entity, recordId, field, value, base, hlc, deviceId, seq, also] of snapshot.registers) {
    // The winner and each concurrent co-holder of the same value, so a later edit still sees whom it overrode.
    const holders: [string, string, number][] = [[hlc, deviceId, seq], ...((also ? JSON.parse(also) : []) as [string, string, number][])];
    for (const [h, d, q] of holders) {
      if (d === ownId) continue;
      host.store.clock.observe(h);
      const writer: Writer = { deviceId: d, seq: q, known: snapshot.writers[`${d}/${q}`] ?? {}, actor: 'synced snapshot' };
      merger.merge([entity, recordId, field, value, base, h], writer, false);
    }
  }
  for (const [deviceId, seq] of Object.entries(snapshot.applied)) {
    if (deviceId !== ownId && seq > (applied[deviceId] ?? 0)) state.addSegment(deviceId, seq, `snapshot:${best.name}`, snapshot.writers[`${deviceId}/${seq}`] ?? {}, null, null, 0, now());
  }
  const projection = new Projection(host.db, state, now);
  for (const entity of entities) for (const id of merger.touched.get(entity.name) ?? []) projection.project(entity.name, id);
  projection.retryParked();
  return best.name;
}

/** Writes a snapshot when this device has sent many segments since its last one, or when `force` says so. */
export function maybeWriteSnapshot(host: SyncHost, state: SyncState, layout: FolderLayout, key: Buffer, ownId: string, now: () => string, force = false): string | null {
  const applied = state.appliedVector();
  const last = Number(state.config('snapshotAtSeq') ?? 0);
  if (!force && (applied[ownId] ?? 0) - last < snapshotEverySegments) return null;
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
  const snapshot: Snapshot = { device: ownId, writtenAt: now(), applied, writers, registers };
  const bytes = encodeSealedJson(key, snapshot, context);
  const name = snapshotName(keyedName(key, createHash('sha256').update(JSON.stringify(snapshot.applied)).update(bytes).digest('hex')));
  try {
    writeNewFile(path.join(layout.snapshotsDir(ownId), name), bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // Our older snapshots are superseded by this one.
  for (const old of listNames(layout.snapshotsDir(ownId)).filter((n) => isSnapshotName(n) && n !== name)) fs.rmSync(path.join(layout.snapshotsDir(ownId), old), { force: true });
  state.setConfig('snapshotAtSeq', String(applied[ownId] ?? 0));
  return name;
}

/** Deletes this device's segments that a snapshot covers and every active device has applied. Returns how many. */
export function maybeCompact(host: SyncHost, state: SyncState, layout: FolderLayout, key: Buffer, ownId: string): number {
  const nowMs = host.now().getTime();
  const covered = Math.max(0, ...snapshotFiles(layout).map((f) => readSnapshot(key, f.file)?.applied[ownId] ?? 0));
  if (covered === 0) return 0;
  let acknowledged = covered;
  for (const p of readPresences(layout, key)) {
    if (p.deviceId === ownId || nowMs - Date.parse(p.at) > activeDeviceWindowMs) continue;
    acknowledged = Math.min(acknowledged, p.applied[ownId] ?? 0);
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
