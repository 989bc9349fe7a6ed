// Restoring a value that lost: written as a new edit on this laptop, so it wins everywhere at the next sync and the
// history says who brought it back.
import type { CoreContext } from '../context';
import { columnOf, type EntityDef, type FieldValue } from '../db/entity';
import { entityLinks } from '../db/entity-links';
import { entityNamed } from '../db/entity-registry';
import { AppError } from '../errors';
import { syncState } from './sync-state';

/** A readable name for a record in the Conflicts view: the first of its name-like fields that holds text. */
export function recordLabel(ctx: CoreContext, entityName: string, recordId: string): string {
  if (!entityNamed(entityName)) return recordId;
  return recordName(ctx, entityName, recordId) ?? (entityName === 'setting' ? recordId : `${entityName} ${recordId.slice(0, 8)}`);
}

/**
 * The record's own name from its row, or from the merged state when it has no row (deleted, or waiting): null when
 * it has no name-like field holding text. Never a masked field: those are not name-like.
 */
export function recordName(ctx: CoreContext, entityName: string, recordId: string): string | null {
  const entity = entityNamed(entityName);
  if (!entity) return null;
  const candidates = [['familyName', 'givenName'], ['title'], ['name'], ['reference'], ['description'], ['text']].filter((c) => c.every((f) => Object.hasOwn(entity.fields, f)));
  const row = ctx.db.prepare(`SELECT * FROM ${entity.table} WHERE id = ?`).get(recordId) as Record<string, unknown> | undefined;
  const registers = row ? null : syncState(ctx.db).recordRegisters(entityName, recordId);
  const valueOf = (field: string): unknown => {
    if (row) return row[columnOf(field)];
    const r = registers?.find((x) => x.field === field);
    return r?.value ? JSON.parse(r.value) : null;
  };
  for (const fields of candidates) {
    const parts = fields.map(valueOf).filter((v) => typeof v === 'string' && v);
    if (parts.length) return (parts as string[]).join(', ').slice(0, 120);
  }
  return null;
}

export function restoreLostValue(ctx: CoreContext, entityName: string, recordId: string, field: string, kind: string, lostValue: string | null): void {
  const entity = entityNamed(entityName)!;
  const exists = rowExists(ctx, entity, recordId);
  if (kind === 'resurrected') {
    // The delete lost to a later edit; restoring it deletes the record again.
    if (exists) ctx.store.remove(entity, recordId);
    return;
  }
  const value = lostValue === null ? null : (JSON.parse(lostValue) as FieldValue);
  if (exists) {
    ctx.store.update(entity, recordId, { [field]: value });
    return;
  }
  // The record was deleted elsewhere: bring it back with its last known values and the restored one, and with it
  // the records its delete removed.
  bringBack(ctx, entity, recordId, { [field]: value });
}

/**
 * Inserts a deleted record again from its registers, then the records removed with it: those that pointed at it and
 * whose delete the same laptop sent in the same batch, just before its own (the store removes dependants first).
 */
function bringBack(ctx: CoreContext, entity: EntityDef, recordId: string, overrides: Record<string, FieldValue> = {}): void {
  const state = syncState(ctx.db);
  const values: Record<string, FieldValue> = {};
  for (const r of state.recordRegisters(entity.name, recordId)) {
    if (r.field !== '_deleted' && Object.hasOwn(entity.fields, r.field) && r.value !== null) values[r.field] = JSON.parse(r.value) as FieldValue;
  }
  try {
    ctx.store.insert(entity, { ...values, ...overrides }, recordId);
  } catch (error) {
    throw error instanceof AppError ? error : new AppError('CONFLICT', `This ${entity.name} record could not be brought back: ${(error as Error).message}`);
  }
  const deletion = state.register(entity.name, recordId, '_deleted');
  if (deletion?.value !== 'true') return;
  // In registry order, the order a database fills without a missing parent (an action item's agenda item first).
  for (const link of [...entityLinks(ctx.db).childrenOf(entity.name)].reverse()) {
    if (link.onParentDelete !== 'remove') continue;
    for (const childId of state.pointingAt(link.child.name, link.field, recordId)) {
      const removed = state.register(link.child.name, childId, '_deleted');
      const withIt = removed?.value === 'true' && removed.deviceId === deletion.deviceId && removed.seq === deletion.seq && removed.hlc < deletion.hlc;
      if (withIt && !rowExists(ctx, link.child, childId)) bringBack(ctx, link.child, childId);
    }
  }
}

function rowExists(ctx: CoreContext, entity: EntityDef, id: string): boolean {
  return ctx.db.prepare(`SELECT 1 FROM ${entity.table} WHERE id = ?`).pluck().get(id) === 1;
}
