// Due dates for each recurrence, with leap years, month ends and the organisation's time zone; CME across a licence cycle.
import { describe, expect, it } from 'vitest';
import { todayIn } from '../../shared/domain/calendar-day';
import { cmeRollup, type CmeCredit } from '../../shared/domain/cme';
import { annualDateIn, assignmentFor, isQuarterStep, nextAnnualDate, type RequirementRule } from '../../shared/domain/training-due';

const rule = (r: Partial<RequirementRule>): RequirementRule => ({
  recurrence: 'one-time', intervalMonths: null, annualDate: null, daysAfter: null, graceDays: 0, effectiveFrom: '2020-01-01', ...r,
});
const done = (completedOn: string, validUntil: string | null = null) => ({ completedOn, validUntil });

describe('one-time and after-hire', () => {
  it('is due on the day it applies plus the days allowed, overdue after grace, complete once done', () => {
    const r = rule({ recurrence: 'one-time', daysAfter: 90, graceDays: 10, effectiveFrom: '2026-01-01' });
    expect(assignmentFor(r, { hireDate: '2015-05-01' }, [], '2026-02-15')).toMatchObject({ state: 'not-yet-due', dueOn: '2026-04-01' });
    expect(assignmentFor(r, { hireDate: '2015-05-01' }, [], '2026-03-15')).toMatchObject({ state: 'due-soon', dueOn: '2026-04-01' });
    expect(assignmentFor(r, { hireDate: '2015-05-01' }, [], '2026-04-11')).toMatchObject({ state: 'due-soon' });
    expect(assignmentFor(r, { hireDate: '2015-05-01' }, [], '2026-04-12')).toMatchObject({ state: 'overdue', dueOn: '2026-04-01' });
    expect(assignmentFor(r, { hireDate: '2015-05-01' }, [done('2026-04-20')], '2026-05-01')).toMatchObject({ state: 'complete', lastCompletedOn: '2026-04-20', dueOn: null });
  });

  it('counts days after hire from the hire date, across a leap day', () => {
    const r = rule({ recurrence: 'after-hire', daysAfter: 30 });
    expect(assignmentFor(r, { hireDate: '2028-02-10' }, [], '2028-02-11')).toMatchObject({ dueOn: '2028-03-11' });
    expect(assignmentFor(r, { hireDate: '2027-02-10' }, [], '2027-02-11')).toMatchObject({ dueOn: '2027-03-12' });
  });

  it('re-opens when the certificate runs out (validity), due the day it ends', () => {
    const r = rule({ recurrence: 'one-time' });
    expect(assignmentFor(r, { hireDate: null }, [done('2024-01-31', '2026-01-31')], '2026-01-30')).toMatchObject({ state: 'complete', currentUntil: '2026-01-31' });
    expect(assignmentFor(r, { hireDate: null }, [done('2024-01-31', '2026-01-31')], '2026-02-01')).toMatchObject({ state: 'overdue', dueOn: '2026-01-31' });
  });
});

describe('rolling every N months', () => {
  it('falls due N months after the last completion, on the month end when the day does not exist', () => {
    const r = rule({ recurrence: 'rolling-months', intervalMonths: 1 });
    expect(assignmentFor(r, { hireDate: null }, [done('2026-01-31')], '2026-02-01')).toMatchObject({ state: 'complete', dueOn: '2026-02-28' });
    expect(assignmentFor(r, { hireDate: null }, [done('2028-01-31')], '2028-02-01')).toMatchObject({ dueOn: '2028-02-29' });
  });

  it('from a leap day, twelve months on is 28 February; the latest completion counts, whatever the order', () => {
    const r = rule({ recurrence: 'rolling-months', intervalMonths: 12 });
    expect(assignmentFor(r, { hireDate: null }, [done('2024-02-29'), done('2023-01-05')], '2024-06-01')).toMatchObject({ state: 'complete', dueOn: '2025-02-28' });
    expect(assignmentFor(r, { hireDate: null }, [done('2024-02-29')], '2025-03-01')).toMatchObject({ state: 'overdue', dueOn: '2025-02-28' });
  });

  it('with no completion yet, is due when it starts to apply (the later of the requirement and the hire)', () => {
    const r = rule({ recurrence: 'rolling-months', intervalMonths: 24, daysAfter: 60, effectiveFrom: '2026-01-01' });
    expect(assignmentFor(r, { hireDate: '2026-03-01' }, [], '2026-03-02')).toMatchObject({ state: 'not-yet-due', dueOn: '2026-04-30' });
  });
});

describe('fixed annual date', () => {
  it('29 February falls on 28 February in other years', () => {
    expect(annualDateIn(2027, '02-29')).toBe('2027-02-28');
    expect(annualDateIn(2028, '02-29')).toBe('2028-02-29');
    expect(nextAnnualDate('12-31', '2026-12-31')).toBe('2026-12-31');
    expect(nextAnnualDate('12-31', '2027-01-01')).toBe('2027-12-31');
  });

  it('is overdue when last year went by without it, complete once done in the year, due soon as the date nears', () => {
    const r = rule({ recurrence: 'annual-date', annualDate: '12-31', effectiveFrom: '2020-01-01' });
    expect(assignmentFor(r, { hireDate: '2019-01-01' }, [], '2026-03-01')).toMatchObject({ state: 'overdue', dueOn: '2025-12-31' });
    expect(assignmentFor(r, { hireDate: '2019-01-01' }, [done('2025-06-01')], '2026-03-01')).toMatchObject({ state: 'complete', dueOn: '2026-12-31' });
    expect(assignmentFor(r, { hireDate: '2019-01-01' }, [done('2025-06-01')], '2026-12-10')).toMatchObject({ state: 'due-soon', dueOn: '2026-12-31' });
    expect(assignmentFor(r, { hireDate: '2019-01-01' }, [done('2026-11-01')], '2026-12-10')).toMatchObject({ state: 'complete', dueOn: '2026-12-31' });
  });

  it('a newcomer is first due at the next date, not the one before they arrived', () => {
    const r = rule({ recurrence: 'annual-date', annualDate: '06-30', effectiveFrom: '2020-01-01' });
    expect(assignmentFor(r, { hireDate: '2026-07-15' }, [], '2026-08-01')).toMatchObject({ state: 'not-yet-due', dueOn: '2027-06-30' });
  });
});

describe('after a privilege is granted, and each new policy version', () => {
  it('counts from the grant day', () => {
    const r = rule({ recurrence: 'after-privilege', daysAfter: 60 });
    expect(assignmentFor(r, { hireDate: '2010-01-01', privilegeGrantedOn: '2026-05-01' }, [], '2026-05-02')).toMatchObject({ dueOn: '2026-06-30' });
  });

  it('asks again when a new version takes effect: a completion before it no longer counts', () => {
    const r = rule({ recurrence: 'policy-version', daysAfter: 30 });
    expect(assignmentFor(r, { hireDate: '2010-01-01', policyVersionEffectiveOn: '2025-01-01' }, [done('2025-01-10')], '2026-03-01')).toMatchObject({ state: 'complete' });
    expect(assignmentFor(r, { hireDate: '2010-01-01', policyVersionEffectiveOn: '2026-02-15' }, [done('2025-01-10')], '2026-03-01')).toMatchObject({ state: 'due-soon', dueOn: '2026-03-17' });
  });
});

describe('waivers and the time zone of today', () => {
  it('is exempt while a waiver runs, and due again the day after it ends', () => {
    const r = rule({ recurrence: 'one-time', effectiveFrom: '2025-01-01' });
    expect(assignmentFor(r, { hireDate: null }, [], '2026-03-01', '2026-03-01')).toMatchObject({ state: 'exempt', currentUntil: '2026-03-01' });
    expect(assignmentFor(r, { hireDate: null }, [], '2026-03-02', '2026-03-01')).toMatchObject({ state: 'overdue' });
  });

  it('one instant is still due soon in Honolulu and already overdue in Auckland', () => {
    const r = rule({ recurrence: 'one-time', effectiveFrom: '2026-06-30' });
    const instant = new Date('2026-06-30T20:00:00Z');
    expect(assignmentFor(r, { hireDate: null }, [], todayIn('Pacific/Honolulu', instant))).toMatchObject({ state: 'due-soon' });
    expect(assignmentFor(r, { hireDate: null }, [], todayIn('Pacific/Auckland', instant))).toMatchObject({ state: 'overdue' });
  });
});

describe('credits and CME rollups', () => {
  it('accepts quarter steps only', () => {
    expect([0, 0.25, 1.75, 8].every(isQuarterStep)).toBe(true);
    expect([0.1, 1.3, -1, Number.NaN].some(isQuarterStep)).toBe(false);
  });

  it('counts credits inside the licence cycle only, both ends included, by category, with the shortfall', () => {
    const profile = { state: 'OR', totalCredits: 60, category1Minimum: 30, requiredTopics: [{ topic: 'Pain management', credits: 7 }] };
    const credits: CmeCredit[] = [
      { completedOn: '2024-01-01', credits: 20, creditType: 'ama-pra-1', topics: [] },
      { completedOn: '2025-12-31', credits: 10.25, creditType: 'ama-pra-1', topics: ['pain management'] },
      { completedOn: '2025-06-01', credits: 15, creditType: 'ama-pra-2', topics: [] },
      { completedOn: '2023-12-31', credits: 40, creditType: 'ama-pra-1', topics: [] },
      { completedOn: '2026-01-01', credits: 40, creditType: 'ama-pra-1', topics: [] },
    ];
    const rollup = cmeRollup(profile, { start: '2024-01-01', end: '2025-12-31' }, credits);
    expect(rollup).toMatchObject({ total: 45.25, category1: 30.25, byCategory: { 'ama-pra-1': 30.25, 'ama-pra-2': 15 }, shortfall: { total: 14.75, category1: 0, topics: [] }, short: true });
    const next = cmeRollup(profile, { start: '2026-01-01', end: '2027-12-31' }, credits);
    expect(next).toMatchObject({ total: 40, shortfall: { total: 20, category1: 0, topics: ['Pain management'] } });
  });
});
