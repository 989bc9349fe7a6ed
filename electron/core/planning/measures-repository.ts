// Reads and writes of measures and their values. Every write goes through the store; a value is judged by the shared
// value rule before anything is written, and a batch with one bad value writes nothing.
import type { Measure, MeasureDetail, MeasureInput, MeasureValue, MeasureValueInput } from '../../../shared/contract/measures';
import { MeasureValueInput as MeasureValueSchema } from '../../../shared/contract/measures';
import { analyseMeasure, type MeasureFacts, type MeasureReading } from '../../../shared/domain/spc/analysis';
import { periodEndsOn, type MeasureFrequency } from '../../../shared/domain/spc/periods';
import { valueProblems } from '../../../shared/domain/spc/value-rules';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { organisationCalendar } from '../settings/today';
import { measureEntity, measureValueEntity } from './entities';

const measureSelect = `SELECT m.id, m.goal_id AS goalId, g.title AS goalTitle, m.initiative_id AS initiativeId, m.name, m.definition, m.type,
    m.numerator_definition AS numeratorDefinition, m.denominator_definition AS denominatorDefinition, m.exclusions, m.source, m.frequency,
    m.direction, m.unit, m.rate_multiplier AS rateMultiplier, m.baseline, m.target, m.owner_staff_id AS ownerStaffId,
    CASE WHEN s.id IS NULL THEN NULL ELSE s.given_name || ' ' || s.family_name END AS ownerName, m.committee_id AS committeeId
  FROM measures m LEFT JOIN goals g ON g.id = m.goal_id LEFT JOIN staff s ON s.id = m.owner_staff_id`;

type ValueRow = Omit<MeasureValue, 'startsPhase'> & { startsPhase: number };

export function facts(m: Pick<Measure, 'type' | 'direction' | 'target' | 'rateMultiplier' | 'unit'>): MeasureFacts {
  return { type: m.type, direction: m.direction, target: m.target, rateMultiplier: m.rateMultiplier, unit: m.unit };
}

/** Values whose period ended before `asOf` (the packet's rule: what the committee could know on its meeting day). */
export function valuesAsOf<T extends { period: string }>(values: T[], frequency: MeasureFrequency, asOf: string | undefined): T[] {
  return asOf ? values.filter((v) => periodEndsOn(v.period, frequency) < asOf) : values;
}

export function measuresRepository(ctx: CoreContext) {
  const { db, store } = ctx;
  const calendar = organisationCalendar(ctx);
  const listMeasures = db.prepare(`${measureSelect} ORDER BY m.name COLLATE NOCASE`);
  const getMeasure = db.prepare(`${measureSelect} WHERE m.id = ?`);
  const valuesOf = db.prepare(`SELECT v.id, v.period, v.numerator, v.denominator, v.value, v.annotation, v.pdsa_cycle_id AS pdsaCycleId,
      c.title AS pdsaCycleTitle, v.starts_phase AS startsPhase
    FROM measure_values v LEFT JOIN pdsa_cycles c ON c.id = v.pdsa_cycle_id WHERE v.measure_id = ? ORDER BY v.period`);
  const valueIdAt = db.prepare('SELECT id FROM measure_values WHERE measure_id = ? AND period = ?').pluck();
  const cyclesOf = db.prepare('SELECT id, title, state FROM pdsa_cycles WHERE measure_id = ? ORDER BY coalesce(starts_on, created_at), title');
  const cycleMeasure = db.prepare('SELECT measure_id FROM pdsa_cycles WHERE id = ?').pluck();
  const exists = (table: string) => db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).pluck();
  const goalExists = exists('goals');
  const initiativeExists = exists('initiatives');
  const staffExists = exists('staff');
  const committeeExists = exists('committees');
  const valueMeasure = db.prepare('SELECT measure_id FROM measure_values WHERE id = ?').pluck();
  const countValues = db.prepare('SELECT count(*) FROM measure_values WHERE measure_id = ?').pluck();
  const countCycles = db.prepare('SELECT count(*) FROM pdsa_cycles WHERE measure_id = ?').pluck();

  function measure(id: string): Measure {
    const row = getMeasure.get(id) as Measure | undefined;
    if (!row) throw notFound('This measure');
    return row;
  }

  function values(measureId: string): MeasureValue[] {
    return (valuesOf.all(measureId) as ValueRow[]).map((v) => ({ ...v, startsPhase: v.startsPhase === 1 }));
  }

  function detail(id: string, asOf?: string): MeasureDetail {
    const m = measure(id);
    const shown = valuesAsOf(values(id), m.frequency, asOf);
    return {
      measure: m, values: shown, analysis: analyseMeasure(facts(m), shown as MeasureReading[]),
      pdsaCycles: cyclesOf.all(id) as MeasureDetail['pdsaCycles'],
    };
  }

  /** Links must point at records that exist; the sentence names which one does not. */
  function checkLinks(input: ReturnType<typeof MeasureInputOf>): void {
    const missing: { path: string; message: string }[] = [];
    if (input.goalId && !goalExists.get(input.goalId)) missing.push({ path: 'goalId', message: 'That goal does not exist (deleted on another laptop?)' });
    if (input.initiativeId && !initiativeExists.get(input.initiativeId)) missing.push({ path: 'initiativeId', message: 'That initiative does not exist' });
    if (input.ownerStaffId && !staffExists.get(input.ownerStaffId)) missing.push({ path: 'ownerStaffId', message: 'That owner is not on the staff list' });
    if (input.committeeId && !committeeExists.get(input.committeeId)) missing.push({ path: 'committeeId', message: 'That committee does not exist' });
    if (input.type === 'rate' && !input.rateMultiplier) missing.push({ path: 'rateMultiplier', message: 'A rate needs its multiplier (per 1,000 patient days: 1000)' });
    if (missing.length) throw new AppError('INVALID_INPUT', `${missing[0]!.message}.`, missing);
  }

  /**
   * Checks a batch of values against the measure (the shared rule, a duplicate period, a PDSA cycle of another
   * measure) and returns the problems by row; writes nothing.
   */
  function judgeValues(m: Measure, rows: readonly ReturnType<typeof ValueOf>[]): { index: number; path: string; message: string }[] {
    const today = calendar.today();
    const problems: { index: number; path: string; message: string }[] = [];
    const seen = new Map<string, number>();
    rows.forEach((v, index) => {
      for (const p of valueProblems(m, v, today)) problems.push({ index, ...p });
      const period = v.period.trim();
      const first = seen.get(period);
      if (first !== undefined) problems.push({ index, path: 'period', message: `${period} appears twice (rows ${first + 1} and ${index + 1}): keep one` });
      else seen.set(period, index);
      if (v.pdsaCycleId && cycleMeasure.get(v.pdsaCycleId) !== m.id) problems.push({ index, path: 'pdsaCycleId', message: 'That PDSA cycle is not one of this measure’s' });
    });
    return problems;
  }

  function writeValues(m: Measure, rows: readonly ReturnType<typeof ValueOf>[]): number {
    return store.transaction(() => {
      for (const v of rows) {
        const fields = {
          measureId: m.id, period: v.period.trim(), numerator: v.numerator, denominator: v.denominator, value: v.value,
          annotation: v.annotation, pdsaCycleId: v.pdsaCycleId, startsPhase: v.startsPhase,
        };
        const existing = valueIdAt.get(m.id, fields.period) as string | undefined;
        if (existing) store.update(measureValueEntity, existing, fields);
        else store.insert(measureValueEntity, fields);
      }
      return rows.length;
    });
  }

  return {
    list: () => listMeasures.all() as Measure[],
    measure,
    values,
    detail,
    save(id: string | undefined, input: MeasureInput): string {
      const parsed = MeasureInputOf(input);
      checkLinks(parsed);
      return store.transaction(() => {
        if (!id) return store.insert(measureEntity, parsed);
        const current = measure(id);
        if (current.type !== parsed.type && (countValues.get(id) as number) > 0) {
          throw new AppError('INVALID_INPUT', `${current.name} already has values counted as a ${current.type}: its type cannot change. Add a new measure instead.`, [{ path: 'type', message: 'Cannot change once values exist' }]);
        }
        if (current.frequency !== parsed.frequency && (countValues.get(id) as number) > 0) {
          throw new AppError('INVALID_INPUT', `${current.name} already has ${current.frequency} values: its frequency cannot change.`, [{ path: 'frequency', message: 'Cannot change once values exist' }]);
        }
        store.update(measureEntity, id, parsed);
        return id;
      });
    },
    judgeValues,
    /** Writes a batch of values (new periods added, existing ones corrected); one bad value refuses the batch. */
    saveValues(measureId: string, input: readonly MeasureValueInput[]): void {
      const m = measure(measureId);
      const rows = input.map(ValueOf);
      const problems = judgeValues(m, rows);
      if (problems.length) {
        const p = problems[0]!;
        const where = rows.length > 1 ? `${rows[p.index]!.period || `Row ${p.index + 1}`}: ` : '';
        throw new AppError('INVALID_INPUT', `${where}${p.message}. Nothing was saved.`, problems.map((x) => ({ path: `values.${x.index}.${x.path}`, message: x.message })));
      }
      writeValues(m, rows);
    },
    writeValues,
    removeValue(id: string): void {
      if (!valueMeasure.get(id)) throw notFound('This value');
      store.remove(measureValueEntity, id);
    },
    removePreview(id: string) {
      const m = measure(id);
      const valueCount = countValues.get(id) as number;
      const cycles = countCycles.get(id) as number;
      const parts = [`${valueCount} value${valueCount === 1 ? '' : 's'}`, `${cycles} PDSA cycle${cycles === 1 ? '' : 's'}`];
      return { id, name: m.name, values: valueCount, pdsaCycles: cycles, sentence: `Deleting ${m.name} also deletes its ${parts.join(' and its ')}. Other laptops delete them at their next sync.` };
    },
    remove(id: string): void {
      measure(id);
      // The store removes the values and cycles first, each logged, as the schema's ON DELETE CASCADE says.
      store.remove(measureEntity, id);
    },
  };
}

function MeasureInputOf(input: MeasureInput) {
  return {
    goalId: input.goalId ?? null, initiativeId: input.initiativeId ?? null, name: input.name, definition: input.definition ?? null, type: input.type,
    numeratorDefinition: input.numeratorDefinition ?? null, denominatorDefinition: input.denominatorDefinition ?? null, exclusions: input.exclusions ?? null,
    source: input.source ?? null, frequency: input.frequency, direction: input.direction, unit: input.unit ?? null, rateMultiplier: input.rateMultiplier ?? null,
    baseline: input.baseline ?? null, target: input.target ?? null, ownerStaffId: input.ownerStaffId ?? null, committeeId: input.committeeId ?? null,
  };
}

function ValueOf(input: MeasureValueInput) {
  const v = MeasureValueSchema.parse(input);
  return { ...v, period: v.period.trim() };
}
