// Which credentials count: a renewal entered as a new record replaces the older one of the same kind and jurisdiction.
import { privilegeCriticalTypes } from '../../../shared/domain/credentials';

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

/** The SQL twin of credentialStatus().suspendsPrivileges, built from the same list of critical types. */
export const criticalTypesSql = `(${[...privilegeCriticalTypes].map((t) => `'${t}'`).join(', ')})`;
