// This laptop's changes not yet sent: change-log rows it wrote after the export high-water mark, one per field.
// A delete travels as its tombstone alone (the field → null rows beside it are for local undo), and a field edited
// several times between syncs travels once, with the value the others last saw as the base for text merges.
import type { Database } from 'better-sqlite3';
import { entityNamed } from '../db/entity-registry';
import { isLongText } from './long-text';
import type { FieldChange } from './segment-codec';

export interface LocalBatch {
  changes: FieldChange[];
  /** The change-log sequence the batch reaches: the new high-water mark once it is sent. */
  lastSeq: number;
  deletes: { entity: string; recordId: string }[];
}

interface Row {
  seq: number;
  txId: string;
  entity: string;
  recordId: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  hlc: string;
}

/** This laptop's change-log rows in a range: an index on (device_id, seq) reads only them, never the whole history. */
export const localChangesQuery = `SELECT seq, tx_id AS txId, entity, record_id AS recordId, field, old_value AS oldValue, new_value AS newValue, hlc
  FROM change_log WHERE device_id = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?`;

/** `throughSeq`: the batch ends there (a segment written again carries exactly the rows it carried the first time). */
export function collectLocalChanges(db: Database, deviceId: string, afterSeq: number, limit = 200_000, throughSeq = Number.MAX_SAFE_INTEGER): LocalBatch {
  const rows = db.prepare(localChangesQuery).all(deviceId, afterSeq, throughSeq, limit) as Row[];
  const deletedIn = new Set(rows.filter((r) => r.field === '_deleted' && r.newValue === 'true').map((r) => `${r.txId}\u0000${r.entity}\u0000${r.recordId}`));
  const byField = new Map<string, { row: Row; base: string | null }>();
  const deletes: LocalBatch['deletes'] = [];
  for (const row of rows) {
    if (!entityNamed(row.entity)) continue;
    if (row.field !== '_deleted' && row.newValue === 'null' && deletedIn.has(`${row.txId}\u0000${row.entity}\u0000${row.recordId}`)) continue;
    if (row.field === '_deleted' && row.newValue === 'true') deletes.push({ entity: row.entity, recordId: row.recordId });
    const key = `${row.entity}\u0000${row.recordId}\u0000${row.field}`;
    const earlier = byField.get(key);
    byField.set(key, { row, base: earlier ? earlier.base : row.oldValue });
  }
  const changes: FieldChange[] = [...byField.values()]
    .sort((a, b) => a.row.seq - b.row.seq)
    .map(({ row, base }) => [row.entity, row.recordId, row.field, row.newValue, isLongText(row.entity, row.field) ? base : null, row.hlc]);
  return { changes, lastSeq: rows.at(-1)?.seq ?? afterSeq, deletes };
}
