// Which credentials count: a renewal entered as a new record replaces the older one of the same kind and jurisdiction.
import { stateBoundTypes, suspendingTypes, type LapseScope } from '../../../shared/domain/lapse-scope';

/** SQL condition, for a credential aliased `alias`, that no later credential of the same kind replaces it. */
export function isCurrentCredential(alias: string): string {
  return `NOT EXISTS (SELECT 1 FROM credentials later WHERE later.staff_id = ${alias}.staff_id AND later.type = ${alias}.type
    AND later.jurisdiction IS ${alias}.jurisdiction AND later.title IS ${alias}.title AND later.expires_on > ${alias}.expires_on)`;
}

/**
 * As isCurrentCredential, but as things stood on the day in `dayParam`: a renewal issued after that day did not yet
 * replace the credential it renews (a 2025 meeting's packet shows what was expiring in 2025). Nothing is recorded as
 * issued in the future, so on today's date this is the same rule.
 */
export function wasCurrentCredentialOn(alias: string, dayParam: string): string {
  return `NOT EXISTS (SELECT 1 FROM credentials later WHERE later.staff_id = ${alias}.staff_id AND later.type = ${alias}.type
    AND later.jurisdiction IS ${alias}.jurisdiction AND later.title IS ${alias}.title AND later.expires_on > ${alias}.expires_on
    AND (later.issued_on IS NULL OR later.issued_on <= ${dayParam}))`;
}

const quoted = (types: readonly string[]) => `(${types.map((t) => `'${t}'`).join(', ')})`;

/**
 * The SQL twin of lapseSuspends(): the credential aliased `alias` would suspend `scope` once lapsed. The statement
 * binds @practiceStates, the setting as a JSON array (an empty one: every state counts, as in the shared rule).
 */
export function suspendsScopeSql(alias: string, scope: LapseScope): string {
  const types = suspendingTypes(scope);
  const bound = types.filter((t) => stateBoundTypes.has(t));
  const inPractice = `(json_array_length(@practiceStates) = 0 OR ${alias}.jurisdiction IS NULL OR trim(${alias}.jurisdiction) = ''
      OR upper(trim(${alias}.jurisdiction)) IN (SELECT upper(trim(value)) FROM json_each(@practiceStates)))`;
  return `(${alias}.type IN ${quoted(types)} AND (${bound.length ? `${alias}.type NOT IN ${quoted(bound)} OR ` : ''}${inPractice}))`;
}

/** SQL condition: the credential aliased `alias` has lapsed (before @today), still counts, and suspends `scope`. */
export function lapsedSuspendingSql(alias: string, scope: LapseScope): string {
  return `(${alias}.expires_on < @today AND ${suspendsScopeSql(alias, scope)} AND ${isCurrentCredential(alias)})`;
}
