// Reads and writes of the strategic plan: plan periods, perspectives, goals, initiatives and milestones. A delete goes
// through store.remove (which removes dependants as logged changes); the preview lists what it will take first.
import type { z } from 'zod';
import type { GoalInput, InitiativeInput, Milestone, MilestoneInput, PerspectiveInput, Plan, PlanPeriod, PlanPeriodInput, RemovalPreview } from '../../../shared/contract/strategy';
import type { planRecordKinds } from '../../../shared/contract/strategy';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { goalEntity, initiativeEntity, milestoneEntity, perspectiveEntity, planPeriodEntity } from './entities';
import { ownerCheck, ownerNameSql, requireRecord } from './owners';

type PlanRecordKind = (typeof planRecordKinds)[number];
const entityOf = { perspective: perspectiveEntity, goal: goalEntity, initiative: initiativeEntity, milestone: milestoneEntity } as const;
const tableOf = { perspective: 'perspectives', goal: 'goals', initiative: 'initiatives', milestone: 'milestones' } as const;

/** Drops the id and undefined fields: what a save writes. */
function fieldsOf<T extends { id?: string | undefined }>(input: T): Omit<T, 'id'> {
  const { id: _id, ...rest } = input;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Omit<T, 'id'>;
}

export function strategyRepository(ctx: CoreContext) {
  const { db, store } = ctx;
  const checkOwner = ownerCheck(db);
  const periods = db.prepare('SELECT id, name, starts_on AS startsOn, ends_on AS endsOn FROM plan_periods ORDER BY starts_on DESC, name');
  const period = db.prepare('SELECT id, name, starts_on AS startsOn, ends_on AS endsOn FROM plan_periods WHERE id = ?');
  const periodNamed = db.prepare('SELECT id FROM plan_periods WHERE name = ? COLLATE NOCASE AND id IS NOT ?').pluck();
  const perspectives = db.prepare('SELECT id, plan_period_id AS planPeriodId, name, position FROM perspectives WHERE plan_period_id = ? ORDER BY position, name');
  const goals = db.prepare(`SELECT g.id, g.perspective_id AS perspectiveId, g.title, g.description, g.owner_staff_id AS ownerStaffId,
      ${ownerNameSql('s')} AS ownerName, g.position
    FROM goals g JOIN perspectives p ON p.id = g.perspective_id LEFT JOIN staff s ON s.id = g.owner_staff_id
    WHERE p.plan_period_id = ? ORDER BY g.position, g.title`);
  const initiatives = db.prepare(`SELECT i.id, i.goal_id AS goalId, i.title, i.description, i.owner_staff_id AS ownerStaffId, ${ownerNameSql('s')} AS ownerName,
      i.starts_on AS startsOn, i.due_on AS dueOn, i.status, i.budget_planned AS budgetPlanned, i.budget_spent AS budgetSpent,
      (SELECT count(*) FROM pdsa_cycles c WHERE c.initiative_id = i.id) AS pdsaCycles
    FROM initiatives i JOIN goals g ON g.id = i.goal_id JOIN perspectives p ON p.id = g.perspective_id LEFT JOIN staff s ON s.id = i.owner_staff_id
    WHERE p.plan_period_id = ? ORDER BY coalesce(i.starts_on, '9999'), i.title`);
  const milestones = db.prepare(`SELECT m.id, m.initiative_id AS initiativeId, m.title, m.due_on AS dueOn, m.done_on AS doneOn
    FROM milestones m JOIN initiatives i ON i.id = m.initiative_id JOIN goals g ON g.id = i.goal_id JOIN perspectives p ON p.id = g.perspective_id
    WHERE p.plan_period_id = ? ORDER BY m.due_on, m.title`);
  const measures = db.prepare(`SELECT m.id, m.name, m.goal_id AS goalId FROM measures m JOIN goals g ON g.id = m.goal_id JOIN perspectives p ON p.id = g.perspective_id
    WHERE p.plan_period_id = ? ORDER BY m.name`);
  const nextPosition = (table: string, column: string, parent: string) =>
    db.prepare(`SELECT coalesce(max(position) + 1, 0) FROM ${table} WHERE ${column} = ?`).pluck().get(parent) as number;

  function getPeriod(id: string): PlanPeriod {
    const row = period.get(id) as PlanPeriod | undefined;
    if (!row) throw notFound('This plan period');
    return row;
  }

  function requireOwn(kind: PlanRecordKind, id: string): void {
    if (db.prepare(`SELECT 1 FROM ${tableOf[kind]} WHERE id = ?`).pluck().get(id) !== 1) throw notFound(`This ${kind}`);
  }

  /** Everything a delete takes, by the schema's cascades for the plan tables, read before anything is removed. */
  function removalPreview(kind: PlanRecordKind, id: string): RemovalPreview {
    requireOwn(kind, id);
    const titleOf = db.prepare(`SELECT ${kind === 'perspective' ? 'name' : 'title'} FROM ${tableOf[kind]} WHERE id = ?`).pluck().get(id) as string;
    const goalIds = kind === 'perspective' ? db.prepare('SELECT id FROM goals WHERE perspective_id = ?').pluck().all(id) as string[] : kind === 'goal' ? [id] : [];
    const inList = (ids: readonly string[]) => ids.map(() => '?').join(',') || 'NULL';
    const initiativeIds = kind === 'initiative' ? [id]
      : db.prepare(`SELECT id FROM initiatives WHERE goal_id IN (${inList(goalIds)})`).pluck().all(...goalIds) as string[];
    const titles = (sql: string, ids: readonly string[]) => db.prepare(sql.replace('$ids', inList(ids))).pluck().all(...ids) as string[];
    return {
      title: titleOf,
      goals: kind === 'perspective' ? titles('SELECT title FROM goals WHERE id IN ($ids) ORDER BY position, title', goalIds) : [],
      initiatives: kind === 'initiative' ? [] : titles('SELECT title FROM initiatives WHERE id IN ($ids) ORDER BY title', initiativeIds),
      milestones: kind === 'milestone' ? [] : titles('SELECT title FROM milestones WHERE initiative_id IN ($ids) ORDER BY due_on', initiativeIds),
      pdsaCycles: titles('SELECT title FROM pdsa_cycles WHERE initiative_id IN ($ids) ORDER BY title', initiativeIds),
      measuresUnfiled: kind === 'milestone' ? [] : db.prepare(`SELECT name FROM measures WHERE goal_id IN (${inList(goalIds)}) OR initiative_id IN (${inList(initiativeIds)}) ORDER BY name`)
        .pluck().all(...goalIds, ...initiativeIds) as string[],
    };
  }

  return {
    periods: () => periods.all() as PlanPeriod[],
    savePeriod(input: z.output<typeof PlanPeriodInput>): PlanPeriod {
      return store.transaction(() => {
        if (input.id) getPeriod(input.id);
        if (periodNamed.get(input.name, input.id ?? null)) {
          throw new AppError('CONFLICT', `There is already a plan period named “${input.name}”.`, [{ path: 'name', message: 'Already the name of another plan period' }]);
        }
        const id = input.id ?? store.insert(planPeriodEntity, fieldsOf(input));
        if (input.id) store.update(planPeriodEntity, id, fieldsOf(input));
        return getPeriod(id);
      });
    },
    plan(planPeriodId: string): Plan {
      const p = getPeriod(planPeriodId);
      const ms = milestones.all(planPeriodId) as Milestone[];
      const inits = (initiatives.all(planPeriodId) as Omit<Plan['perspectives'][number]['goals'][number]['initiatives'][number], 'milestones'>[])
        .map((i) => ({ ...i, milestones: ms.filter((m) => m.initiativeId === i.id) }));
      const meas = measures.all(planPeriodId) as { id: string; name: string; goalId: string }[];
      const gs = (goals.all(planPeriodId) as Omit<Plan['perspectives'][number]['goals'][number], 'initiatives' | 'measures'>[]).map((g) => ({
        ...g,
        initiatives: inits.filter((i) => i.goalId === g.id),
        measures: meas.filter((m) => m.goalId === g.id).map(({ id, name }) => ({ id, name })),
      }));
      const ps = (perspectives.all(planPeriodId) as Omit<Plan['perspectives'][number], 'goals'>[]).map((x) => ({ ...x, goals: gs.filter((g) => g.perspectiveId === x.id) }));
      return { period: p, perspectives: ps };
    },
    savePerspective(input: z.output<typeof PerspectiveInput>): string {
      return store.transaction(() => {
        requireRecord(db, 'plan_periods', input.planPeriodId, 'planPeriodId', 'The plan period');
        if (input.id) {
          requireOwn('perspective', input.id);
          store.update(perspectiveEntity, input.id, fieldsOf(input));
          return input.id;
        }
        return store.insert(perspectiveEntity, { ...fieldsOf(input), position: input.position ?? nextPosition('perspectives', 'plan_period_id', input.planPeriodId) });
      });
    },
    saveGoal(input: z.output<typeof GoalInput>): string {
      return store.transaction(() => {
        requireRecord(db, 'perspectives', input.perspectiveId, 'perspectiveId', 'The perspective');
        checkOwner(input.ownerStaffId);
        if (input.id) {
          requireOwn('goal', input.id);
          store.update(goalEntity, input.id, fieldsOf(input));
          return input.id;
        }
        return store.insert(goalEntity, { ...fieldsOf(input), position: input.position ?? nextPosition('goals', 'perspective_id', input.perspectiveId) });
      });
    },
    saveInitiative(input: z.output<typeof InitiativeInput>): string {
      return store.transaction(() => {
        requireRecord(db, 'goals', input.goalId, 'goalId', 'The goal');
        checkOwner(input.ownerStaffId);
        if (input.id) {
          requireOwn('initiative', input.id);
          store.update(initiativeEntity, input.id, fieldsOf(input));
          return input.id;
        }
        return store.insert(initiativeEntity, { status: 'proposed', ...fieldsOf(input) });
      });
    },
    saveMilestone(input: z.output<typeof MilestoneInput>): string {
      return store.transaction(() => {
        requireRecord(db, 'initiatives', input.initiativeId, 'initiativeId', 'The initiative');
        if (input.id) {
          requireOwn('milestone', input.id);
          store.update(milestoneEntity, input.id, fieldsOf(input));
          return input.id;
        }
        return store.insert(milestoneEntity, fieldsOf(input));
      });
    },
    removalPreview,
    remove(kind: PlanRecordKind, id: string): RemovalPreview {
      return store.transaction(() => {
        const preview = removalPreview(kind, id);
        store.remove(entityOf[kind], id);
        return preview;
      });
    },
  };
}
