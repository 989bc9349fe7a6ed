// Who may be named as an approver: a person on the staff list or a committee that exists. A committee approves by a
// motion matched by its name, so a name that matches no committee could never approve: it is refused, not stored.
import type { Database } from 'better-sqlite3';
import { displayName } from '../../../shared/domain/names';
import { AppError } from '../errors';

export type ApproverInput = { kind: 'person'; staffId: string } | { kind: 'committee'; name: string };

export function approverDirectory(db: Database) {
  const staffRow = db.prepare('SELECT given_name AS givenName, family_name AS familyName, degree, specialty FROM staff WHERE id = ?');
  const committeeNamed = db.prepare('SELECT name FROM committees WHERE name = ?').pluck();

  function person(staffId: string) {
    return staffRow.get(staffId) as { givenName: string; familyName: string; degree: string | null; specialty: string | null } | undefined;
  }

  return {
    /** The approver's name as shown, or undefined when the person or committee does not exist (any more). */
    lookUp(step: ApproverInput): { name: string; detail: string } | undefined {
      if (step.kind === 'person') {
        const row = person(step.staffId);
        return row && { name: displayName(row), detail: row.specialty ?? '' };
      }
      const name = committeeNamed.get(step.name) as string | undefined;
      return name === undefined ? undefined : { name, detail: 'Committee' };
    },

    /** The approver's name as shown; a sentence the director can act on when there is no such person or committee. */
    nameOf(step: ApproverInput): string {
      const found = this.lookUp(step);
      if (found) return found.name;
      throw step.kind === 'person'
        ? new AppError('INVALID_INPUT', 'An approver is not on the staff list.')
        : new AppError('INVALID_INPUT', `There is no committee named “${step.name}”. Add it in Meetings → Committees first, or choose one that exists.`);
    },
  };
}
