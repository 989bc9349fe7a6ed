// The duplicates sync has merged, newest first: which record each became part of, and what each of the two held,
// read from the registers (the merged record's own values stay there, and each that lost is also a conflict).
import type { MergedDuplicate } from '../../../shared/contract/sync';
import type { CoreContext } from '../context';
import { columnOf, type EntityDef } from '../db/entity';
import { entities } from '../db/entity-registry';
import { parseHlc } from '../db/hlc';
import { maskedFieldJson } from '../db/masked-fields';
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
  // A reference reads as the record it names (its survivor, if merged too), not as an id.
  const referenceOf = (entity: EntityDef): Map<string, EntityDef> => {
    const keys = ctx.db.prepare(`PRAGMA foreign_key_list(${entity.table})`).all() as { table: string; from: string }[];
    const out = new Map<string, EntityDef>();
    for (const k of keys) {
      const field = Object.keys(entity.fields).find((f) => columnOf(f) === k.from);
      const parent = entities.find((e) => e.table === k.table);
      if (field && parent) out.set(field, parent);
    }
    return out;
  };
  const ownValues = (entity: EntityDef, id: string) => {
    const references = referenceOf(entity);
    const values = new Map<string, string | null>();
    for (const r of state.recordRegisters(entity.name, id)) {
      if (!Object.hasOwn(entity.fields, r.field)) continue;
      const parent = references.get(r.field);
      const target = parent && r.value ? (JSON.parse(r.value) as unknown) : null;
      values.set(r.field, parent && typeof target === 'string' ? JSON.stringify(recordLabel(ctx, parent.name, redirects.resolve(parent.name, target))) : r.value);
    }
    return values;
  };
  return merges.map(({ entity, mergedId, hlc }) => {
    const survivorId = redirects.resolve(entity.name, mergedId);
    const survivor = ownValues(entity, survivorId);
    const merged = ownValues(entity, mergedId);
    const fields = Object.keys(entity.fields).filter((f) => survivor.has(f) || merged.has(f));
    return {
      entity: entity.name,
      survivorId,
      survivorLabel: recordLabel(ctx, entity.name, survivorId),
      survivorPresent: ctx.db.prepare(`SELECT 1 FROM ${entity.table} WHERE id = ?`).pluck().get(survivorId) === 1,
      mergedId,
      mergedLabel: recordLabel(ctx, entity.name, mergedId),
      mergedAt: new Date(parseHlc(hlc).wallMs).toISOString(),
      // Masked like every list; each value that lost is also a conflict, where it can be revealed.
      held: fields.map((field) => ({ field, survivor: maskedFieldJson(entity.name, field, survivor.get(field) ?? null), merged: maskedFieldJson(entity.name, field, merged.get(field) ?? null) })),
    };
  });
}
