// Whether a practitioner is suspended, in SQL, for the lists that carry it per row (roster, staff page).
import type { LapseScope } from '../../../shared/domain/lapse-scope';
import { lapsedSuspendingSql } from '../credentials/current';

/**
 * SQL condition, for a staff row aliased `staff`: suspended in `scope` on @today, either by a lapse the bylaws act on
 * the day after expiry (recorded or not yet), or by a recorded suspension not reinstated (a lapse since renewed, or one
 * for cause). Binds @today and @practiceStates.
 */
export function suspendedSql(staff: string, scope: LapseScope): string {
  return `(EXISTS (SELECT 1 FROM credentials c WHERE c.staff_id = ${staff}.id AND ${lapsedSuspendingSql('c', scope)})
    OR EXISTS (SELECT 1 FROM suspensions su WHERE su.staff_id = ${staff}.id AND su.scope = '${scope}' AND su.started_on <= @today AND su.reinstated_on IS NULL))`;
}
