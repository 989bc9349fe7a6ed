// Reads and writes of PDSA cycles. The state rule (shared/domain/pdsa) is checked against the cycle as it would be
// saved, so a cycle cannot be decided without its study and its act, nor skip a step.
import type { z } from 'zod';
import type { PdsaCycle, PdsaCycleInput } from '../../../shared/contract/pdsa';
import { pdsaProblems, type PdsaFields } from '../../../shared/domain/pdsa';
import type { CoreContext } from '../context';
import { AppError, notFound, refuseProblems } from '../errors';
import { pdsaCycleEntity } from './entities';
import { ownerCheck, ownerNameSql, requireRecord } from './owners';

export const pdsaSelect = `SELECT c.id, c.initiative_id AS initiativeId, c.measure_id AS measureId, coalesce(i.title, m.name, '') AS subject,
    c.previous_cycle_id AS previousCycleId, c.title, c.aim, c.change_idea AS changeIdea, c.question, c.prediction, c.plan, c.data_plan AS dataPlan,
    c.observations, c.study, c.act, c.state, c.owner_staff_id AS ownerStaffId, ${ownerNameSql('s')} AS ownerName, c.starts_on AS startsOn,
    c.ends_on AS endsOn, c.updated_at AS updatedAt
  FROM pdsa_cycles c LEFT JOIN initiatives i ON i.id = c.initiative_id LEFT JOIN measures m ON m.id = c.measure_id LEFT JOIN staff s ON s.id = c.owner_staff_id`;

/** Cycles in reading order: each chain from its first cycle, chains by their first cycle's start. */
export function inChainOrder<C extends { id: string; previousCycleId: string | null; startsOn: string | null; title: string }>(cycles: readonly C[]): C[] {
  const byId = new Map(cycles.map((c) => [c.id, c]));
  const next = new Map<string, C[]>();
  const firsts: C[] = [];
  for (const c of cycles) {
    if (c.previousCycleId && byId.has(c.previousCycleId)) next.set(c.previousCycleId, [...(next.get(c.previousCycleId) ?? []), c]);
    else firsts.push(c);
  }
  const key = (c: C) => `${c.startsOn ?? '9999'}|${c.title}`;
  firsts.sort((a, b) => key(a).localeCompare(key(b)));
  const out: C[] = [];
  const seen = new Set<string>();
  const walk = (c: C) => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    out.push(c);
    for (const n of (next.get(c.id) ?? []).sort((a, b) => key(a).localeCompare(key(b)))) walk(n);
  };
  firsts.forEach(walk);
  // A loop of cycles (each naming another, made apart on two laptops) has no first: shown after the rest, not lost.
  for (const c of cycles) walk(c);
  return out;
}

export function pdsaRepository(ctx: CoreContext) {
  const { db, store } = ctx;
  const checkOwner = ownerCheck(db);
  const byId = db.prepare(`${pdsaSelect} WHERE c.id = ?`);
  const all = db.prepare(pdsaSelect);
  const stored = db.prepare('SELECT state, prediction, plan, observations, study, act FROM pdsa_cycles WHERE id = ?');
  const initiatives = db.prepare(`SELECT i.id, i.title, g.title AS goal FROM initiatives i JOIN goals g ON g.id = i.goal_id ORDER BY g.title, i.title`);
  const measures = db.prepare('SELECT id, name FROM measures ORDER BY name');

  function cycle(id: string): PdsaCycle {
    const row = byId.get(id) as PdsaCycle | undefined;
    if (!row) throw notFound('This PDSA cycle');
    return row;
  }

  /** A chain must not loop: following previous cycles from the proposed one must never come back to this cycle. */
  function checkChain(id: string | undefined, previousCycleId: string | null | undefined): void {
    if (!previousCycleId) return;
    requireRecord(db, 'pdsa_cycles', previousCycleId, 'previousCycleId', 'The previous cycle');
    const previousOf = db.prepare('SELECT previous_cycle_id FROM pdsa_cycles WHERE id = ?').pluck();
    for (let at: string | null = previousCycleId, steps = 0; at && steps < 1000; at = previousOf.get(at) as string | null, steps++) {
      if (at === id) throw new AppError('INVALID_INPUT', 'A cycle cannot follow itself or a cycle that follows it.', [{ path: 'previousCycleId', message: 'This would make the chain a loop' }]);
    }
  }

  return {
    list(filter: { initiativeId?: string | undefined; measureId?: string | undefined }): PdsaCycle[] {
      const rows = (all.all() as PdsaCycle[]).filter((c) => (!filter.initiativeId || c.initiativeId === filter.initiativeId) && (!filter.measureId || c.measureId === filter.measureId));
      return inChainOrder(rows);
    },
    subjects: () => ({ initiatives: initiatives.all() as { id: string; title: string; goal: string }[], measures: measures.all() as { id: string; name: string }[] }),
    cycle,
    save(input: z.output<typeof PdsaCycleInput>): PdsaCycle {
      return store.transaction(() => {
        const before = input.id ? (stored.get(input.id) as PdsaFields | undefined) : undefined;
        if (input.id && !before) throw notFound('This PDSA cycle');
        if (input.initiativeId) requireRecord(db, 'initiatives', input.initiativeId, 'initiativeId', 'The initiative');
        if (input.measureId) requireRecord(db, 'measures', input.measureId, 'measureId', 'The measure');
        checkOwner(input.ownerStaffId);
        checkChain(input.id, input.previousCycleId);
        const { id: _id, ...fields } = input;
        const patch = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
        // The cycle as it would stand: what is stored, then what this save changes; a save that names no state keeps it.
        const next = { ...before, ...patch, state: input.state ?? before?.state ?? 'planned' } as PdsaFields;
        refuseProblems(pdsaProblems(before?.state ?? null, next));
        const id = input.id ?? store.insert(pdsaCycleEntity, { ...patch, state: next.state });
        if (input.id) store.update(pdsaCycleEntity, id, patch);
        return cycle(id);
      });
    },
    remove(id: string): void {
      store.transaction(() => {
        cycle(id);
        store.remove(pdsaCycleEntity, id);
      });
    },
  };
}
