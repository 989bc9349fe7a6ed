// What a credential must say to be kept: the one rule the Add credential form, the handlers and the roster import apply.
import { credentialTypeLabels, type CredentialType } from './credentials';
import { deaSurnameProblem, isValidDeaNumber } from './dea';

/** Each of these lapses on a date the bylaws act on: without its expiry it would never reach Expirations or the Dashboard. */
export const expiryRequiredTypes: ReadonlySet<CredentialType> = new Set(['state-license', 'controlled-substance', 'dea', 'malpractice']);

/** A licence or registration is verified with the issuing board by its number: one without it cannot be checked. */
export const numberRequiredTypes: ReadonlySet<CredentialType> = new Set(['state-license', 'controlled-substance', 'dea']);

export interface FieldProblem {
  /** The field the sentence is about, as the contract names it. */
  path: 'type' | 'number' | 'issuedOn' | 'expiresOn';
  message: string;
}

export interface CredentialFacts {
  type: CredentialType;
  number: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
  /**
   * For a DEA number: the name it must agree with (the registered name when one is recorded, else the practitioner's
   * surname). Left out where the person is not known (the contract's schema), and the surname check with it.
   */
  registrantName?: string | null;
}

// "State medical licence" reads "a state medical licence" in a sentence; "DEA registration" keeps its capitals.
const lowerLabel = (type: CredentialType) => credentialTypeLabels[type].replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());

/**
 * Problems with a whole credential (on create, or the record as it would be after an update). `today` is the
 * organisation's calendar day; without it the rules that need one (nothing issued in the future) are left out,
 * as in the contract's schema, which cannot know the day.
 */
export function credentialProblems(c: CredentialFacts, today?: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (numberRequiredTypes.has(c.type) && !c.number) {
    problems.push({ path: 'number', message: `A number is required: the issuer confirms a ${lowerLabel(c.type)} by it` });
  } else if (c.type === 'dea' && c.number && !isValidDeaNumber(c.number)) {
    problems.push({ path: 'number', message: 'A DEA number is two letters and seven digits with a valid check digit' });
  } else if (c.type === 'dea' && c.number) {
    const surname = deaSurnameProblem(c.number, c.registrantName);
    if (surname) problems.push({ path: 'number', message: surname });
  }
  if (expiryRequiredTypes.has(c.type) && !c.expiresOn) {
    problems.push({ path: 'expiresOn', message: 'An expiry date is required: reminders, Expirations and the Dashboard follow it' });
  }
  if (c.type === 'education' && c.expiresOn) {
    problems.push({ path: 'expiresOn', message: 'A degree or completed training does not expire: leave the expiry blank' });
  }
  problems.push(...credentialDateProblems(c, today));
  return problems;
}

/** The dates' own rules, which also hold for a patch that names only some fields. */
export function credentialDateProblems(c: { issuedOn?: string | null; expiresOn?: string | null }, today?: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (c.issuedOn && today && c.issuedOn > today) {
    problems.push({ path: 'issuedOn', message: `It cannot be issued in the future (${c.issuedOn} is after today, ${today})` });
  }
  if (c.issuedOn && c.expiresOn && c.expiresOn < c.issuedOn) {
    problems.push({ path: 'expiresOn', message: `It expires (${c.expiresOn}) before it was issued (${c.issuedOn})` });
  }
  return problems;
}
