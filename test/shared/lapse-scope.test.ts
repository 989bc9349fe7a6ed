// What a lapse suspends (licence in a state of practice: everything; DEA or state CS: prescribing; elsewhere: nothing),
// and the DEA second-letter surname check with its exceptions.
import { describe, expect, it } from 'vitest';
import { credentialStatus } from '../../shared/domain/credentials';
import { credentialProblems } from '../../shared/domain/credential-rules';
import { deaSurnameInitials, deaSurnameProblem } from '../../shared/domain/dea';
import { lapseSuspends } from '../../shared/domain/lapse-scope';
import { suspensionDateProblems } from '../../shared/domain/suspension-rules';

const wa = ['WA'];

describe('what a lapse suspends', () => {
  it('a licence in another state lapses: nothing is suspended here', () => {
    // Licensed in Oregon too; the Oregon licence expired on 20 November and was not renewed.
    expect(credentialStatus({ type: 'state-license', jurisdiction: 'OR', expiresOn: '2026-11-20' }, '2026-11-23', undefined, wa)).toMatchObject({ state: 'expired', suspends: null });
  });

  it('the licence in the state of practice: valid through its expiry day, all privileges suspended the day after', () => {
    const licence = { type: 'state-license' as const, jurisdiction: 'wa ', expiresOn: '2026-11-22' };
    expect(credentialStatus(licence, '2026-11-22', undefined, wa).suspends).toBe(null);
    expect(credentialStatus(licence, '2026-11-23', undefined, wa).suspends).toBe('all-privileges');
  });

  it('a DEA or state controlled-substance lapse suspends controlled-substance prescribing only', () => {
    expect(credentialStatus({ type: 'dea', jurisdiction: null, expiresOn: '2026-10-31' }, '2026-11-01', undefined, wa).suspends).toBe('controlled-substance-prescribing');
    expect(credentialStatus({ type: 'controlled-substance', jurisdiction: 'WA', expiresOn: '2026-10-31' }, '2026-11-01', undefined, wa).suspends).toBe('controlled-substance-prescribing');
    // A controlled-substance registration in another state covers prescribing there, not here.
    expect(credentialStatus({ type: 'controlled-substance', jurisdiction: 'ID', expiresOn: '2026-10-31' }, '2026-11-01', undefined, wa).suspends).toBe(null);
  });

  it('a renewal (a later credential of the same kind) clears the lapse', () => {
    expect(lapseSuspends({ type: 'state-license', jurisdiction: 'WA', isCurrent: false }, wa)).toBe(null);
  });

  it('malpractice cover lapsing suspends all privileges; cards and board certification nothing', () => {
    expect(lapseSuspends({ type: 'malpractice' }, wa)).toBe('all-privileges');
    expect(lapseSuspends({ type: 'bls' }, wa)).toBe(null);
    expect(lapseSuspends({ type: 'board-certification' }, wa)).toBe(null);
  });

  it('with no state of practice set, or no state on the licence, every licence counts (the safe reading)', () => {
    expect(lapseSuspends({ type: 'state-license', jurisdiction: 'OR' }, [])).toBe('all-privileges');
    expect(lapseSuspends({ type: 'state-license', jurisdiction: null }, wa)).toBe('all-privileges');
  });
});

describe('DEA second letter and the registrant surname', () => {
  it('agrees with the surname initial, accents dropped', () => {
    expect(deaSurnameProblem('AQ1234563', 'Quillmere')).toBeNull();
    expect(deaSurnameProblem('FO1234563', 'Ørsted')).toBeNull(); // Ø does not decompose: spelled O, as the DEA's A–Z record has it
    expect(deaSurnameProblem('FE1234563', 'Écija')).toBeNull();
  });

  it('refuses a second letter that is not the surname initial, saying what it expected', () => {
    expect(deaSurnameProblem('AB1234563', 'Quillmere')).toMatch(/B does not match Quillmere \(Q\)/);
  });

  it('accepts any word of a compound surname', () => {
    expect(deaSurnameInitials('de la Cruz')).toEqual(['D', 'L', 'C']);
    expect(deaSurnameProblem('BC1234563', 'de la Cruz')).toBeNull();
    expect(deaSurnameProblem('BL1234563', 'García-López')).toBeNull();
    expect(deaSurnameProblem('BO1234563', "O'Brien")).toBeNull();
  });

  it("accepts '9', the DEA's mark for a registration under a business name instead of a person's", () => {
    expect(deaSurnameProblem('M91234563', 'Quillmere')).toBeNull();
  });

  it('is judged against the registered name when one is recorded (a former surname)', () => {
    const dea = { type: 'dea' as const, number: 'FH1234563', issuedOn: null, expiresOn: '2028-01-31' };
    expect(credentialProblems({ ...dea, registrantName: 'Quillmere' }).map((p) => p.path)).toEqual(['number']);
    expect(credentialProblems({ ...dea, registrantName: 'Hartwell' })).toEqual([]);
    // Without a person (the contract's schema), only the check digit is judged.
    expect(credentialProblems(dea)).toEqual([]);
  });
});

describe('suspension dates', () => {
  it('refuses a notice or a reinstatement before the start, and anything after today', () => {
    expect(suspensionDateProblems({ startedOn: '2026-11-10', noticeSentOn: '2026-11-09' }).map((p) => p.path)).toEqual(['noticeSentOn']);
    expect(suspensionDateProblems({ startedOn: '2026-11-10', reinstatedOn: '2026-11-01' }).map((p) => p.path)).toEqual(['reinstatedOn']);
    expect(suspensionDateProblems({ startedOn: '2026-11-24' }, '2026-11-23').map((p) => p.path)).toEqual(['startedOn']);
    expect(suspensionDateProblems({ startedOn: '2026-11-10', noticeSentOn: '2026-11-10', reinstatedOn: '2026-11-23' }, '2026-11-23')).toEqual([]);
  });
});
