// What a measure's value must be to be charted: one rule for the grid, the paste, the CSV import and the core.
import type { MeasureType } from './analysis';
import { periodInFuture, periodProblem, type MeasureFrequency } from './periods';

export interface ValueFacts {
  period: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

export interface ValueProblem {
  path: 'period' | 'numerator' | 'denominator' | 'value';
  message: string;
}

/** A measure counted as numerator over denominator (a proportion or a rate) rather than one value per period. */
export const isRatioType = (type: MeasureType) => type === 'proportion' || type === 'rate';

export function valueProblems(measure: { type: MeasureType; frequency: MeasureFrequency }, v: ValueFacts, today: string): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const period = periodProblem(v.period, measure.frequency);
  if (period) problems.push({ path: 'period', message: period });
  else if (periodInFuture(v.period, measure.frequency, today)) problems.push({ path: 'period', message: `${v.period} has not begun yet: a value cannot be entered for a future period` });
  if (isRatioType(measure.type)) {
    if (v.numerator === null) problems.push({ path: 'numerator', message: 'Enter the numerator' });
    else if (v.numerator < 0) problems.push({ path: 'numerator', message: 'The numerator cannot be negative' });
    if (v.denominator === null) problems.push({ path: 'denominator', message: 'Enter the denominator: without it the rate cannot be charted' });
    else if (v.denominator <= 0) problems.push({ path: 'denominator', message: 'The denominator must be more than zero (nothing was counted that period?)' });
    if (measure.type === 'proportion' && v.numerator !== null && v.denominator !== null && v.denominator > 0 && v.numerator > v.denominator) {
      problems.push({ path: 'numerator', message: `The numerator (${v.numerator}) is above the denominator (${v.denominator}): a proportion cannot pass 100%` });
    }
  } else {
    if (v.value === null) problems.push({ path: 'value', message: 'Enter the value' });
    else if (measure.type === 'count' && (v.value < 0 || !Number.isInteger(v.value))) problems.push({ path: 'value', message: 'A count is a whole number, 0 or more' });
  }
  return problems;
}

/** Reads a typed or pasted number ("1,234", " 12.5 ", "") — null when blank, NaN when it is not a number. */
export function readNumber(text: string | null | undefined): number | null {
  const t = (text ?? '').trim().replace(/,(?=\d{3}\b)/g, '');
  if (t === '') return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}
