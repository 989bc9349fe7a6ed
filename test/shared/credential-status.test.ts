// The credential status rule at every band edge, and "today" across time zones and DST changes.
import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, todayIn, weekStart } from '../../shared/domain/calendar-day';
import { credentialStatus, describeCredentialStatus } from '../../shared/domain/credentials';
import { reappointmentStatus } from '../../shared/domain/reappointment';
import { isValidDeaNumber } from '../../shared/domain/dea';
import { maskIdentifier } from '../../shared/domain/masking';

const today = '2026-11-23';
const expiringIn = (days: number, type: Parameters<typeof credentialStatus>[0]['type'] = 'bls') => {
  const d = new Date(Date.UTC(2026, 10, 23 + days)).toISOString().slice(0, 10);
  return credentialStatus({ type, expiresOn: d }, today);
};

describe('credentialStatus', () => {
  it.each([
    [91, 'current', null],
    [90, 'expiring', 90],
    [61, 'expiring', 90],
    [60, 'expiring', 60],
    [31, 'expiring', 60],
    [30, 'expiring', 30],
    [8, 'expiring', 30],
    [7, 'expiring', 7],
    [1, 'expiring', 7],
    [0, 'expiring', 7],
    [-1, 'expired', null],
  ] as const)('%i days left is %s (band %s)', (days, state, band) => {
    const status = expiringIn(days);
    expect(status).toMatchObject({ state, band, daysLeft: days });
  });

  it('is valid through its expiry date and suspends from the day after: licence and insurance all privileges, DEA and state CS prescribing', () => {
    expect(expiringIn(0, 'state-license').suspends).toBe(null);
    expect(expiringIn(-1, 'state-license').suspends).toBe('all-privileges');
    expect(expiringIn(-1, 'malpractice').suspends).toBe('all-privileges');
    expect(expiringIn(-1, 'dea').suspends).toBe('controlled-substance-prescribing');
    expect(expiringIn(-1, 'controlled-substance').suspends).toBe('controlled-substance-prescribing');
    expect(expiringIn(-1, 'bls').suspends).toBe(null);
    expect(expiringIn(-1, 'board-certification').suspends).toBe(null);
    expect(credentialStatus({ type: 'state-license', expiresOn: '2026-11-22', isCurrent: false }, today).suspends).toBe(null);
  });

  it('uses the bands it is given (a setting), in any order', () => {
    expect(credentialStatus({ type: 'bls', expiresOn: '2027-01-07' }, today, [14, 120, 45])).toMatchObject({ state: 'expiring', band: 45 });
    expect(credentialStatus({ type: 'bls', expiresOn: '2027-01-07' }, today, [14])).toMatchObject({ state: 'current', band: null });
  });

  it('has no expiry status for a credential that never expires', () => {
    expect(credentialStatus({ type: 'board-certification', expiresOn: null }, today)).toEqual({ state: 'no-expiry', band: null, daysLeft: null, suspends: null });
  });

  it('says the status in words, so colour is never the only signal', () => {
    expect(describeCredentialStatus(expiringIn(12))).toBe('Expires in 12 days');
    expect(describeCredentialStatus(expiringIn(0))).toBe('Expires today');
    expect(describeCredentialStatus(expiringIn(-1, 'state-license'))).toBe('Lapsed — privileges suspended yesterday');
    expect(describeCredentialStatus(expiringIn(-2, 'dea'))).toBe('Lapsed — controlled-substance prescribing suspended 2 days ago');
    expect(describeCredentialStatus(expiringIn(-3, 'bls'))).toBe('Expired 3 days ago');
  });
});

describe('today in the organisation time zone', () => {
  it('is still yesterday in Honolulu when it is already tomorrow in Auckland', () => {
    const instant = new Date('2026-11-23T09:30:00Z');
    expect(todayIn('Pacific/Honolulu', instant)).toBe('2026-11-22');
    expect(todayIn('UTC', instant)).toBe('2026-11-23');
    expect(todayIn('Pacific/Auckland', instant)).toBe('2026-11-23');
    expect(todayIn('Pacific/Auckland', new Date('2026-11-23T11:30:00Z'))).toBe('2026-11-24');
  });

  it('decides lapse by the local day: a licence expiring on the 23rd is lapsed at 00:30 on the 24th in Chicago', () => {
    const justAfterMidnight = new Date('2026-11-24T06:30:00Z'); // 00:30 CST
    const localToday = todayIn('America/Chicago', justAfterMidnight);
    expect(credentialStatus({ type: 'state-license', expiresOn: '2026-11-23' }, localToday).suspends).toBe('all-privileges');
    const justBefore = new Date('2026-11-24T05:30:00Z'); // 23:30 CST on the 23rd
    expect(credentialStatus({ type: 'state-license', expiresOn: '2026-11-23' }, todayIn('America/Chicago', justBefore)).state).toBe('expiring');
  });

  it('counts whole days across the spring-forward and fall-back changes', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2); // US DST starts 8 March 2026
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2); // ends 1 November 2026
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // EU DST starts 29 March 2026
    const beforeChange = new Date('2026-03-08T07:59:00Z'); // 23:59 PST on the 7th
    const afterChange = new Date('2026-03-08T08:01:00Z'); // 00:01 PST on the 8th, two hours before clocks spring forward
    expect(todayIn('America/Los_Angeles', beforeChange)).toBe('2026-03-07');
    expect(todayIn('America/Los_Angeles', afterChange)).toBe('2026-03-08');
  });
});

describe('calendar days', () => {
  it('adds months to month ends and leap days without spilling into the next month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-11-30', -9)).toBe('2026-02-28');
  });

  it('groups by the Monday that starts the week', () => {
    expect(weekStart('2026-11-23')).toBe('2026-11-23'); // a Monday
    expect(weekStart('2026-11-29')).toBe('2026-11-23'); // Sunday
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
  });
});

describe('reappointment', () => {
  it('falls due one cycle after the appointment, or at the recorded end', () => {
    expect(reappointmentStatus({ appointmentStart: '2024-12-01', appointmentEnd: null }, today, 2)).toMatchObject({ state: 'due-soon', dueOn: '2026-12-01', daysLeft: 8 });
    expect(reappointmentStatus({ appointmentStart: '2024-12-01', appointmentEnd: null }, today, 3)).toMatchObject({ state: 'current', dueOn: '2027-12-01' });
    expect(reappointmentStatus({ appointmentStart: '2024-11-01', appointmentEnd: '2026-11-22' }, today, 2)).toMatchObject({ state: 'overdue', daysLeft: -1 });
    expect(reappointmentStatus({ appointmentStart: null, appointmentEnd: null }, today, 2).state).toBe('not-appointed');
  });
});

describe('identifiers', () => {
  it('checks DEA numbers by their check digit', () => {
    expect(isValidDeaNumber('AB1234563')).toBe(true);
    expect(isValidDeaNumber('AB1234564')).toBe(false);
    expect(isValidDeaNumber('A11234563')).toBe(false);
  });

  it('masks all but the last four characters', () => {
    expect(maskIdentifier('MD123456')).toBe('••••3456');
    expect(maskIdentifier('AB1234563')).toBe('•••••4563');
    expect(maskIdentifier(null)).toBeNull();
    expect(maskIdentifier('12345')).not.toContain('12345');
  });
});
