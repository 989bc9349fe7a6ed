// Undo of one transaction written this session: its reverse is written through the store as ordinary new changes
// (new clock stamps), so it is logged, shown in the history and synced like any edit, and conflicts stay right.
import { fieldLabel } from '../../../shared/domain/field-labels';
import { recordKindName } from '../../../shared/domain/record-kinds';
import type { CoreContext } from '../context';
import { columnOf, decode, type EntityDef, type FieldKind, type FieldValue } from '../db/entity';
import { entityLinks } from '../db/entity-links';
import { entityNamed } from '../db/entity-registry';
import { AppError } from '../errors';

interface LoggedChange {
  seq: number;
  entity: string;
  recordId: string;
  field: string;
  oldValue: string;
  newValue: string;
  actor: string;
  at: string;
  deviceId: string;
}

/** One record as the transaction left it: what it held before, and whether the transaction created or deleted it. */
interface TouchedRecord {
  entity: EntityDef;
  recordId: string;
  firstSeq: number;
  lastSeq: number;
  /** Per field, the value before the transaction (the first change's old value) and after it (the last change's new value). */
  before: Map<string, FieldValue>;
  after: Map<string, string>;
  created: boolean;
  deleted: boolean;
}

export interface UndoOutcome {
  /** Changes written by the undo, across every record the transaction touched. */
  changes: number;
  records: number;
}

const changeColumns = `seq, entity, record_id AS recordId, field, old_value AS oldValue, new_value AS newValue, actor, at, device_id AS deviceId`;

/** Why this transaction cannot be undone now, in a sentence a director can act on; null when it can. */
export function undoRefusal(ctx: CoreContext, txId: string): string | null {
  const plan = planUndo(ctx, txId);
  return typeof plan === 'string' ? plan : null;
}

/** Reverses the transaction through the store, in one new transaction; refuses (nothing written) with a sentence. */
export function undoTransaction(ctx: CoreContext, txId: string): UndoOutcome {
  const plan = planUndo(ctx, txId);
  if (typeof plan === 'string') throw new AppError('CONFLICT', plan);
  const { store } = ctx;
  let changes = 0;
  store.transaction(() => {
    // Newest record first: a delete's parent comes back before the dependants it took with it (logged before it), and
    // a created record's dependants go before it.
    for (const record of [...plan].sort((a, b) => b.firstSeq - a.firstSeq)) {
      const present = exists(ctx, record.entity, record.recordId);
      if (record.created) {
        if (present) {
          store.remove(record.entity, record.recordId);
          changes++;
        }
      } else if (record.deleted) {
        const values = Object.fromEntries([...record.before].filter(([f, v]) => isField(record.entity, f) && v !== null));
        store.insert(record.entity, values, record.recordId);
        changes++;
      } else {
        const patch = Object.fromEntries([...record.before].filter(([f]) => isField(record.entity, f)));
        changes += store.update(record.entity, record.recordId, patch).length;
      }
    }
  });
  return { changes, records: plan.length };
}

/** The records the transaction touched, or the sentence refusing its undo. */
function planUndo(ctx: CoreContext, txId: string): TouchedRecord[] | string {
  const rows = ctx.db.prepare(`SELECT ${changeColumns} FROM change_log WHERE tx_id = ? ORDER BY seq`).all(txId) as LoggedChange[];
  if (rows.length === 0) return 'This change is not in the history: it may belong to another laptop’s data, or the list is out of date.';
  if (!ctx.store.wroteThisSession(txId)) {
    return 'Only changes made since Chartroom was opened can be undone; this one is older (or came from another laptop). Edit the record to change it back.';
  }
  if (rows.some((r) => r.field === '_mergedInto')) return 'A merge of duplicate records made by sync cannot be undone.';
  const records = touchedRecords(ctx, rows);
  if (typeof records === 'string') return records;
  for (const record of records) {
    const later = laterChange(ctx, record);
    if (later) {
      const what = later.field === '_deleted' ? 'was deleted' : `had its ${fieldLabel(later.entity, later.field).toLowerCase()} changed`;
      const byWhom = later.deviceId === ctx.store.deviceId ? `by ${later.actor}` : `on another laptop (by ${later.actor})`;
      return `${describe(record)} ${what} after this change, ${byWhom}: undo that later change first.`;
    }
    const drift = fieldChangedSince(ctx, record);
    if (drift) return drift;
    if (record.created) {
      const dependant = dependantAddedSince(ctx, record, records);
      if (dependant) return dependant;
    }
  }
  return records;
}

function touchedRecords(ctx: CoreContext, rows: LoggedChange[]): TouchedRecord[] | string {
  const byRecord = new Map<string, TouchedRecord>();
  for (const row of rows) {
    const entity = entityNamed(row.entity);
    if (!entity) return `This change touched a kind of record this version of Chartroom does not know (${row.entity}).`;
    const key = `${row.entity}\u0000${row.recordId}`;
    let record = byRecord.get(key);
    if (!record) {
      record = { entity, recordId: row.recordId, firstSeq: row.seq, lastSeq: row.seq, before: new Map(), after: new Map(), created: false, deleted: false };
      byRecord.set(key, record);
    }
    record.lastSeq = row.seq;
    if (!record.before.has(row.field)) record.before.set(row.field, JSON.parse(row.oldValue) as FieldValue);
    record.after.set(row.field, row.newValue);
    if (row.field === '_deleted') record.deleted = row.newValue === 'true';
  }
  for (const record of byRecord.values()) record.created = createdIn(ctx, record);
  return [...byRecord.values()];
}

/**
 * The transaction created the record when nothing was logged for it before (or only its deletion) and every field it
 * wrote started empty: an insert logs exactly that, an update of a record with history never does.
 */
function createdIn(ctx: CoreContext, record: TouchedRecord): boolean {
  if ([...record.before.values()].some((v) => v !== null)) return false;
  const earlier = ctx.db
    .prepare('SELECT field, new_value AS newValue FROM change_log WHERE entity = ? AND record_id = ? AND seq < ? ORDER BY seq DESC LIMIT 1')
    .get(record.entity.name, record.recordId, record.firstSeq) as { field: string; newValue: string } | undefined;
  return !earlier || (earlier.field === '_deleted' && earlier.newValue === 'true');
}

function laterChange(ctx: CoreContext, record: TouchedRecord): LoggedChange | undefined {
  return ctx.db
    .prepare(`SELECT ${changeColumns} FROM change_log WHERE entity = ? AND record_id = ? AND seq > ? ORDER BY seq LIMIT 1`)
    .get(record.entity.name, record.recordId, record.lastSeq) as LoggedChange | undefined;
}

/** The record must still hold what the transaction wrote (a write that bypassed the log would otherwise be lost). */
function fieldChangedSince(ctx: CoreContext, record: TouchedRecord): string | null {
  const row = ctx.db.prepare(`SELECT * FROM ${record.entity.table} WHERE id = ?`).get(record.recordId) as Record<string, unknown> | undefined;
  if (record.deleted && record.created) return null;
  if (record.deleted) return row ? `${describe(record)} was added again since this change: undo is no longer possible.` : null;
  if (!row) return `${describe(record)} was deleted since this change: undo is no longer possible.`;
  for (const [field, written] of record.after) {
    if (!isField(record.entity, field)) continue;
    const now = decode((record.entity.fields as Record<string, FieldKind>)[field]!, row[columnOf(field)]);
    if (JSON.stringify(now) !== written) return `The ${fieldLabel(record.entity.name, field).toLowerCase()} of ${describe(record).toLowerCase()} has changed since this change: undo the later change first.`;
  }
  return null;
}

/** Undoing a creation removes the record: never take with it a record added since that points at it. */
function dependantAddedSince(ctx: CoreContext, record: TouchedRecord, inTransaction: TouchedRecord[]): string | null {
  const ours = new Set(inTransaction.map((r) => `${r.entity.name}\u0000${r.recordId}`));
  for (const link of entityLinks(ctx.db).childrenOf(record.entity.name)) {
    const children = ctx.db.prepare(`SELECT id FROM ${link.child.table} WHERE ${link.column} = ?`).pluck().all(record.recordId) as string[];
    if (children.some((id) => !ours.has(`${link.child.name}\u0000${id}`))) {
      return `A ${recordKindName(link.child.name).toLowerCase()} was added to ${describe(record).toLowerCase()} since it was created: remove it first, or edit the record instead.`;
    }
  }
  return null;
}

function describe(record: TouchedRecord): string {
  return `This ${recordKindName(record.entity.name).toLowerCase()}`;
}

function isField(entity: EntityDef, field: string): boolean {
  return Object.hasOwn(entity.fields, field);
}

function exists(ctx: CoreContext, entity: EntityDef, id: string): boolean {
  return ctx.db.prepare(`SELECT 1 FROM ${entity.table} WHERE id = ?`).pluck().get(id) === 1;
}
