// Measures through the handlers on real SQLite: definitions, values typed or pasted or imported, bad input refused with
// nothing written, the scorecard by perspective and goal, and a delete that says what goes with it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { goalEntity, pdsaCycleEntity, perspectiveEntity, planPeriodEntity } from '../../electron/core/planning/entities';
import type { MeasureInput } from '../../shared/contract/measures';
import { shiftPeriod } from '../../shared/domain/spc';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';

let core: TempCore;
let goalId: string;

const handHygiene: MeasureInput = {
  goalId: null, name: 'Hand hygiene compliance', definition: 'Observed opportunities where hand hygiene was done', type: 'proportion',
  numeratorDefinition: 'Opportunities with hand hygiene', denominatorDefinition: 'Opportunities observed', exclusions: null, source: 'Secret shoppers',
  frequency: 'monthly', direction: 'higher-is-better', unit: null, baseline: 82, target: 90,
};

beforeEach(() => {
  core = openTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
  // Goals belong to the strategy screens; here they are written through the store as those screens will.
  const { store } = core.context;
  const period = store.insert(planPeriodEntity, { name: 'FY2027', startsOn: '2026-07-01', endsOn: '2027-06-30' });
  const perspective = store.insert(perspectiveEntity, { planPeriodId: period, name: 'Quality & Safety', position: 1 });
  goalId = store.insert(goalEntity, { perspectiveId: perspective, title: 'Zero preventable harm', position: 1 });
});
afterEach(() => core.dispose());

async function measureWithValues(nums: number[], den = 100) {
  const { measure } = await core.call('measures.save', { measure: { ...handHygiene, goalId } });
  const values = nums.map((numerator, i) => ({ period: shiftPeriod('2024-01', 'monthly', i), numerator, denominator: den }));
  return core.call('measures.saveValues', { measureId: measure.id, values });
}

describe('measures and values', () => {
  it('saves a measure and its values, charted as a p-chart with limits from the baseline', async () => {
    const detail = await measureWithValues(Array.from({ length: 24 }, (_, i) => (i % 2 ? 84 : 86)));
    expect(detail.measure).toMatchObject({ name: 'Hand hygiene compliance', goalTitle: 'Zero preventable harm' });
    expect(detail.values).toHaveLength(24);
    expect(detail.analysis.chartName).toBe('p-chart');
    // p̄ = (12 × 84 + 12 × 86) / 2400 = 0.85 → 85%.
    expect(detail.analysis.points[0]!.centre).toBeCloseTo(85, 8);
    // 85% against a target of ≥ 90: missing it every month, with a run of points: at least at risk.
    expect(['at-risk', 'off-track']).toContain(detail.analysis.status);
    const logged = core.context.db.prepare("SELECT count(DISTINCT record_id) FROM change_log WHERE entity = 'measureValue'").pluck().get();
    expect(logged).toBe(24);
  });

  it('refuses each kind of bad value with a sentence on its field, writing nothing', async () => {
    const { measure } = await core.call('measures.save', { measure: { ...handHygiene, goalId } });
    const before = tableCounts(core);
    const cases: [Record<string, unknown>, RegExp, string][] = [
      [{ period: '2026-01', numerator: 91, denominator: 90 }, /numerator \(91\) is above the denominator \(90\)/, 'values.0.numerator'],
      [{ period: '2026-01', numerator: 1, denominator: 0 }, /denominator must be more than zero/, 'values.0.denominator'],
      [{ period: '2026-01', numerator: 1 }, /Enter the denominator/, 'values.0.denominator'],
      [{ period: '2026-Q1', numerator: 1, denominator: 2 }, /not a month: write it like 2026-03/, 'values.0.period'],
      [{ period: '2027-02', numerator: 1, denominator: 2 }, /has not begun yet/, 'values.0.period'],
    ];
    for (const [value, message, path] of cases) {
      const result = await core.dispatch('measures.saveValues', { measureId: measure.id, values: [value] });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(message) } });
      if (!result.ok) expect(result.error.issues?.map((i) => i.path)).toContain(path);
    }
    // Non-numeric is refused by the contract itself.
    expect(await core.dispatch('measures.saveValues', { measureId: measure.id, values: [{ period: '2026-01', numerator: 'twelve' as never, denominator: 2 }] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    // One duplicate period in a batch refuses the good rows with it.
    const dup = await core.dispatch('measures.saveValues', { measureId: measure.id, values: [{ period: '2026-01', numerator: 1, denominator: 2 }, { period: '2026-01', numerator: 1, denominator: 3 }] });
    expect(dup).toMatchObject({ ok: false, error: { message: expect.stringMatching(/2026-01 appears twice/) } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('imports pasted rows and a CSV with a report by line; one bad row writes nothing', async () => {
    const { measure } = await core.call('measures.save', { measure: { ...handHygiene, goalId } });
    const before = tableCounts(core);
    const bad = await core.call('measures.importValues', { measureId: measure.id, commit: true, text: '2026-01\t80\t100\n2026-02\tabc\t100\n2026-03\t5\t0\n2026-01\t81\t100\n' });
    expect(bad.written).toBe(0);
    expect(bad.rows).toEqual([
      { line: 1, period: '2026-01', problems: [] },
      { line: 2, period: '2026-02', problems: ['The numerator “abc” is not a number'] },
      { line: 3, period: '2026-03', problems: ['The denominator must be more than zero (nothing was counted that period?)'] },
      { line: 4, period: '2026-01', problems: ['2026-01 appears twice (lines 1 and 4): keep one'] },
    ]);
    expect(tableCounts(core)).toEqual(before);

    const csv = 'Month,Numerator,Denominator,Note\n2026-01,80,100,\n2026-02,85,100,Audit week\n';
    const preview = await core.call('measures.importValues', { measureId: measure.id, commit: false, fileName: 'hh.csv', dataBase64: Buffer.from(csv).toString('base64') });
    expect(preview).toMatchObject({ written: 0, problemCount: 0 });
    expect(tableCounts(core)).toEqual(before);
    const done = await core.call('measures.importValues', { measureId: measure.id, commit: true, fileName: 'hh.csv', dataBase64: Buffer.from(csv).toString('base64') });
    expect(done.written).toBe(2);
    const detail = await core.call('measures.get', { id: measure.id });
    expect(detail.values.map((v) => [v.period, v.numerator, v.annotation])).toEqual([['2026-01', 80, null], ['2026-02', 85, 'Audit week']]);
  });

  it('links a value only to a PDSA cycle of the same measure, and starts a new phase from it', async () => {
    const detail = await measureWithValues(Array.from({ length: 22 }, () => 80));
    const other = await core.call('measures.save', { measure: { ...handHygiene, name: 'Other', goalId } });
    const { store } = core.context;
    const mine = store.insert(pdsaCycleEntity, { measureId: detail.measure.id, title: 'Gel at every door', state: 'decided', act: 'adopt' });
    const theirs = store.insert(pdsaCycleEntity, { measureId: other.measure.id, title: 'Elsewhere', state: 'planned' });
    const refused = await core.dispatch('measures.saveValues', { measureId: detail.measure.id, values: [{ period: '2025-11', numerator: 95, denominator: 100, pdsaCycleId: theirs }] });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not one of this measure’s/) } });
    const shifted = await core.call('measures.saveValues', {
      measureId: detail.measure.id,
      values: [{ period: '2025-11', numerator: 95, denominator: 100, pdsaCycleId: mine, startsPhase: true, annotation: 'Gel at every door adopted' }],
    });
    expect(shifted.analysis.phases).toHaveLength(2);
    expect(shifted.values.at(-1)).toMatchObject({ pdsaCycleTitle: 'Gel at every door', startsPhase: true });
  });

  it('a delete says what goes with it, and removes the values and cycles through the store, logged', async () => {
    const detail = await measureWithValues([80, 81, 82]);
    core.context.store.insert(pdsaCycleEntity, { measureId: detail.measure.id, title: 'Gel at every door', state: 'planned' });
    const preview = await core.call('measures.removePreview', { id: detail.measure.id });
    expect(preview.sentence).toBe('Deleting Hand hygiene compliance also deletes its 3 values and its 1 PDSA cycle. Other laptops delete them at their next sync.');
    await core.call('measures.remove', { id: detail.measure.id });
    const { db } = core.context;
    expect(db.prepare('SELECT count(*) FROM measure_values').pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM change_log WHERE field = '_deleted' AND entity IN ('measureValue', 'pdsaCycle', 'measure')").pluck().get()).toBe(5);
  });
});

describe('scorecard', () => {
  it('groups measures by perspective and goal, rates the goal by its worst measure, filters by status, and reads as of a date', async () => {
    await measureWithValues(Array.from({ length: 24 }, () => 95));
    const steady = await core.call('measures.scorecard', {});
    expect(steady.perspectives[0]).toMatchObject({ name: 'Quality & Safety', planPeriod: 'FY2027', goals: [{ title: 'Zero preventable harm', status: 'on-track' }] });
    expect(steady.perspectives[0]!.goals[0]!.measures[0]).toMatchObject({ target: '≥ 90%', latest: '95%', latestPeriod: '2025-12', status: 'on-track' });

    const { measure } = await core.call('measures.save', { measure: { ...handHygiene, name: 'Falling', goalId } });
    // 20 months at 95%, then 4 months at 60%: below the limits and the target.
    await core.call('measures.saveValues', {
      measureId: measure.id,
      values: Array.from({ length: 24 }, (_, i) => ({ period: shiftPeriod('2024-01', 'monthly', i), numerator: i < 20 ? 95 : 60, denominator: 100 })),
    });
    const card = await core.call('measures.scorecard', {});
    expect(card.perspectives[0]!.goals[0]!.status).toBe('off-track');
    expect(card.counts).toMatchObject({ 'on-track': 1, 'off-track': 1 });
    const offOnly = await core.call('measures.scorecard', { status: 'off-track' });
    expect(offOnly.perspectives[0]!.goals[0]!.measures.map((m) => m.name)).toEqual(['Falling']);
    expect(offOnly.perspectives[0]!.goals[0]!.measures[0]!.signal).toMatchObject({ effect: 'adverse' });
    // The dashboard's tile counts what the filtered scorecard lists.
    expect((await core.call('dashboard.attention', {})).quality).toEqual({ offTrack: 1, atRisk: 0 });
    // As of 2025-09-15, only periods that ended before it: the fall had not happened.
    const before = await core.call('measures.scorecard', { asOf: '2025-09-01' });
    const falling = before.perspectives[0]!.goals[0]!.measures.find((m) => m.name === 'Falling')!;
    expect(falling).toMatchObject({ latestPeriod: '2025-08', status: 'on-track' });
  });
});
