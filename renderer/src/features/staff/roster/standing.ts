// A roster row's credential standing in words: suspended privileges first, else its soonest expiry read through the shared rule.
import { credentialStatus } from '../../../../../shared/domain/credentials';
import type { StatusDisplay } from '../credential-display';
import { credentialStatusDisplay } from '../credential-display';
import { formatDay } from '../format';
import type { StaffRow } from './store';

export function rosterStanding(row: Pick<StaffRow, 'privilegesSuspended' | 'prescribingSuspended' | 'nextExpiry'>, today: string, warningDays: readonly number[]): StatusDisplay | null {
  if (row.privilegesSuspended) return { tone: 'danger', text: 'Privileges suspended' };
  if (row.prescribingSuspended) return { tone: 'danger', text: 'Prescribing suspended' };
  if (!row.nextExpiry) return null;
  // The row says when, not which credential: 'other' asks the rule for the date's band without the suspension clause,
  // which privilegesSuspended and prescribingSuspended (computed by the core by what each lapse covers) have already answered.
  const status = credentialStatus({ type: 'other', expiresOn: row.nextExpiry }, today, warningDays);
  if (status.state === 'current') return { tone: 'neutral', text: `Next expiry ${formatDay(row.nextExpiry)}` };
  return credentialStatusDisplay(status);
}
