// The sync tables, behind prepared statements: registers, segments, conflicts, parked records, config and devices.
import type { Database } from 'better-sqlite3';
import type { Knowledge } from './segment-codec';

export interface Register {
  value: string | null;
  hlc: string;
  deviceId: string;
  seq: number;
  base: string | null;
  /** Other writers holding the same value concurrently: [hlc, deviceId, seq][] as JSON, or null. */
  also: string | null;
}

export interface ConflictRow {
  entity: string;
  recordId: string;
  field: string;
  kind: 'concurrent' | 'deleted' | 'resurrected' | 'merged' | 'duplicate';
  keptValue: string | null;
  keptHlc: string;
  lostValue: string | null;
  lostHlc: string;
}

export type SyncState = ReturnType<typeof syncState>;

/**
 * The registers, conflicts and parked records are this laptop's merged view, whatever the folder. What it has applied
 * from each device (segment numbers, knowledge) and the devices it has seen belong to one shared folder: `folderId`
 * (from the folder's format.json), by default the folder this laptop last synced with.
 */
export function syncState(db: Database) {
  const getRegister = db.prepare('SELECT value, hlc, device_id AS deviceId, seq, base_value AS base, also FROM sync_state WHERE entity = ? AND record_id = ? AND field = ?');
  const putRegister = db.prepare(
    `INSERT INTO sync_state (entity, record_id, field, value, hlc, device_id, seq, base_value, also) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (entity, record_id, field) DO UPDATE SET value = excluded.value, hlc = excluded.hlc, device_id = excluded.device_id, seq = excluded.seq,
       base_value = excluded.base_value, also = excluded.also`,
  );
  const recordRegisters = db.prepare('SELECT field, value, hlc FROM sync_state WHERE entity = ? AND record_id = ?');
  const pointingAt = db.prepare('SELECT record_id FROM sync_state WHERE entity = ? AND field = ? AND value = ?').pluck();
  const knownOf = db.prepare('SELECT known FROM sync_segments WHERE folder_id = ? AND device_id = ? AND seq = ? LIMIT 1').pluck();
  const addSegment = db.prepare(
    `INSERT OR IGNORE INTO sync_segments (folder_id, device_id, seq, name, known, hlc_min, hlc_max, count, applied_at, log_after, log_through)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const appliedVector = db.prepare('SELECT device_id AS deviceId, max(seq) AS seq FROM sync_segments WHERE folder_id = ? GROUP BY device_id');
  const segmentApplied = db.prepare('SELECT 1 FROM sync_segments WHERE folder_id = ? AND device_id = ? AND name = ?').pluck();
  const addConflict = db.prepare(
    `INSERT OR IGNORE INTO sync_conflicts (entity, record_id, field, kind, kept_value, kept_hlc, lost_value, lost_hlc, detected_at, resolved_at, resolution)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const resolveConflict = db.prepare(
    'UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE entity = ? AND record_id = ? AND field = ? AND lost_hlc = ? AND resolved_at IS NULL',
  );
  const park = db.prepare('INSERT INTO sync_parked (entity, record_id, reason, since) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET reason = excluded.reason');
  const unpark = db.prepare('DELETE FROM sync_parked WHERE entity = ? AND record_id = ?');
  const parked = db.prepare('SELECT entity, record_id AS recordId, reason FROM sync_parked ORDER BY entity, record_id');
  const getConfig = db.prepare('SELECT value FROM sync_config WHERE key = ?').pluck();
  const setConfig = db.prepare('INSERT INTO sync_config (key, value) VALUES (?, ?) ON CONFLICT DO UPDATE SET value = excluded.value');
  const knownCache = new Map<string, Knowledge>();
  let folderId = (getConfig.get('syncedFolderId') as string | undefined) ?? '';

  return {
    /** The folder whose numbering the folder-scoped state below follows ('' before this laptop first synced). */
    get folderId() {
      return folderId;
    },
    /** Scopes the state to another folder from now on (the caller records 'syncedFolderId' in its transaction). */
    useFolder(id: string) {
      folderId = id;
      knownCache.clear();
    },
    register: (entity: string, recordId: string, field: string) => getRegister.get(entity, recordId, field) as Register | undefined,
    putRegister: (entity: string, recordId: string, field: string, r: Register) => putRegister.run(entity, recordId, field, r.value, r.hlc, r.deviceId, r.seq, r.base, r.also),
    recordRegisters: (entity: string, recordId: string) => recordRegisters.all(entity, recordId) as { field: string; value: string | null; hlc: string }[],
    /** Records of `entity` whose `field` holds `id`: the children of a record being deleted. */
    pointingAt: (entity: string, field: string, id: string) => pointingAt.all(entity, field, JSON.stringify(id)) as string[],
    knownBy(deviceId: string, seq: number): Knowledge {
      const key = `${deviceId}/${seq}`;
      let known = knownCache.get(key);
      if (!known) {
        const text = knownOf.get(folderId, deviceId, seq) as string | undefined;
        known = text ? (JSON.parse(text) as Knowledge) : {};
        knownCache.set(key, known);
      }
      return known;
    },
    /** `logRange`: for this laptop's own segments, the change-log rows it carried (after, through), to send it again. */
    addSegment(deviceId: string, seq: number, name: string, known: Knowledge, hlcMin: string | null, hlcMax: string | null, count: number, at: string, logRange?: [number, number]) {
      addSegment.run(folderId, deviceId, seq, name, JSON.stringify(known), hlcMin, hlcMax, count, at, logRange?.[0] ?? null, logRange?.[1] ?? null);
      knownCache.set(`${deviceId}/${seq}`, known);
    },
    /** The highest sequence applied (or written) per device in this folder: segments are applied in order, so this is all we know. */
    appliedVector(): Knowledge {
      return Object.fromEntries((appliedVector.all(folderId) as { deviceId: string; seq: number }[]).map((r) => [r.deviceId, r.seq]));
    },
    segmentApplied: (deviceId: string, name: string) => segmentApplied.get(folderId, deviceId, name) === 1,
    addConflict(c: ConflictRow, at: string, resolution?: string) {
      addConflict.run(c.entity, c.recordId, c.field, c.kind, c.keptValue, c.keptHlc, c.lostValue, c.lostHlc, at, resolution ? at : null, resolution ?? null);
    },
    /** Marks an open conflict resolved (a merged text finally written); false when there was none open. */
    resolveConflict: (c: { entity: string; recordId: string; field: string; lostHlc: string }, resolution: string, at: string) =>
      resolveConflict.run(at, resolution, c.entity, c.recordId, c.field, c.lostHlc).changes > 0,
    park: (entity: string, recordId: string, reason: string, at: string) => park.run(entity, recordId, reason, at),
    unpark: (entity: string, recordId: string) => unpark.run(entity, recordId).changes > 0,
    parked: () => parked.all() as { entity: string; recordId: string; reason: string }[],
    config: (key: string) => getConfig.get(key) as string | undefined,
    setConfig: (key: string, value: string) => setConfig.run(key, value),
  };
}
