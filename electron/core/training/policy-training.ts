// A read-and-sign policy can require training: the requirement covers the same roles and departments the policy is
// assigned to and asks again at each new version, so one edit to the policy's assignments carries to both.
import type { RequirementTarget } from '../../../shared/contract/training';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { organisationCalendar } from '../settings/today';
import { trainingCatalogue } from './catalogue';

export function policyTraining(ctx: CoreContext) {
  const { db } = ctx;
  const calendar = organisationCalendar(ctx);
  const catalogue = trainingCatalogue(ctx);
  const policy = db.prepare('SELECT title, reference FROM policies WHERE id = ?');
  const assignments = db.prepare('SELECT target_kind AS kind, target_id AS id FROM policy_assignments WHERE policy_id = ? ORDER BY target_kind, target_id');
  const existing = db.prepare('SELECT id, effective_from AS effectiveFrom FROM training_requirements WHERE policy_id = ? AND retired_on IS NULL ORDER BY created_at LIMIT 1');

  return {
    requireFor(policyId: string, courseId: string, daysAfter: number, graceDays: number) {
      const p = policy.get(policyId) as { title: string; reference: string } | undefined;
      if (!p) throw notFound('This policy');
      const targets = assignments.all(policyId) as RequirementTarget[];
      if (targets.length === 0) throw new AppError('INVALID_INPUT', 'Assign the policy to roles or departments for read-and-sign first: the training goes to the same people.');
      const current = existing.get(policyId) as { id: string; effectiveFrom: string } | undefined;
      const id = catalogue.saveRequirement(current?.id, {
        title: `${p.reference} ${p.title}`.trim(), courseId, appliesTo: targets, recurrence: 'policy-version', daysAfter, graceDays, policyId,
        source: 'policy', sourceNote: `Read-and-sign policy ${p.reference}`, effectiveFrom: current?.effectiveFrom ?? calendar.today(), intervalMonths: null, annualDate: null,
      });
      return catalogue.requirement(id);
    },
  };
}
