// This laptop's own segments: their numbering follows what this laptop wrote (its own record), never what the folder
// listing shows, so a stray or placeholder file with its next number cannot make it skip one that the others would
// then wait for forever. A file under its id it did not write is either its own, left by a sync that crashed before
// recording it, or another copy of this database writing as this device (a copied data folder).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { latestSchemaVersion } from '../db/migrations';
import { collectLocalChanges } from './local-changes';
import { folderFormat } from './folder-format';
import { segmentName, segmentSeqOf, type FolderLayout } from './folder-layout';
import { listNames, writeNewFile } from './new-file';
import type { Presence } from './presence';
import { decodeSegment, encodeSegment, type FieldChange, type Knowledge, type Segment } from './segment-codec';
import type { SyncState } from './sync-state';

/**
 * The next number: past what this laptop wrote in this folder (its record), and past what another device's presence
 * says it applied from this laptop (its files compacted away and its record of them lost). Files in its folder do not
 * count: only those checkOwnFolder found to be its own were recorded.
 */
export function nextOwnSeq(state: SyncState, presences: readonly Presence[], deviceId: string): number {
  const acknowledged = presences.filter((p) => p.deviceId !== deviceId).map((p) => p.applied[deviceId] ?? 0);
  return Math.max(state.appliedVector()[deviceId] ?? 0, ...acknowledged) + 1;
}

/**
 * Looks at the files under this laptop's id that it has no record of writing. One that does not open is a stray
 * (a sync client's placeholder, a half-copied file): ignored. One whose own stamps are all in this laptop's change
 * log is its own (a sync crashed between writing it and recording it): recorded, so the numbering goes past it.
 * Any other is another copy of this database: returns its name (the caller makes this laptop a new device).
 */
export function checkOwnFolder(db: Database, state: SyncState, layout: FolderLayout, key: Buffer, deviceId: string, now: string): string | null {
  const dir = layout.segmentsDir(deviceId);
  const stampedHere = db.prepare('SELECT 1 FROM change_log WHERE device_id = ? AND hlc = ? LIMIT 1').pluck();
  for (const name of listNames(dir).sort()) {
    if (segmentSeqOf(name) === null || state.segmentApplied(deviceId, name)) continue;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(path.join(dir, name));
    } catch {
      continue;
    }
    const decoded = decodeSegment(key, bytes);
    if (!decoded.ok || decoded.segment.header.device !== deviceId) continue;
    const { header, changes } = decoded.segment;
    const ours = changes.every((c) => !c[5].endsWith(`-${deviceId}`) || stampedHere.get(deviceId, c[5]) === 1);
    if (!ours) return name;
    state.addSegment(deviceId, header.seq, name, header.known, header.hlcMin, header.hlcMax, header.count, now);
  }
  return null;
}

interface OwnSegmentRow {
  name: string;
  known: string;
  count: number;
  logAfter: number | null;
  logThrough: number | null;
}

/**
 * Writes again, under a new name with the same number, each of this laptop's segments another device reports it
 * cannot apply (damaged, or gone from the folder), unless a good copy other than the reported one is already there.
 * The copy carries the same changes and knowledge: applying it is what applying the first would have been. Returns
 * the names written.
 */
export function resendBlocked(
  db: Database,
  state: SyncState,
  layout: FolderLayout,
  key: Buffer,
  own: { deviceId: string; deviceName: string },
  presences: readonly Presence[],
  now: string,
): string[] {
  const { deviceId } = own;
  const wanted = new Map<number, Set<string | null>>();
  for (const p of presences) {
    if (p.deviceId === deviceId) continue;
    for (const b of p.blockedOn ?? []) {
      if (b.device !== deviceId || (p.applied[deviceId] ?? 0) >= b.seq) continue;
      if (!wanted.has(b.seq)) wanted.set(b.seq, new Set());
      wanted.get(b.seq)!.add(b.file);
    }
  }
  const rowOf = db.prepare(
    `SELECT name, known, count, log_after AS logAfter, log_through AS logThrough FROM sync_segments
     WHERE folder_id = ? AND device_id = ? AND seq = ? AND name NOT LIKE 'snapshot:%' ORDER BY applied_at LIMIT 1`,
  );
  const dir = layout.segmentsDir(deviceId);
  const written: string[] = [];
  for (const [seq, reported] of wanted) {
    const row = rowOf.get(state.folderId, deviceId, seq) as OwnSegmentRow | undefined;
    if (!row) continue;
    const copies = listNames(dir).filter((n) => segmentSeqOf(n) === seq);
    const readable = copies.map((name) => ({ name, segment: readSegment(key, path.join(dir, name)) }));
    if (readable.some((c) => c.segment && !reported.has(c.name))) continue;
    const segment = readable.find((c) => c.segment)?.segment ?? rebuild(db, deviceId, own.deviceName, seq, row, now);
    if (!segment) continue;
    const name = segmentName(seq, randomBytes(4).toString('hex'));
    writeNewFile(path.join(dir, name), encodeSegment(key, { ...segment, header: { ...segment.header, writtenAt: now } }));
    written.push(name);
  }
  return written;
}

function readSegment(key: Buffer, file: string): Segment | null {
  try {
    const decoded = decodeSegment(key, fs.readFileSync(file));
    return decoded.ok ? decoded.segment : null;
  } catch {
    return null;
  }
}

/**
 * What a segment of this laptop held, from its change log (the range the segment recorded); a segment that carried
 * the whole merged state (a folder new to this laptop) is rebuilt from the registers it still holds.
 */
function rebuild(db: Database, deviceId: string, deviceName: string, seq: number, row: OwnSegmentRow, now: string): Segment | null {
  const changes: FieldChange[] =
    row.logAfter !== null && row.logThrough !== null
      ? collectLocalChanges(db, deviceId, row.logAfter, Number.MAX_SAFE_INTEGER, row.logThrough).changes
      : (db.prepare('SELECT entity, record_id, field, value, base_value, hlc FROM sync_state WHERE device_id = ? AND seq = ? ORDER BY hlc').raw().all(deviceId, seq) as FieldChange[]);
  if (changes.length === 0) return null;
  const hlcs = changes.map((c) => c[5]).sort();
  return {
    header: {
      format: folderFormat, schemaVersion: latestSchemaVersion, device: deviceId, deviceName, seq, hlcMin: hlcs[0]!, hlcMax: hlcs.at(-1)!,
      count: changes.length, known: JSON.parse(row.known) as Knowledge, writtenAt: now,
    },
    changes,
  };
}

