// Reads and writes of privileges and evaluations: a grant opens its FPPE, an FPPE closes with a decision applied to
// the privilege, and the due list holds open FPPEs, each practitioner's next OPPE and privileges that end on their own.
import type { z } from 'zod';
import type { Evaluation, Privilege, EvaluationDueRow, FppeCompletion } from '../../../shared/contract/privileges';
import { addDays, daysBetween } from '../../../shared/domain/calendar-day';
import { fppePeriodFrom, grantOpensFppe, oppeDueOn, privilegeInForce, privilegeTermsProblem, type FppeDecision } from '../../../shared/domain/evaluations';
import { displayName } from '../../../shared/domain/names';
import type { CoreContext } from '../context';
import { rowToFields } from '../db/entity';
import { AppError, notFound, refuseProblems } from '../errors';
import { organisationCalendar } from '../settings/today';
import { evaluationEntity, privilegeEntity } from './entities';

type DueRow = z.infer<typeof EvaluationDueRow>;
type Completion = z.infer<typeof FppeCompletion>;
type PrivilegeFields = Omit<Privilege, 'id' | 'createdAt' | 'updatedAt'>;
type EvaluationFields = Omit<Evaluation, 'id' | 'createdAt' | 'updatedAt'>;
type Named = { givenName: string; familyName: string; degree: string | null };

const outcomeOf: Record<FppeDecision, Evaluation['outcome']> = { confirm: 'satisfactory', extend: 'extended', limit: 'privileges-revised' };

const needsDecision = () =>
  new AppError('INVALID_INPUT', 'An FPPE is completed with a decision: confirm the privilege, extend the FPPE or limit the privilege. Choose the decision, then complete it.', [
    { path: 'decision', message: 'Completing an FPPE needs a decision: confirm, extend or limit the privilege' },
  ]);

export function privilegesRepository(ctx: CoreContext) {
  const { db, store } = ctx;
  const calendar = organisationCalendar(ctx);
  const privilegeById = db.prepare('SELECT * FROM privileges WHERE id = ?');
  const privilegesOf = db.prepare('SELECT * FROM privileges WHERE staff_id = ? ORDER BY is_core DESC, name COLLATE NOCASE');
  const evaluationById = db.prepare('SELECT * FROM evaluations WHERE id = ?');
  const evaluationsOf = db.prepare('SELECT * FROM evaluations WHERE staff_id = ? ORDER BY due_on DESC');
  const openFppeOf = db.prepare("SELECT id FROM evaluations WHERE privilege_id = ? AND kind = 'fppe' AND completed_on IS NULL LIMIT 1").pluck();
  const person = `s.id AS staffId, s.given_name AS givenName, s.family_name AS familyName, s.degree, d.name AS departmentName`;
  const fppesDue = db.prepare(`
    SELECT e.id AS evaluationId, ${person}, p.name AS privilegeName, p.kind AS privilegeKind, e.due_on AS dueOn, e.reviewer
    FROM evaluations e JOIN staff s ON s.id = e.staff_id JOIN departments d ON d.id = s.department_id
    LEFT JOIN privileges p ON p.id = e.privilege_id
    WHERE e.kind = 'fppe' AND e.completed_on IS NULL AND e.due_on <= ? AND s.status <> 'inactive'`);
  // Everyone who practises here (a privilege in force) or has an OPPE open: the facts the OPPE rule needs, each table
  // read once and grouped by practitioner (SQLite's bare columns beside MIN() come from the row holding the minimum).
  const oppeFacts = db.prepare(`
    WITH practising AS (
      SELECT staff_id, MIN(granted_on) AS firstGrantedOn FROM privileges WHERE status IN ('granted', 'provisional') GROUP BY staff_id
    ), completed AS (
      SELECT staff_id, MAX(completed_on) AS lastCompletedOn FROM evaluations WHERE kind = 'oppe' AND completed_on IS NOT NULL GROUP BY staff_id
    ), opened AS (
      SELECT staff_id, id AS openId, MIN(due_on) AS openDueOn, reviewer FROM evaluations WHERE kind = 'oppe' AND completed_on IS NULL GROUP BY staff_id
    )
    SELECT ${person}, s.appointment_start AS appointmentStart, c.lastCompletedOn, p.firstGrantedOn, o.openId, o.openDueOn, o.reviewer
    FROM staff s JOIN departments d ON d.id = s.department_id
    LEFT JOIN practising p ON p.staff_id = s.id LEFT JOIN completed c ON c.staff_id = s.id LEFT JOIN opened o ON o.staff_id = s.id
    WHERE s.status <> 'inactive' AND (p.staff_id IS NOT NULL OR o.staff_id IS NOT NULL)`);
  const privilegesEnding = db.prepare(`
    SELECT p.id AS privilegeId, ${person}, p.name AS privilegeName, p.kind AS privilegeKind, p.expires_on AS dueOn
    FROM privileges p JOIN staff s ON s.id = p.staff_id JOIN departments d ON d.id = s.department_id
    WHERE p.kind <> 'regular' AND p.expires_on IS NOT NULL AND p.expires_on <= ? AND p.status IN ('granted', 'provisional') AND s.status <> 'inactive'`);

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

  const checkTerms = (p: Pick<Privilege, 'kind' | 'grantedOn' | 'expiresOn'>) => {
    const problem = privilegeTermsProblem(p);
    if (problem) refuseProblems([problem]);
  };

  /** The FPPE a privilege coming into force opens, unless its kind needs none or one is already open. */
  const openFppeFor = (privilegeId: string, p: Pick<Privilege, 'staffId' | 'kind' | 'status' | 'grantedOn'>): string | null => {
    if (!privilegeInForce(p.status) || !grantOpensFppe(p.kind) || openFppeOf.get(privilegeId)) return null;
    store.update(privilegeEntity, privilegeId, { fppeRequired: true });
    return store.insert(evaluationEntity, {
      staffId: p.staffId, privilegeId, kind: 'fppe', ...fppePeriodFrom(p.grantedOn ?? calendar.today()),
      indicators: [], reviewer: null, outcome: 'pending', completedOn: null, notes: null, decision: null, decisionNote: null,
    } satisfies EvaluationFields);
  };

  const openEvaluation = (fields: EvaluationFields, id?: string) =>
    store.transaction(() => {
      if (fields.kind === 'fppe' && fields.completedOn) throw needsDecision();
      if (fields.privilegeId) {
        const p = privilege(fields.privilegeId);
        if (p.staffId !== fields.staffId) throw new AppError('INVALID_INPUT', 'That privilege belongs to another practitioner.');
        if (fields.kind === 'fppe' && openFppeOf.get(fields.privilegeId)) {
          throw new AppError('CONFLICT', `${p.name} already has an FPPE open. Record its result or extend it rather than opening a second one.`);
        }
      }
      return store.insert(evaluationEntity, fields, id);
    });

  return {
    privilege,
    evaluation,
    privilegesOf: (staffId: string) => (privilegesOf.all(staffId) as Record<string, unknown>[]).map((r) => rowToFields(privilegeEntity, r) as unknown as Privilege),
    evaluationsOf: (staffId: string) => (evaluationsOf.all(staffId) as Record<string, unknown>[]).map((r) => rowToFields(evaluationEntity, r) as unknown as Evaluation),
    /** Grants a privilege; one in force opens its FPPE in the same transaction. */
    grant: (fields: PrivilegeFields, id?: string) =>
      store.transaction(() => {
        checkTerms(fields);
        const privilegeId = store.insert(privilegeEntity, fields, id);
        openFppeFor(privilegeId, fields);
        return privilegeId;
      }),
    /** Changes a privilege; one coming into force (a request granted) opens its FPPE in the same transaction. */
    updatePrivilege: (id: string, patch: Partial<Privilege>) =>
      store.transaction(() => {
        const before = privilege(id);
        const merged = { ...before, ...patch };
        checkTerms(merged);
        store.update(privilegeEntity, id, patch);
        if (!privilegeInForce(before.status)) openFppeFor(id, merged);
      }),
    openEvaluation,
    updateEvaluation: (id: string, patch: Partial<Evaluation>) =>
      store.transaction(() => {
        const merged = { ...evaluation(id), ...patch };
        if (merged.periodEnd < merged.periodStart) throw new AppError('INVALID_INPUT', 'The period ends before it starts.', [{ path: 'periodEnd', message: 'Ends before it starts' }]);
        if (merged.kind === 'fppe' && merged.completedOn && !merged.decision) throw needsDecision();
        store.update(evaluationEntity, id, patch);
      }),
    /** Completes an FPPE and applies its decision to the privilege, all in one transaction. */
    completeFppe: (input: Completion) =>
      store.transaction(() => {
        const fppe = evaluation(input.id);
        if (fppe.kind !== 'fppe') throw new AppError('INVALID_INPUT', 'Only an FPPE is completed with a decision; record an OPPE’s outcome and completion date instead.');
        if (fppe.completedOn) throw new AppError('CONFLICT', `This FPPE was already completed on ${fppe.completedOn}.`);
        if (input.completedOn < fppe.periodStart) refuseProblems([{ path: 'completedOn', message: `The FPPE cannot be completed before its period starts on ${fppe.periodStart}` }]);
        if (input.completedOn > calendar.today()) refuseProblems([{ path: 'completedOn', message: 'The completion date is in the future' }]);
        const target = fppe.privilegeId ? privilege(fppe.privilegeId) : null;
        if (input.decision === 'limit' && !target) {
          throw new AppError('INVALID_INPUT', 'This FPPE is not tied to one privilege, so there is no privilege to limit. Extend it, or confirm and change the privileges themselves.');
        }
        const next = input.decision === 'extend' ? fppePeriodFrom(input.completedOn, input.extendDays) : null;
        const decisionNote = next ? `Extended: a new FPPE runs to ${next.periodEnd}, due ${next.dueOn}` : input.decision === 'limit' ? input.conditions! : null;
        // This FPPE closes first, so the extension's new one is the only one open for the privilege.
        store.update(evaluationEntity, fppe.id, {
          decision: input.decision, decisionNote, outcome: outcomeOf[input.decision], completedOn: input.completedOn,
          ...(input.reviewer !== undefined ? { reviewer: input.reviewer } : {}),
          ...(input.indicators ? { indicators: input.indicators } : {}),
          ...(input.notes !== undefined ? { notes: input.notes } : {}),
        });
        if (next) {
          openEvaluation({
            staffId: fppe.staffId, privilegeId: fppe.privilegeId, kind: 'fppe', ...next, indicators: [], reviewer: input.reviewer ?? fppe.reviewer,
            outcome: 'pending', completedOn: null, notes: null, decision: null, decisionNote: null,
          });
        } else if (target) {
          store.update(privilegeEntity, target.id, {
            fppeRequired: false,
            ...(target.status === 'provisional' ? { status: 'granted' } : {}),
            ...(input.decision === 'limit' ? { conditions: input.conditions } : {}),
          });
        }
        return fppe.id;
      }),
    due(withinDays: number): DueRow[] {
      const today = calendar.today();
      const horizon = addDays(today, withinDays);
      const who = (r: Named & { staffId: string; departmentName: string }) => ({
        staffId: r.staffId, staffName: displayName(r), departmentName: r.departmentName,
      });
      const rows: Omit<DueRow, 'daysLeft'>[] = [];
      for (const r of fppesDue.all(horizon) as (Named & Omit<DueRow, 'key' | 'kind' | 'staffName' | 'daysLeft'>)[]) {
        rows.push({ key: r.evaluationId!, evaluationId: r.evaluationId, ...who(r), kind: 'fppe', privilegeName: r.privilegeName, privilegeKind: r.privilegeKind, dueOn: r.dueOn, reviewer: r.reviewer });
      }
      type OppeFacts = Named & { staffId: string; departmentName: string; appointmentStart: string | null; lastCompletedOn: string | null; firstGrantedOn: string | null; openId: string | null; openDueOn: string | null; reviewer: string | null };
      for (const r of oppeFacts.all() as OppeFacts[]) {
        const dueOn = oppeDueOn({ ...r, today });
        if (dueOn > horizon) continue;
        rows.push({ key: r.openId ?? `oppe:${r.staffId}`, evaluationId: r.openId, ...who(r), kind: 'oppe', privilegeName: null, privilegeKind: null, dueOn, reviewer: r.reviewer });
      }
      for (const r of privilegesEnding.all(horizon) as (Named & { privilegeId: string; staffId: string; departmentName: string; privilegeName: string; privilegeKind: DueRow['privilegeKind']; dueOn: string })[]) {
        rows.push({ key: r.privilegeId, evaluationId: null, ...who(r), kind: 'privilege-end', privilegeName: r.privilegeName, privilegeKind: r.privilegeKind, dueOn: r.dueOn, reviewer: null });
      }
      return rows
        .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.staffName.localeCompare(b.staffName) || a.key.localeCompare(b.key))
        .map((r) => ({ ...r, daysLeft: daysBetween(today, r.dueOn) }));
    },
  };
}
