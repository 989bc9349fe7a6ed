// Assignments derived at read time: who each requirement applies to, and where each stands on a day. Nothing here is
// stored, so a role change, a new privilege, an edited requirement or a record arriving by sync is reflected at once.
import type { RequirementTarget } from '../../../shared/contract/training';
import { displayName } from '../../../shared/domain/names';
import { assignmentFor, type Assignment, type CompletionFact, type Recurrence, type RequirementRule } from '../../../shared/domain/training-due';
import type { CoreContext } from '../context';
import { policyVersions } from '../policies/versions';

export interface RequirementRow extends RequirementRule {
  id: string;
  title: string;
  courseId: string;
  courseTitle: string;
  appliesTo: RequirementTarget[];
  policyId: string | null;
  source: 'regulation' | 'policy' | 'bylaw' | 'accreditation';
  sourceNote: string | null;
  retiredOn: string | null;
}

export interface Waiver {
  id: string;
  approver: string;
  reason: string;
  endsOn: string;
}

export interface PersonRow {
  id: string;
  givenName: string;
  familyName: string;
  degree: string | null;
  roleId: string;
  departmentId: string;
  roleName: string;
  departmentName: string;
  appointmentCategory: string | null;
  hireDate: string | null;
  status: string;
}

/** Everything the rule needs, read in a handful of queries (no query per person or per cell). */
export interface TrainingFacts {
  asOf: string;
  requirements: RequirementRow[];
  people: PersonRow[];
  /** staffId → lower-cased privilege name → the day granted. */
  privileges: Map<string, Map<string, string | null>>;
  /** staffId → credential types held unexpired on the day. */
  credentialTypes: Map<string, Set<string>>;
  /** staffId → courseId → the latest completion on or before the day (all the rule needs). */
  completions: Map<string, Map<string, CompletionFact[]>>;
  /** staffId → requirementId → the waiver that runs latest, granted on or before the day. */
  waivers: Map<string, Map<string, Waiver>>;
  /** policyId → the day its version in force took effect. */
  policyVersionEffectiveOn: Map<string, string | null>;
}

export const requirementSelect = `SELECT r.id, r.title, r.course_id AS courseId, c.title AS courseTitle, r.applies_to AS appliesTo, r.recurrence,
  r.interval_months AS intervalMonths, r.annual_date AS annualDate, r.days_after AS daysAfter, r.policy_id AS policyId, r.grace_days AS graceDays,
  r.source, r.source_note AS sourceNote, r.effective_from AS effectiveFrom, r.retired_on AS retiredOn
  FROM training_requirements r JOIN training_courses c ON c.id = r.course_id`;

export function parseRequirement(row: Record<string, unknown>): RequirementRow {
  return { ...(row as unknown as RequirementRow), recurrence: row.recurrence as Recurrence, appliesTo: JSON.parse(row.appliesTo as string) as RequirementTarget[] };
}

export function trainingFacts(ctx: CoreContext) {
  const { db } = ctx;
  const versions = policyVersions(ctx);
  const requirements = db.prepare(`${requirementSelect} ORDER BY r.title COLLATE NOCASE, r.id`);
  // On staff on the day: not ended (or ended after it). Filters by department and role narrow the people, not the rules.
  const people = db.prepare(`SELECT s.id, s.given_name AS givenName, s.family_name AS familyName, s.degree, s.role_id AS roleId, s.department_id AS departmentId,
      r.name AS roleName, d.name AS departmentName, s.appointment_category AS appointmentCategory, s.hire_date AS hireDate, s.status
    FROM staff s JOIN roles r ON r.id = s.role_id JOIN departments d ON d.id = s.department_id
    WHERE (s.status <> 'inactive' OR s.appointment_ended_on > @asOf) AND (s.hire_date IS NULL OR s.hire_date <= @asOf)
      AND (@departmentId IS NULL OR s.department_id = @departmentId) AND (@roleId IS NULL OR s.role_id = @roleId) AND (@staffId IS NULL OR s.id = @staffId)
    ORDER BY s.family_name COLLATE NOCASE, s.given_name COLLATE NOCASE, s.id`);
  const privileges = db.prepare(`SELECT staff_id, lower(name), granted_on FROM privileges
    WHERE status IN ('granted', 'provisional') AND (granted_on IS NULL OR granted_on <= @asOf) AND (@staffId IS NULL OR staff_id = @staffId)`).raw();
  const credentials = db.prepare(`SELECT staff_id, type FROM credentials
    WHERE (expires_on IS NULL OR expires_on >= @asOf) AND (issued_on IS NULL OR issued_on <= @asOf) AND (@staffId IS NULL OR staff_id = @staffId)`).raw();
  // Every rule needs only the latest completion of a course (a new policy version asks for one on or after it), so
  // SQLite hands over one row per person and course, read from the covering index (and its valid_until with it).
  const completions = db.prepare(`SELECT staff_id, course_id, max(completed_on), valid_until FROM training_completions
    WHERE completed_on <= @asOf AND (@staffId IS NULL OR staff_id = @staffId) GROUP BY staff_id, course_id`).raw();
  const waivers = db.prepare(`SELECT staff_id, requirement_id, id, approver, reason, ends_on FROM training_waivers
    WHERE granted_on <= @asOf AND (@staffId IS NULL OR staff_id = @staffId) ORDER BY ends_on`).raw();
  const policyRetired = db.prepare('SELECT retired_on FROM policies WHERE id = ?').pluck();
  const policyTargets = db.prepare('SELECT target_kind AS kind, target_id AS id FROM policy_assignments WHERE policy_id = ? ORDER BY target_kind, target_id');

  return function read(asOf: string, filter: { departmentId?: string; roleId?: string; staffId?: string } = {}): TrainingFacts {
    const params = { asOf, departmentId: filter.departmentId ?? null, roleId: filter.roleId ?? null, staffId: filter.staffId ?? null };
    const reqs = (requirements.all() as Record<string, unknown>[]).map(parseRequirement).filter((r) => !r.retiredOn || r.retiredOn > asOf);
    const privilegeMap = new Map<string, Map<string, string | null>>();
    for (const [staffId, name, grantedOn] of privileges.all(params) as [string, string, string | null][]) {
      let held = privilegeMap.get(staffId);
      if (!held) privilegeMap.set(staffId, (held = new Map()));
      const before = held.get(name);
      if (before === undefined || (grantedOn && (!before || grantedOn < before))) held.set(name, grantedOn);
    }
    const credentialMap = new Map<string, Set<string>>();
    for (const [staffId, type] of credentials.all(params) as [string, string][]) {
      let held = credentialMap.get(staffId);
      if (!held) credentialMap.set(staffId, (held = new Set()));
      held.add(type);
    }
    const completionMap = new Map<string, Map<string, CompletionFact[]>>();
    for (const [staffId, courseId, completedOn, validUntil] of completions.all(params) as [string, string, string, string | null][]) {
      let byCourse = completionMap.get(staffId);
      if (!byCourse) completionMap.set(staffId, (byCourse = new Map()));
      const list = byCourse.get(courseId);
      if (list) list.push({ completedOn, validUntil });
      else byCourse.set(courseId, [{ completedOn, validUntil }]);
    }
    const waiverMap = new Map<string, Map<string, Waiver>>();
    for (const [staffId, requirementId, id, approver, reason, endsOn] of waivers.all(params) as string[][]) {
      let held = waiverMap.get(staffId!);
      if (!held) waiverMap.set(staffId!, (held = new Map()));
      held.set(requirementId!, { id: id!, approver: approver!, reason: reason!, endsOn: endsOn! });
    }
    const policyVersionEffectiveOn = new Map<string, string | null>();
    for (const r of reqs) {
      if (r.recurrence !== 'policy-version' || !r.policyId) continue;
      // A read-and-sign policy's training goes to whoever the policy is assigned to now: one list, kept in one place.
      const targets = policyTargets.all(r.policyId) as RequirementTarget[];
      if (targets.length) r.appliesTo = targets;
      if (policyVersionEffectiveOn.has(r.policyId)) continue;
      const inForce = versions.inForce(versions.skeletonsOf(r.policyId), asOf, (policyRetired.get(r.policyId) as string | null) ?? null);
      policyVersionEffectiveOn.set(r.policyId, inForce?.effectiveOn ?? null);
    }
    return {
      asOf, requirements: reqs, people: people.all(params) as PersonRow[], privileges: privilegeMap, credentialTypes: credentialMap,
      completions: completionMap, waivers: waiverMap, policyVersionEffectiveOn,
    };
  };
}

/** The privilege that brings the requirement to this person, if a privilege target matches: its grant day starts the clock. */
function matchingTarget(target: RequirementTarget, person: PersonRow, facts: TrainingFacts): { privilegeGrantedOn?: string | null } | null {
  switch (target.kind) {
    case 'role':
      return person.roleId === target.id ? {} : null;
    case 'department':
      return person.departmentId === target.id ? {} : null;
    case 'appointment-category':
      return person.appointmentCategory === target.value ? {} : null;
    case 'credential-type':
      return facts.credentialTypes.get(person.id)?.has(target.value) ? {} : null;
    case 'privilege': {
      const granted = facts.privileges.get(person.id)?.get(target.value.toLowerCase());
      return granted === undefined ? null : { privilegeGrantedOn: granted };
    }
  }
}

const notRequired: Assignment = { state: 'not-required', dueOn: null, lastCompletedOn: null, currentUntil: null };

/** Where one requirement stands for one person on the facts' day. */
export function assess(requirement: RequirementRow, person: PersonRow, facts: TrainingFacts): Assignment {
  let privilegeGrantedOn: string | null | undefined;
  if (requirement.appliesTo.length > 0) {
    let applies = false;
    for (const target of requirement.appliesTo) {
      const match = matchingTarget(target, person, facts);
      if (!match) continue;
      applies = true;
      if (match.privilegeGrantedOn !== undefined) privilegeGrantedOn = match.privilegeGrantedOn;
    }
    if (!applies) return notRequired;
  }
  const completions = facts.completions.get(person.id)?.get(requirement.courseId) ?? [];
  const waiver = facts.waivers.get(person.id)?.get(requirement.id);
  return assignmentFor(
    requirement,
    {
      hireDate: person.hireDate, privilegeGrantedOn, policyVersionEffectiveOn: requirement.policyId ? facts.policyVersionEffectiveOn.get(requirement.policyId) : null,
      onLeave: person.status === 'leave',
    },
    completions,
    facts.asOf,
    waiver?.endsOn ?? null,
  );
}

export const personName = (p: PersonRow) => displayName(p);

export type StateCounts = { assigned: number; current: number; dueSoon: number; overdue: number; exempt: number; onLeave: number };

export function emptyCounts(): StateCounts {
  return { assigned: 0, current: 0, dueSoon: 0, overdue: 0, exempt: 0, onLeave: 0 };
}

export function countState(counts: StateCounts, state: Assignment['state']): void {
  if (state === 'not-required') return;
  // Left out of compliance, as read-and-sign leaves them: counted apart so the screen can say how many.
  if (state === 'on-leave') {
    counts.onLeave++;
    return;
  }
  counts.assigned++;
  if (state === 'complete') counts.current++;
  else if (state === 'due-soon') counts.dueSoon++;
  else if (state === 'overdue') counts.overdue++;
  else if (state === 'exempt') counts.exempt++;
}
