// Reads and writes of privileges and evaluations.
import type { z } from 'zod';
import type { Evaluation, Privilege, EvaluationDueRow } from '../../../shared/contract/privileges';
import { addDays, daysBetween } from '../../../shared/domain/calendar-day';
import { displayName } from '../../../shared/domain/names';
import type { CoreContext } from '../context';
import { rowToFields } from '../db/entity';
import { AppError, notFound } from '../errors';
import { organisationCalendar } from '../settings/today';
import { evaluationEntity, privilegeEntity } from './entities';

type DueRow = z.infer<typeof EvaluationDueRow>;

export function privilegesRepository(ctx: CoreContext) {
  const { db, store } = ctx;
  const calendar = organisationCalendar(ctx);
  const privilegeById = db.prepare('SELECT * FROM privileges WHERE id = ?');
  const privilegesOf = db.prepare('SELECT * FROM privileges WHERE staff_id = ? ORDER BY is_core DESC, name COLLATE NOCASE');
  const evaluationById = db.prepare('SELECT * FROM evaluations WHERE id = ?');
  const evaluationsOf = db.prepare('SELECT * FROM evaluations WHERE staff_id = ? ORDER BY due_on DESC');
  const due = db.prepare(`
    SELECT e.id AS evaluationId, s.id AS staffId, s.given_name AS givenName, s.family_name AS familyName, s.degree,
           d.name AS departmentName, e.kind, p.name AS privilegeName, e.due_on AS dueOn, e.reviewer
    FROM evaluations e JOIN staff s ON s.id = e.staff_id JOIN departments d ON d.id = s.department_id
    LEFT JOIN privileges p ON p.id = e.privilege_id
    WHERE e.completed_on IS NULL AND e.due_on <= ? AND s.status <> 'inactive'
    ORDER BY e.due_on`);

  const privilege = (id: string): Privilege => {
    const row = privilegeById.get(id) as Record<string, unknown> | undefined;
    if (!row) throw notFound('This privilege');
    return rowToFields(privilegeEntity, row) as unknown as Privilege;
  };
  const evaluation = (id: string): Evaluation => {
    const row = evaluationById.get(id) as Record<string, unknown> | undefined;
    if (!row) throw notFound('This evaluation');
    return rowToFields(evaluationEntity, row) as unknown as Evaluation;
  };

  return {
    privilege,
    evaluation,
    privilegesOf: (staffId: string) => (privilegesOf.all(staffId) as Record<string, unknown>[]).map((r) => rowToFields(privilegeEntity, r) as unknown as Privilege),
    evaluationsOf: (staffId: string) => (evaluationsOf.all(staffId) as Record<string, unknown>[]).map((r) => rowToFields(evaluationEntity, r) as unknown as Evaluation),
    grant: (fields: Omit<Privilege, 'id' | 'createdAt' | 'updatedAt'>, id?: string) => store.insert(privilegeEntity, fields, id),
    updatePrivilege: (id: string, patch: Partial<Privilege>) => void store.update(privilegeEntity, id, patch),
    openEvaluation: (fields: Omit<Evaluation, 'id' | 'createdAt' | 'updatedAt'>, id?: string) => {
      if (fields.privilegeId) {
        const p = privilege(fields.privilegeId);
        if (p.staffId !== fields.staffId) throw new AppError('INVALID_INPUT', 'That privilege belongs to another practitioner.');
      }
      return store.insert(evaluationEntity, fields, id);
    },
    updateEvaluation: (id: string, patch: Partial<Evaluation>) =>
      store.transaction(() => {
        const merged = { ...evaluation(id), ...patch };
        if (merged.periodEnd < merged.periodStart) throw new AppError('INVALID_INPUT', 'The period ends before it starts.', [{ path: 'periodEnd', message: 'Ends before it starts' }]);
        store.update(evaluationEntity, id, patch);
      }),
    due(withinDays: number): DueRow[] {
      const today = calendar.today();
      return (due.all(addDays(today, withinDays)) as (Omit<DueRow, 'staffName' | 'daysLeft'> & { givenName: string; familyName: string; degree: string | null })[]).map(
        ({ givenName, familyName, degree, ...r }) => ({ ...r, staffName: displayName({ givenName, familyName, degree }), daysLeft: daysBetween(today, r.dueOn) }),
      );
    },
  };
}
