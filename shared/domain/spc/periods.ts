// Measurement periods as text a spreadsheet and a director both read: monthly 2026-03, quarterly 2026-Q1, annual 2026.
export const measureFrequencies = ['monthly', 'quarterly', 'annual'] as const;
export type MeasureFrequency = (typeof measureFrequencies)[number];

const patterns: Record<MeasureFrequency, RegExp> = {
  monthly: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarterly: /^(\d{4})-Q([1-4])$/,
  annual: /^(\d{4})$/,
};

export const periodExamples: Record<MeasureFrequency, string> = { monthly: '2026-03', quarterly: '2026-Q1', annual: '2026' };

/** Why a period does not fit a measure's frequency, as a sentence; null when it fits. */
export function periodProblem(period: string, frequency: MeasureFrequency): string | null {
  if (patterns[frequency].test(period.trim())) return null;
  return `“${period}” is not a ${frequency === 'annual' ? 'year' : frequency === 'quarterly' ? 'quarter' : 'month'}: write it like ${periodExamples[frequency]}`;
}

/** The last calendar day of a period (YYYY-MM-DD): a value counts as of a date once its period has ended. */
export function periodEndsOn(period: string, frequency: MeasureFrequency): string {
  const m = patterns[frequency].exec(period.trim());
  if (!m) throw new Error(periodProblem(period, frequency)!);
  const year = Number(m[1]);
  const lastMonth = frequency === 'monthly' ? Number(m[2]) : frequency === 'quarterly' ? Number(m[2]) * 3 : 12;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return `${year}-${String(lastMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/** A period that has not ended by `today` (YYYY-MM-DD) cannot carry a value yet. */
export function periodInFuture(period: string, frequency: MeasureFrequency, today: string): boolean {
  // A month is reported once it has started (June's value is typed in June's last days or later): refuse only
  // periods that have not begun.
  return periodStartsOn(period, frequency) > today;
}

export function periodStartsOn(period: string, frequency: MeasureFrequency): string {
  const m = patterns[frequency].exec(period.trim());
  if (!m) throw new Error(periodProblem(period, frequency)!);
  const firstMonth = frequency === 'monthly' ? Number(m[2]) : frequency === 'quarterly' ? Number(m[2]) * 3 - 2 : 1;
  return `${m[1]}-${String(firstMonth).padStart(2, '0')}-01`;
}

/** The period `offset` steps after `period` (negative steps go back): the sample data and the grid's next row use it. */
export function shiftPeriod(period: string, frequency: MeasureFrequency, offset: number): string {
  const m = patterns[frequency].exec(period.trim());
  if (!m) throw new Error(periodProblem(period, frequency)!);
  const year = Number(m[1]);
  if (frequency === 'annual') return String(year + offset);
  const perYear = frequency === 'monthly' ? 12 : 4;
  const index = year * perYear + Number(m[2]) - 1 + offset;
  const y = Math.floor(index / perYear);
  const n = (index % perYear) + 1;
  return frequency === 'monthly' ? `${y}-${String(n).padStart(2, '0')}` : `${y}-Q${n}`;
}
