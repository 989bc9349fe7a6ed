// The strategic plan and PDSA cycles through the handlers: the tree, deletes that say what goes with them (and go
// through the store's log), the PDSA state rule, and bad input refused with nothing written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { measureEntity } from '../../electron/core/planning/entities';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { smallOrganisation } from '../support/staff-fixtures';

let core: TempCore;
let owner: string;
let periodId: string;
let perspectiveId: string;

beforeEach(async () => {
  core = openTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
  owner = (await smallOrganisation(core)).practitioner.id;
  periodId = (await core.call('strategy.savePeriod', { name: 'FY2027', startsOn: '2026-07-01', endsOn: '2027-06-30' })).id;
  perspectiveId = (await core.call('strategy.savePerspective', { planPeriodId: periodId, name: 'Quality & Safety' })).id;
});
afterEach(() => core.dispose());

async function goalWithWork() {
  const goal = await core.call('strategy.saveGoal', { perspectiveId, title: 'Zero avoidable harm', ownerStaffId: owner });
  const initiative = await core.call('strategy.saveInitiative', {
    goalId: goal.id, title: 'Sepsis bundle in the ED', ownerStaffId: owner, startsOn: '2026-08-01', dueOn: '2027-03-31', status: 'active', budgetPlanned: 120000, budgetSpent: 45000,
  });
  await core.call('strategy.saveMilestone', { initiativeId: initiative.id, title: 'Order set live', dueOn: '2026-10-01', doneOn: '2026-09-28' });
  const cycle = await core.call('pdsa.save', { initiativeId: initiative.id, title: 'Nurse-initiated lactate' });
  const measureId = core.context.store.insert(measureEntity, { goalId: goal.id, initiativeId: initiative.id, name: 'Sepsis bundle compliance', type: 'proportion', frequency: 'monthly', direction: 'higher-is-better' });
  return { goal, initiative, cycle, measureId };
}

describe('the strategic plan', () => {
  it('reads perspectives → goals → initiatives with milestones, owners, budgets and the measures filed under each goal', async () => {
    await goalWithWork();
    const plan = await core.call('strategy.plan', { planPeriodId: periodId });
    expect(plan.period.name).toBe('FY2027');
    const goal = plan.perspectives[0]!.goals[0]!;
    expect(goal).toMatchObject({ title: 'Zero avoidable harm', ownerName: 'Amara Quillmere, MD', measures: [{ name: 'Sepsis bundle compliance' }] });
    expect(goal.initiatives[0]).toMatchObject({ title: 'Sepsis bundle in the ED', budgetPlanned: 120000, budgetSpent: 45000, status: 'active', pdsaCycles: 1, milestones: [{ title: 'Order set live', doneOn: '2026-09-28' }] });
  });

  it('keeps an initiative’s status when an edit does not name it', async () => {
    const { initiative, goal } = await goalWithWork();
    await core.call('strategy.saveInitiative', { id: initiative.id, goalId: goal.id, title: 'Sepsis bundle, ED and wards' });
    const plan = await core.call('strategy.plan', { planPeriodId: periodId });
    expect(plan.perspectives[0]!.goals[0]!.initiatives[0]).toMatchObject({ title: 'Sepsis bundle, ED and wards', status: 'active' });
  });

  it('previews what deleting a goal takes, then deletes it through the store: measures stay, unfiled', async () => {
    const { goal, measureId } = await goalWithWork();
    const preview = await core.call('strategy.removalPreview', { kind: 'goal', id: goal.id });
    expect(preview).toEqual({ title: 'Zero avoidable harm', goals: [], initiatives: ['Sepsis bundle in the ED'], milestones: ['Order set live'], pdsaCycles: ['Nurse-initiated lactate'], measuresUnfiled: ['Sepsis bundle compliance'] });
    expect(await core.call('strategy.remove', { kind: 'goal', id: goal.id })).toEqual(preview);
    const { db } = core.context;
    expect(db.prepare('SELECT count(*) FROM initiatives').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM milestones').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM pdsa_cycles').pluck().get()).toBe(0);
    expect(db.prepare('SELECT goal_id, initiative_id FROM measures WHERE id = ?').get(measureId)).toEqual({ goal_id: null, initiative_id: null });
    // Every removal and every cleared link is in the change log, so other laptops receive it.
    const deleted = db.prepare("SELECT entity FROM change_log WHERE field = '_deleted' ORDER BY entity").pluck().all();
    expect(deleted).toEqual(['goal', 'initiative', 'milestone', 'pdsaCycle']);
    expect(db.prepare("SELECT count(*) FROM change_log WHERE entity = 'measure' AND field IN ('goalId', 'initiativeId') AND new_value = 'null'").pluck().get()).toBe(2);
  });

  it('refuses a missing title, reversed dates, a negative budget and an unknown owner with a sentence, writing nothing', async () => {
    const { goal } = await goalWithWork();
    const before = tableCounts(core);
    const cases = [
      [{ goalId: goal.id, title: '  ' }, /Title is required/, 'title'],
      [{ goalId: goal.id, title: 'X', startsOn: '2027-01-01', dueOn: '2026-01-01' }, /due date cannot be before the start/, 'dueOn'],
      [{ goalId: goal.id, title: 'X', budgetPlanned: -5 }, /planned budget cannot be negative/, 'budgetPlanned'],
      [{ goalId: goal.id, title: 'X', ownerStaffId: 'nobody' }, /owner is not on the staff list/, 'ownerStaffId'],
      [{ goalId: 'no-such-goal', title: 'X' }, /goal was not found/, 'goalId'],
    ] as const;
    for (const [input, message, path] of cases) {
      const result = await core.dispatch('strategy.saveInitiative', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(message), issues: expect.arrayContaining([expect.objectContaining({ path })]) } });
    }
    expect(await core.dispatch('strategy.savePeriod', { name: 'FY2028', startsOn: '2028-07-01', endsOn: '2027-06-30' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await core.dispatch('strategy.savePeriod', { name: 'fy2027', startsOn: '2026-07-01', endsOn: '2027-06-30' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(tableCounts(core)).toEqual(before);
  });
});

describe('PDSA cycles', () => {
  it('moves planned → doing → studying → decided only with what each step needs, and chains cycles', async () => {
    const { initiative, cycle } = await goalWithWork();
    const base = { id: cycle.id, initiativeId: initiative.id, title: cycle.title };
    const before = tableCounts(core);
    const refused = await core.dispatch('pdsa.save', { ...base, state: 'doing' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/prediction/) } });
    const skipped = await core.dispatch('pdsa.save', { ...base, state: 'studying', prediction: 'p', plan: 'q', observations: 'o' });
    expect(skipped).toMatchObject({ ok: false, error: { message: expect.stringMatching(/one step at a time/) } });
    const undecided = await core.dispatch('pdsa.save', { ...base, state: 'decided', prediction: 'p', plan: 'q', observations: 'o', study: 's' });
    expect(undecided.ok).toBe(false);
    expect(tableCounts(core)).toEqual(before);

    await core.call('pdsa.save', { ...base, state: 'doing', prediction: 'Lactate within 1 hour for 8 in 10', plan: 'Triage nurses, ED, two weeks' });
    await core.call('pdsa.save', { ...base, state: 'studying', observations: '17 of 20 within the hour' });
    const decided = await core.call('pdsa.save', { ...base, state: 'decided', study: 'Better than predicted', act: 'adapt' });
    expect(decided).toMatchObject({ state: 'decided', act: 'adapt', prediction: 'Lactate within 1 hour for 8 in 10', subject: 'Sepsis bundle in the ED' });

    const second = await core.call('pdsa.save', { initiativeId: initiative.id, title: 'Lactate on all wards', previousCycleId: cycle.id });
    expect((await core.call('pdsa.list', { initiativeId: initiative.id })).map((c) => c.title)).toEqual(['Nurse-initiated lactate', 'Lactate on all wards']);
    const loop = await core.dispatch('pdsa.save', { ...base, previousCycleId: second.id });
    expect(loop).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/loop|follow itself/) } });
    const noSubject = await core.dispatch('pdsa.save', { title: 'Orphan' });
    expect(noSubject).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/initiative or the measure/) } });
  });
});
