// What a lapsed credential suspends, by the bylaws: the one rule every list, board, dashboard and packet reads.
import type { CredentialType } from './credentials';

/** All clinical privileges, or controlled-substance prescribing alone. */
export const lapseScopes = ['all-privileges', 'controlled-substance-prescribing'] as const;
export type LapseScope = (typeof lapseScopes)[number];

export const lapseScopeLabels: Record<LapseScope, string> = {
  'all-privileges': 'Privileges suspended',
  'controlled-substance-prescribing': 'Controlled-substance prescribing suspended',
};

/**
 * What each kind of credential covers. A licence is the right to practise at all; malpractice cover is a condition of
 * membership in the sample bylaws (no cover, no privileges); DEA and a state controlled-substance registration are the
 * right to prescribe controlled substances and nothing else. Cards and board certification suspend nothing by lapsing.
 */
const scopeByType: Partial<Record<CredentialType, LapseScope>> = {
  'state-license': 'all-privileges',
  malpractice: 'all-privileges',
  dea: 'controlled-substance-prescribing',
  'controlled-substance': 'controlled-substance-prescribing',
};

/** Issued by (or, for DEA, registered in) one state: it covers practice in that state only. */
export const stateBoundTypes: ReadonlySet<CredentialType> = new Set(['state-license', 'controlled-substance', 'dea']);

/** The types whose lapse can suspend something (for SQL twins and filters). */
export const suspendingTypes = (scope: LapseScope): CredentialType[] =>
  (Object.keys(scopeByType) as CredentialType[]).filter((t) => scopeByType[t] === scope);

export const stateCode = (value: string) => value.trim().toUpperCase();

/**
 * Whether a credential's state is one the organisation practises in. With no state of practice set, every state
 * counts (the rule before practice states existed); a credential with no state recorded counts too, since the
 * safe reading of an unknown state is "here".
 */
export function inStateOfPractice(jurisdiction: string | null | undefined, practiceStates: readonly string[]): boolean {
  if (practiceStates.length === 0 || !jurisdiction?.trim()) return true;
  return practiceStates.some((s) => stateCode(s) === stateCode(jurisdiction));
}

/** What this credential suspends once lapsed: a licence from another state, a card or a renewed record suspends nothing. */
export function lapseSuspends(
  credential: { type: CredentialType; jurisdiction?: string | null; isCurrent?: boolean },
  practiceStates: readonly string[],
): LapseScope | null {
  if (credential.isCurrent === false) return null;
  const scope = scopeByType[credential.type] ?? null;
  if (scope && stateBoundTypes.has(credential.type) && !inStateOfPractice(credential.jurisdiction, practiceStates)) return null;
  return scope;
}
