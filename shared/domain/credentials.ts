// A credential's status from its expiry date: the one rule every list, board, export and reminder uses.
import { daysBetween } from './calendar-day';
import { lapseScopeLabels, lapseSuspends, type LapseScope } from './lapse-scope';

export const credentialTypes = [
  'state-license',
  'controlled-substance',
  'dea',
  'board-certification',
  'bls',
  'acls',
  'pals',
  'malpractice',
  'other',
] as const;
export type CredentialType = (typeof credentialTypes)[number];

export const credentialTypeLabels: Record<CredentialType, string> = {
  'state-license': 'State medical licence',
  'controlled-substance': 'State controlled-substance registration',
  dea: 'DEA registration',
  'board-certification': 'Board certification',
  bls: 'BLS',
  acls: 'ACLS',
  pals: 'PALS',
  malpractice: 'Malpractice insurance',
  other: 'Other',
};

/**
 * Verified again from the primary source before each reappointment (the periodic verification): a check older than
 * `reverificationMaxAgeDays` on the reappointment date is stale by the time the credentials committee decides.
 */
export const reverifiedAtReappointmentTypes: ReadonlySet<CredentialType> = new Set(['state-license', 'controlled-substance', 'dea', 'board-certification', 'malpractice']);
export const reverificationMaxAgeDays = 180;

/** Numbers that identify a person to regulators: masked everywhere unless revealed on purpose. */
export const sensitiveNumberTypes: ReadonlySet<CredentialType> = new Set(['state-license', 'controlled-substance', 'dea']);

export const defaultWarningDays: readonly number[] = [90, 60, 30, 7];

export type CredentialState = 'current' | 'expiring' | 'expired' | 'no-expiry';

export interface CredentialStatus {
  state: CredentialState;
  /** The tightest reminder band the credential is in (e.g. 30 means 30 days or fewer remain); null outside every band. */
  band: number | null;
  /** Days left until the expiry date (0 on the day itself, negative once lapsed); null when it never expires. */
  daysLeft: number | null;
  /** From the day after it lapses, what it suspends (see lapseSuspends); null before, or when it covers nothing here. */
  suspends: LapseScope | null;
}

/**
 * A credential is valid through its expiry date and lapsed from the next day. `today` is the calendar day in the
 * organisation's time zone (see todayIn), so the answer does not move with the laptop's clock zone or with DST.
 */
export function credentialStatus(
  credential: {
    type: CredentialType;
    expiresOn: string | null;
    jurisdiction?: string | null;
    /** False once a later credential of the same kind replaces it. */
    isCurrent?: boolean;
  },
  today: string,
  warningDays: readonly number[] = defaultWarningDays,
  /** The organisation's states of practice (a setting): a lapsed licence from elsewhere suspends nothing. */
  practiceStates: readonly string[] = [],
): CredentialStatus {
  if (!credential.expiresOn) return { state: 'no-expiry', band: null, daysLeft: null, suspends: null };
  const daysLeft = daysBetween(today, credential.expiresOn);
  if (daysLeft < 0) {
    // A lapsed licence that has been renewed (replaced by a later one) suspends nothing.
    return { state: 'expired', band: null, daysLeft, suspends: lapseSuspends(credential, practiceStates) };
  }
  const band = [...warningDays].sort((a, b) => a - b).find((days) => daysLeft <= days) ?? null;
  return { state: band === null ? 'current' : 'expiring', band, daysLeft, suspends: null };
}

export const credentialStateLabels: Record<CredentialState, string> = {
  current: 'Current',
  expiring: 'Expiring',
  expired: 'Expired',
  'no-expiry': 'No expiry',
};

/** Words for a status that stand on their own without colour: "Expires in 12 days", "Expired 3 days ago". */
export function describeCredentialStatus(status: CredentialStatus): string {
  const { state, daysLeft } = status;
  if (state === 'no-expiry' || daysLeft === null) return 'Does not expire';
  if (state === 'expired') {
    const ago = -daysLeft;
    const lapsed = status.suspends ? `Lapsed — ${lapseScopeLabels[status.suspends].toLowerCase()}` : 'Expired';
    return `${lapsed} ${ago === 1 ? 'yesterday' : `${ago} days ago`}`;
  }
  if (daysLeft === 0) return 'Expires today';
  return `Expires in ${daysLeft === 1 ? '1 day' : `${daysLeft} days`}`;
}
