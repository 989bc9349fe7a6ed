// A credential's status from its expiry date: the one rule every list, board, export and reminder uses.
import { daysBetween } from './calendar-day';
import { lapseScopeLabels, lapseSuspends, type LapseScope } from './lapse-scope';

export const credentialTypes = [
  'state-license',
  'controlled-substance',
  'dea',
  'board-certification',
  'education',
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
  education: 'Education / training (medical school, residency)',
  bls: 'BLS',
  acls: 'ACLS',
  pals: 'PALS',
  malpractice: 'Malpractice insurance',
  other: 'Other',
};

/**
 * Verified at the primary source (the issuing board, the DEA, the specialty board, the school or programme), as the
 * Joint Commission MS chapter, NCQA and 42 CFR 482.22 expect. Not BLS/ACLS/PALS cards: the card itself is the
 * evidence. Not malpractice cover either: it is proven by the carrier's certificate kept as the document, its lapse
 * already suspends privileges, and the claims history is the NPDB query's job. Nor "other", whose source is unknown.
 */
export const primarySourceVerifiedTypes: ReadonlySet<CredentialType> = new Set(['state-license', 'controlled-substance', 'dea', 'board-certification', 'education']);

/**
 * Verified again from the primary source before each reappointment (the periodic verification): a check older than
 * the accreditor's window (reverificationWindowDays) on the reappointment date is stale by the time the credentials
 * committee decides. Education does not change after it is verified once.
 */
export const reverifiedAtReappointmentTypes: ReadonlySet<CredentialType> = new Set(['state-license', 'controlled-substance', 'dea', 'board-certification']);

/**
 * The credential's expiry moved past the one its last check confirmed (a renewal, or an expiry edited later): that check
 * no longer vouches for it. A check that confirmed no expiry vouches for none; no expiry at all is past any date.
 * The queue's SQL (credentials/repository.ts) states the same rule.
 */
export function expiryPastVerified(expiresOn: string | null, confirmedExpiresOn: string | null): boolean {
  return expiresOn !== confirmedExpiresOn && (confirmedExpiresOn === null || expiresOn === null || expiresOn > confirmedExpiresOn);
}

/** Whose standards the medical staff office works to: each sets how old a verification may be when the committee decides. */
export const accreditors = ['joint-commission', 'ncqa', 'other'] as const;
export type Accreditor = (typeof accreditors)[number];

export const accreditorLabels: Record<Accreditor, string> = {
  'joint-commission': 'The Joint Commission',
  ncqa: 'NCQA',
  other: 'Another accreditor or the bylaws',
};

/** Joint Commission: 180 days; NCQA: 120 days (from July 2025). "Other" uses the days the director sets. */
export const accreditorReverificationDays: Record<Exclude<Accreditor, 'other'>, number> = { 'joint-commission': 180, ncqa: 120 };

/** The re-verification window in force: the accreditor's own, or the director's days when the accreditor is "other". */
export function reverificationWindowDays(settings: { accreditor: Accreditor; otherReverificationDays: number }): number {
  return settings.accreditor === 'other' ? settings.otherReverificationDays : accreditorReverificationDays[settings.accreditor];
}

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
