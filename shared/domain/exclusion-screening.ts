// Exclusion screening and NPDB queries: who matches a listed person, and when each check falls due. Pure rules, so the
// import, the lists, the dashboard and the tests all judge alike.
import { addMonths, addYears, daysBetween } from './calendar-day';

/** The OIG LEIE file's columns, in its published order ("UPDATED.csv", monthly). */
export const leieColumns = [
  'LASTNAME', 'FIRSTNAME', 'MIDNAME', 'BUSNAME', 'GENERAL', 'SPECIALTY', 'UPIN', 'NPI', 'DOB', 'ADDRESS', 'CITY', 'STATE', 'ZIP',
  'EXCLTYPE', 'EXCLDATE', 'REINDATE', 'WAIVERDATE', 'WVRSTATE',
] as const;

/** What another list (SAM, a state Medicaid list) must have to be matched at all; NPI and DOB are used when present. */
export const otherListRequiredColumns = ['LASTNAME', 'FIRSTNAME'] as const;

/**
 * A name reduced to what two spellings of it share: capitals, no accents, no spaces, hyphens or apostrophes
 * ("O'Brien-Díaz" and "OBRIEN DIAZ" are one name).
 */
export function normalizedName(name: string): string {
  // Most listed names are plain ASCII: decomposing accents is skipped for them (80,000 rows a month).
  const plain = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '');
  return plain.toUpperCase().replace(/[^A-Z]/g, '');
}

/** The given name's first word: the LEIE keeps middle names apart, a roster often does not. */
export function normalizedGivenName(name: string): string {
  return normalizedName(name.trim().split(/\s+/)[0] ?? '');
}

export type MatchBasis = 'npi' | 'name-dob' | 'name-only';

export interface ScreenedPerson {
  npi: string | null;
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
}

export interface ListedPerson {
  npi: string | null;
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
}

/**
 * How a listed person matches a practitioner. An equal NPI is a match whatever the name. The same surname and given name
 * match on an equal date of birth, and are a possible match when either side has no date of birth. The same name with
 * two different dates of birth is a near miss: a different person, never queued (counted on the screening instead).
 */
export function matchBasis(person: ScreenedPerson, listed: ListedPerson): MatchBasis | 'near-miss' | null {
  if (person.npi && listed.npi && person.npi === listed.npi) return 'npi';
  const sameName = normalizedName(person.familyName) !== '' && normalizedName(person.familyName) === normalizedName(listed.lastName)
    && normalizedGivenName(person.givenName) === normalizedGivenName(listed.firstName);
  if (!sameName) return null;
  if (person.dateOfBirth && listed.dateOfBirth) return person.dateOfBirth === listed.dateOfBirth ? 'name-dob' : 'near-miss';
  return 'name-only';
}

/** Exclusion lists are screened monthly (OIG's advice; the LEIE is republished each month). */
export const screeningIntervalMonths = 1;

/** Screening is overdue the day after a month has passed since the last one; never screened is overdue. */
export function screeningOverdue(lastScreenedOn: string | null, today: string): boolean {
  return !lastScreenedOn || today > addMonths(lastScreenedOn, screeningIntervalMonths);
}

export type NpdbKind = 'initial' | 'renewal' | 'continuous-query';

export interface NpdbStanding {
  state: 'never' | 'overdue' | 'due-soon' | 'current';
  dueOn: string;
  daysLeft: number;
}

/**
 * When the next NPDB query is due: at appointment when none was ever made (today when no appointment date is
 * recorded), then 2 years after the last query (Joint Commission; even on a 3-year cycle). A Continuous Query
 * enrolment lasts a year, so it is renewed a year after.
 */
export function npdbStanding(appointmentStart: string | null, last: { queriedOn: string; kind: NpdbKind } | null, today: string, warnDays: number): NpdbStanding {
  if (!last) {
    const dueOn = appointmentStart ?? today;
    const daysLeft = daysBetween(today, dueOn);
    return { state: 'never', dueOn, daysLeft };
  }
  const dueOn = addYears(last.queriedOn, last.kind === 'continuous-query' ? 1 : 2);
  const daysLeft = daysBetween(today, dueOn);
  return { state: daysLeft < 0 ? 'overdue' : daysLeft <= warnDays ? 'due-soon' : 'current', dueOn, daysLeft };
}
