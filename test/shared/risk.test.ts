// The risk register's rules: score, band, escalation at 15, due for review, the assessment standing on a day and
// what moved between two days.
import { describe, expect, it } from 'vitest';
import { assessmentAsOf, assessmentProblems, escalates, movedSince, reviewDue, riskBand, riskScore } from '../../shared/domain/risk';

const a = (assessedOn: string, rl: number, ri: number) => ({ assessedOn, inherentLikelihood: 5, inherentImpact: 5, residualLikelihood: rl, residualImpact: ri });

describe('risk rules', () => {
  it('scores likelihood × impact and bands the 5×5 matrix at 5, 10 and 15', () => {
    expect(riskScore({ likelihood: 3, impact: 4 })).toBe(12);
    expect([1, 4, 5, 9, 10, 14, 15, 25].map(riskBand)).toEqual(['low', 'low', 'moderate', 'moderate', 'high', 'high', 'extreme', 'extreme']);
  });

  it('escalates a residual score of 15 or more, not 14', () => {
    expect(escalates(14)).toBe(false);
    expect(escalates(15)).toBe(true);
    expect(escalates(riskScore({ likelihood: 4, impact: 4 }))).toBe(true);
  });

  it('is due for review on the review day and after, never without a review date', () => {
    expect(reviewDue('2026-12-03', '2026-12-02')).toBe(false);
    expect(reviewDue('2026-12-03', '2026-12-03')).toBe(true);
    expect(reviewDue(null, '2030-01-01')).toBe(false);
  });

  it('reads the assessment that stood on a day, whatever order they are stored in', () => {
    const list = [a('2026-06-01', 4, 4), a('2026-01-10', 3, 3), a('2026-09-01', 2, 2)];
    expect(assessmentAsOf(list, '2026-01-09')).toBeNull();
    expect(assessmentAsOf(list, '2026-01-10')?.residualLikelihood).toBe(3);
    expect(assessmentAsOf(list, '2026-08-31')?.residualLikelihood).toBe(4);
    expect(assessmentAsOf(list, '2027-01-01')?.residualLikelihood).toBe(2);
  });

  it('says what moved between two meetings: worse, better, unchanged, new', () => {
    const list = [a('2026-01-10', 3, 3), a('2026-06-01', 4, 4), a('2026-09-01', 2, 2)];
    expect(movedSince(list, '2026-07-01', '2026-02-01')).toEqual({ movement: 'up', before: 9, after: 16 });
    expect(movedSince(list, '2026-10-01', '2026-07-01')).toEqual({ movement: 'down', before: 16, after: 4 });
    expect(movedSince(list, '2026-05-01', '2026-02-01')).toEqual({ movement: 'unchanged', before: 9, after: 9 });
    expect(movedSince(list, '2026-02-01', '2026-01-01')).toEqual({ movement: 'new', before: null, after: 9 });
    expect(movedSince(list, '2025-12-01', '2025-11-01')).toBeNull();
  });

  it('refuses a residual score above the inherent one', () => {
    expect(assessmentProblems({ inherentLikelihood: 2, inherentImpact: 2, residualLikelihood: 3, residualImpact: 2 })).toHaveLength(1);
    expect(assessmentProblems({ inherentLikelihood: 2, inherentImpact: 3, residualLikelihood: 3, residualImpact: 2 })).toEqual([]);
  });
});
