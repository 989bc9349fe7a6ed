// The sample hospital's plan, PDSA cycles and risk register: the same for a seed, every PDSA state with a chain that
// obeys the state rule, and fifteen risks with escalations, reviews due and movement since the last meeting.
import { afterEach, describe, expect, it } from 'vitest';
import { pdsaProblems } from '../../shared/domain/pdsa';
import { seedSampleHospital } from '../../electron/core/sample/hospital';
import { openTempCore, type TempCore } from '../support/temp-core';

const opened: TempCore[] = [];
afterEach(() => opened.splice(0).forEach((c) => c.dispose()));
const today = new Date('2026-11-23T12:00:00Z');
const fresh = () => {
  const core = openTempCore({ now: () => today });
  opened.push(core);
  return core;
};
const planContent = (core: TempCore) => ['initiatives', 'milestones', 'pdsa_cycles', 'risks', 'risk_assessments']
  .map((t) => core.context.db.prepare(`SELECT * FROM ${t} ORDER BY id`).all().map((r) => ({ ...(r as object), created_at: null, updated_at: null })));

describe('sample plan, PDSA cycles and risks', () => {
  it('is the same for the same seed', () => {
    const [a, b] = [fresh(), fresh()];
    seedSampleHospital(a.context, { staff: 60, seed: 4, today });
    seedSampleHospital(b.context, { staff: 60, seed: 4, today });
    expect(planContent(a)).toEqual(planContent(b));
  });

  it('has initiatives with milestones and budgets under four perspectives, and cycles in every state with a chain', async () => {
    const core = fresh();
    await core.call('app.seedSample', { staff: 120, seed: 1 });
    const [period] = await core.call('strategy.periods', {});
    expect(period).toMatchObject({ name: 'FY2027', startsOn: '2026-07-01', endsOn: '2027-06-30' });
    const plan = await core.call('strategy.plan', { planPeriodId: period!.id });
    expect(plan.perspectives.map((p) => p.name)).toEqual(['Quality & Safety', 'Patient Experience', 'People', 'Finance & Stewardship']);
    const initiatives = plan.perspectives.flatMap((p) => p.goals.flatMap((g) => g.initiatives));
    expect(initiatives.length).toBeGreaterThanOrEqual(10);
    expect(initiatives.every((i) => i.milestones.length > 0 && i.ownerName)).toBe(true);
    expect(initiatives.some((i) => (i.budgetSpent ?? 0) > 0)).toBe(true);

    const cycles = await core.call('pdsa.list', {});
    expect(new Set(cycles.map((c) => c.state))).toEqual(new Set(['planned', 'doing', 'studying', 'decided']));
    expect(new Set(cycles.filter((c) => c.act).map((c) => c.act))).toEqual(new Set(['adopt', 'adapt', 'abandon']));
    for (const c of cycles) expect(pdsaProblems(null, { ...c, state: 'planned' }).filter((p) => p.path !== 'act')).toEqual([]);
    for (const c of cycles) expect(pdsaProblems(c.state, c)).toEqual([]);
    const third = cycles.find((c) => c.previousCycleId && cycles.find((p) => p.id === c.previousCycleId)?.previousCycleId);
    expect(third?.title).toMatch(/pre-mixed/);
  });

  it('has fifteen risks: some escalated, some due for review, some moved since a month ago, one closed', async () => {
    const core = fresh();
    await core.call('app.seedSample', { staff: 120, seed: 1 });
    const all = await core.call('risks.list', { show: 'all', since: '2026-10-23' });
    expect(all.rows).toHaveLength(15);
    const open = await core.call('risks.list', { since: '2026-10-23' });
    expect(open.rows).toHaveLength(14);
    expect(open.rows.filter((r) => r.escalated).length).toBeGreaterThanOrEqual(2);
    expect(open.rows.filter((r) => r.reviewDue).length).toBeGreaterThanOrEqual(3);
    expect(new Set(open.rows.map((r) => r.moved?.movement))).toEqual(new Set(['up', 'down', 'unchanged']));
  });
});
