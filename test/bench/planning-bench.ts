// Bench figures for the scorecard: 200 measures × 5 years of monthly values read through the handler (contract
// validation in and out, repository, analysis, grouping) against the floor of the same rows read by one plain SQL
// query and analysed by the same pure function; and the limits and signals of all 200 on their own.
import type { CoreContext } from '../../electron/core/context';
import { openCore } from '../../electron/core/core';
import { goalEntity, measureEntity, measureValueEntity, perspectiveEntity, planPeriodEntity } from '../../electron/core/planning/entities';
import { analyseMeasure, shiftPeriod, type MeasureReading, type MeasureType } from '../../shared/domain/spc';
import { figure, medianMs, type Figure } from './measure';

const types: readonly MeasureType[] = ['proportion', 'rate', 'count', 'continuous'];

/** 200 measures × 60 months by default, every chart kind, written through the store: the bench's and the e2e's data. */
export function seedScorecard(ctx: CoreContext, measures = 200, months = 60): void {
  const { store } = ctx;
  // A deterministic spread of values: enough variety for every chart kind and some signals.
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  store.transaction(() => {
    const period = store.insert(planPeriodEntity, { name: 'FY2027', startsOn: '2026-07-01', endsOn: '2027-06-30' });
    const goals: string[] = [];
    for (let p = 0; p < 4; p++) {
      const perspective = store.insert(perspectiveEntity, { planPeriodId: period, name: `Perspective ${p + 1}`, position: p });
      for (let g = 0; g < 5; g++) goals.push(store.insert(goalEntity, { perspectiveId: perspective, title: `Goal ${p + 1}.${g + 1}`, position: g }));
    }
    for (let i = 0; i < measures; i++) {
      const type = types[i % types.length]!;
      const id = store.insert(measureEntity, {
        goalId: goals[i % goals.length]!, name: `Measure ${String(i + 1).padStart(3, '0')}`, type, frequency: 'monthly',
        direction: i % 2 ? 'higher-is-better' : 'lower-is-better', target: type === 'proportion' ? 80 : type === 'rate' ? 5 : 10,
        rateMultiplier: type === 'rate' ? 1000 : null,
      });
      for (let m = 0; m < months; m++) {
        const period = shiftPeriod('2021-11', 'monthly', m);
        const ratio = type === 'proportion' || type === 'rate';
        const den = 900 + Math.floor(next() * 200);
        store.insert(measureValueEntity, {
          measureId: id, period, startsPhase: false,
          numerator: ratio ? Math.floor(den * (type === 'proportion' ? 0.75 + next() * 0.1 : 0.004 + next() * 0.002)) : null,
          denominator: ratio ? den : null,
          value: ratio ? null : type === 'count' ? Math.floor(8 + next() * 6) : 40 + next() * 10,
        });
      }
    }
  });
}

export async function planningFigures(dataDir: string, measures = 200, months = 60): Promise<Record<string, Figure>> {
  const core = openCore({ dataDir });
  try {
    seedScorecard(core.context, measures, months);
    const { db } = core.context;

    const ours = await medianMs(() => core.dispatch('measures.scorecard', {}), { iterations: 20, warmup: 3 });

    // The floor: one plain query for the same rows, grouped in a Map and analysed by the same pure function.
    const plain = db.prepare(`SELECT m.id, m.name, m.type, m.direction, m.target, m.rate_multiplier AS rateMultiplier, m.unit, m.goal_id AS goalId,
        v.period, v.numerator, v.denominator, v.value, v.starts_phase AS startsPhase
      FROM measures m JOIN measure_values v ON v.measure_id = m.id ORDER BY m.id, v.period`);
    type Row = { id: string; name: string; type: MeasureType; direction: 'higher-is-better' | 'lower-is-better'; target: number | null; rateMultiplier: number | null; unit: string | null; goalId: string } & Omit<MeasureReading, 'startsPhase'> & { startsPhase: number };
    const readAll = () => {
      const byMeasure = new Map<string, { facts: Row; readings: MeasureReading[] }>();
      for (const r of plain.iterate() as Iterable<Row>) {
        let entry = byMeasure.get(r.id);
        if (!entry) byMeasure.set(r.id, (entry = { facts: r, readings: [] }));
        entry.readings.push({ period: r.period, numerator: r.numerator, denominator: r.denominator, value: r.value, startsPhase: r.startsPhase === 1 });
      }
      return byMeasure;
    };
    const floor = await medianMs(() => {
      for (const { facts, readings } of readAll().values()) analyseMeasure(facts, readings);
    }, { iterations: 20, warmup: 3 });

    const loaded = [...readAll().values()];
    const analysis = await medianMs(() => {
      for (const { facts, readings } of loaded) analyseMeasure(facts, readings);
    }, { iterations: 20, warmup: 3 });
    const readOnly = await medianMs(() => readAll(), { iterations: 20, warmup: 3 });

    return {
      [`scorecard, ${measures} measures × ${months} months (handler vs plain SQL + the same analysis)`]: figure(ours, floor),
      // Limits and signals alone, against reading the rows alone: how the scorecard's time divides.
      [`limits and signals for all ${measures} measures (vs reading their values)`]: figure(analysis, readOnly),
    };
  } finally {
    core.close();
  }
}
