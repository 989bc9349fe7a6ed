// Measures: their definition, values per period (typed, pasted or imported), the charts and signals read from them,
// and the scorecard by perspective and goal, as of any date (a packet asks for its meeting's date).
import { z } from 'zod';
import { measureFrequencies } from '../domain/spc/periods';
import { measureStatuses } from '../domain/spc/status';
import { measureTypes } from '../domain/spc/analysis';
import { channel } from './define';
import { AttachmentUpload } from './credentials';
import { Id, IsoDate, NonBlank } from './common';

export const MeasureType = z.enum(measureTypes);
export const MeasureFrequency = z.enum(measureFrequencies);
export const MeasureDirection = z.enum(['higher-is-better', 'lower-is-better']);
export const MeasureStatus = z.enum(measureStatuses);
export type MeasureStatus = z.infer<typeof MeasureStatus>;

const OptionalText = (label: string, max = 2000) => z.string().trim().max(max, `${label} is at most ${max} characters`).nullable().transform((s) => (s ? s : null));
const FiniteNumber = (label: string) => z.number({ message: `${label} must be a number` }).finite(`${label} must be a number`);

export const MeasureInput = z.object({
  goalId: Id.nullable(),
  initiativeId: Id.nullable().default(null),
  name: NonBlank('Name', 200),
  definition: OptionalText('The definition'),
  type: MeasureType,
  numeratorDefinition: OptionalText('The numerator definition'),
  denominatorDefinition: OptionalText('The denominator definition'),
  exclusions: OptionalText('Exclusions'),
  source: OptionalText('The source', 300),
  frequency: MeasureFrequency,
  direction: MeasureDirection,
  unit: OptionalText('The unit', 60),
  /** A rate is shown per this many units of its denominator (1,000 patient days). */
  rateMultiplier: z.number().positive('The rate multiplier is more than zero').nullable().default(null),
  /** Baseline and target in display units: a percentage for a proportion. */
  baseline: FiniteNumber('The baseline').nullable(),
  target: FiniteNumber('The target').nullable(),
  ownerStaffId: Id.nullable().default(null),
  committeeId: Id.nullable().default(null),
}).strict();
export type MeasureInput = z.input<typeof MeasureInput>;

export const Measure = z.object({
  id: Id,
  goalId: Id.nullable(),
  goalTitle: z.string().nullable(),
  initiativeId: Id.nullable(),
  name: z.string(),
  definition: z.string().nullable(),
  type: MeasureType,
  numeratorDefinition: z.string().nullable(),
  denominatorDefinition: z.string().nullable(),
  exclusions: z.string().nullable(),
  source: z.string().nullable(),
  frequency: MeasureFrequency,
  direction: MeasureDirection,
  unit: z.string().nullable(),
  rateMultiplier: z.number().nullable(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  ownerStaffId: Id.nullable(),
  ownerName: z.string().nullable(),
  committeeId: Id.nullable(),
});
export type Measure = z.infer<typeof Measure>;

export const MeasureValueInput = z.object({
  period: z.string().trim().min(1, 'Enter the period').max(10),
  numerator: FiniteNumber('The numerator').nullable().default(null),
  denominator: FiniteNumber('The denominator').nullable().default(null),
  value: FiniteNumber('The value').nullable().default(null),
  annotation: OptionalText('The annotation', 500).default(null),
  pdsaCycleId: Id.nullable().default(null),
  /** The limits are recalculated from this value: an annotated, sustained shift. */
  startsPhase: z.boolean().default(false),
}).strict();
export type MeasureValueInput = z.input<typeof MeasureValueInput>;

export const MeasureValue = z.object({
  id: Id,
  period: z.string(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
  annotation: z.string().nullable(),
  pdsaCycleId: Id.nullable(),
  pdsaCycleTitle: z.string().nullable(),
  startsPhase: z.boolean(),
});
export type MeasureValue = z.infer<typeof MeasureValue>;

export const Signal = z.object({
  chart: z.enum(['run', 'control', 'moving-range']),
  rule: z.string(),
  indices: z.array(z.number().int()),
  periods: z.array(z.string()),
  effect: z.enum(['adverse', 'favourable', 'neutral']),
  title: z.string(),
  explanation: z.string(),
});

export const MeasureAnalysis = z.object({
  kind: z.enum(['p', 'u', 'c', 'xmr']),
  chartName: z.string(),
  scale: z.number(),
  points: z.array(z.object({
    period: z.string(), y: z.number(), centre: z.number(), lower: z.number(), upper: z.number(), median: z.number(), phase: z.number().int(),
    movingRange: z.number().nullable(), movingRangeUpper: z.number().nullable(), movingRangeCentre: z.number().nullable(), annotation: z.string().nullable(),
  })),
  phases: z.array(z.object({ from: z.string(), to: z.string(), baselineCount: z.number().int(), centre: z.number(), median: z.number(), caveat: z.string().nullable() })),
  signals: z.array(Signal),
  status: MeasureStatus,
  latest: z.unknown(),
});

export const MeasureDetail = z.object({
  measure: Measure,
  values: z.array(MeasureValue),
  analysis: MeasureAnalysis,
  /** The measure's PDSA cycles, for the value's "explained by" picker. */
  pdsaCycles: z.array(z.object({ id: Id, title: z.string(), state: z.string() })),
});
export type MeasureDetail = z.infer<typeof MeasureDetail>;

export const ScorecardRow = z.object({
  measureId: Id,
  name: z.string(),
  type: MeasureType,
  chartName: z.string(),
  direction: MeasureDirection,
  target: z.string().nullable(),
  latestPeriod: z.string().nullable(),
  latest: z.string().nullable(),
  /** The last 12 plotted values, display units, for a sparkline. */
  trend: z.array(z.number()),
  /** The most telling current signal (adverse first), or null. */
  signal: z.object({ title: z.string(), effect: z.enum(['adverse', 'favourable', 'neutral']), explanation: z.string() }).nullable(),
  status: MeasureStatus,
});
export type ScorecardRow = z.infer<typeof ScorecardRow>;

export const Scorecard = z.object({
  asOf: IsoDate,
  perspectives: z.array(z.object({
    id: Id, name: z.string(), planPeriod: z.string(),
    goals: z.array(z.object({ id: Id, title: z.string(), status: MeasureStatus, measures: z.array(ScorecardRow) })),
  })),
  /** Measures filed under no goal (or whose goal was deleted). */
  unfiled: z.array(ScorecardRow),
  counts: z.record(MeasureStatus, z.number().int()),
});
export type Scorecard = z.infer<typeof Scorecard>;

export const ImportRow = z.object({ line: z.number().int(), period: z.string(), problems: z.array(z.string()) });
export const ValuesImportReport = z.object({
  /** Values written: 0 whenever any row has a problem (nothing is written until every row is right). */
  written: z.number().int(),
  rows: z.array(ImportRow),
  problemCount: z.number().int(),
});
export type ValuesImportReport = z.infer<typeof ValuesImportReport>;

const ById = z.object({ id: Id }).strict();

export const measuresContract = {
  'measures.list': channel({
    summary: 'Every measure, by name, with its goal',
    writes: false,
    input: z.object({}).strict(),
    output: z.array(Measure),
  }),
  'measures.get': channel({
    summary: 'A measure with its values, its run and control chart reading, signals in words, status and PDSA cycles',
    writes: false,
    input: z.object({ id: Id, asOf: IsoDate.optional() }).strict(),
    output: MeasureDetail,
  }),
  'measures.save': channel({
    summary: 'Add a measure, or change one’s definition (id given)',
    writes: true,
    input: z.object({ id: Id.optional(), measure: MeasureInput }).strict(),
    output: MeasureDetail,
  }),
  'measures.removePreview': channel({
    summary: 'What deleting a measure takes with it: its values and PDSA cycles',
    writes: false,
    input: ById,
    output: z.object({ id: Id, name: z.string(), values: z.number().int(), pdsaCycles: z.number().int(), sentence: z.string() }),
  }),
  'measures.remove': channel({
    summary: 'Delete a measure with its values and PDSA cycles',
    writes: true,
    input: ById,
    output: ById,
  }),
  'measures.saveValues': channel({
    summary: 'Add or correct values of a measure by period; any bad value refuses them all',
    writes: true,
    input: z.object({ measureId: Id, values: z.array(MeasureValueInput).min(1, 'Enter at least one value').max(1000) }).strict(),
    output: MeasureDetail,
  }),
  'measures.removeValue': channel({
    summary: 'Delete one value of a measure',
    writes: true,
    input: ById,
    output: ById,
  }),
  'measures.importValues': channel({
    summary: 'Read values pasted from a spreadsheet (text) or a CSV file, report every row, and write them only if every row is right',
    writes: true,
    input: z.union([
      z.object({ measureId: Id, text: z.string().min(1, 'Nothing was pasted').max(1_000_000), commit: z.boolean() }).strict(),
      AttachmentUpload.extend({ measureId: Id, commit: z.boolean() }).strict(),
    ]),
    output: ValuesImportReport,
  }),
  'measures.scorecard': channel({
    summary: 'The scorecard by perspective and goal: target, latest, trend, signal and status of every measure, as of a date',
    writes: false,
    input: z.object({ asOf: IsoDate.optional(), status: MeasureStatus.optional() }).strict(),
    output: Scorecard,
  }),
};
