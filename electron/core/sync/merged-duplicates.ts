// The duplicates sync has merged, newest first: which record each became part of, and what each of the two held,
// read from the registers (the merged record's own values stay there, and each that lost is also a conflict).
import type { MergedDuplicate } from '../../../shared/contract/sync';
import type { CoreContext } from '../context';
import { entities } from '../db/entity-registry';
import { parseHlc } from '../db/hlc';
import { recordLabel } from './conflict-restore';
import { mergedIntoField, Redirects } from './duplicates';
import { syncState } from './sync-state';

export function listMergedDuplicates(ctx: CoreContext, limit: number): MergedDuplicate[] {
  const state = syncState(ctx.db);
  const redirects = new Redirects(ctx.db, state);
  // Per entity, so the lookup uses the (entity, field, value) index rather than reading every register.
  const byEntity = ctx.db.prepare(`SELECT record_id AS mergedId, hlc FROM sync_state WHERE entity = ? AND field = '${mergedIntoField}' ORDER BY hlc DESC LIMIT ?`);
  const merges = entities
    .flatMap((e) => (byEntity.all(e.name, limit) as { mergedId: string; hlc: string }[]).map((m) => ({ entity: e, ...m })))
    .sort((a, b) => (a.hlc < b.hlc ? 1 : -1))
    .slice(0, limit);
  const ownValues = (entity: string, id: string) =>
    new Map(state.recordRegisters(entity, id).filter((r) => Object.hasOwn(entities.find((e) => e.name === entity)!.fields, r.field)).map((r) => [r.field, r.value]));
  return merges.map(({ entity, mergedId, hlc }) => {
    const survivorId = redirects.resolve(entity.name, mergedId);
    const survivor = ownValues(entity.name, survivorId);
    const merged = ownValues(entity.name, mergedId);
    const fields = Object.keys(entity.fields).filter((f) => survivor.has(f) || merged.has(f));
    return {
      entity: entity.name,
      survivorId,
      survivorLabel: recordLabel(ctx, entity.name, survivorId),
      survivorPresent: ctx.db.prepare(`SELECT 1 FROM ${entity.table} WHERE id = ?`).pluck().get(survivorId) === 1,
      mergedId,
      mergedLabel: recordLabel(ctx, entity.name, mergedId),
      mergedAt: new Date(parseHlc(hlc).wallMs).toISOString(),
      held: fields.map((field) => ({ field, survivor: survivor.get(field) ?? null, merged: merged.get(field) ?? null })),
    };
  });
}
