// Courses, requirements, waivers, competency assessments and state CME profiles: the records a director types.
import type { z } from 'zod';
import type { CmeProfileInput, CompetencyInput, CourseInput, RequirementInput, RequirementTarget, WaiverInput } from '../../../shared/contract/training';
import { addYears } from '../../../shared/domain/calendar-day';
import { credentialTypeLabels } from '../../../shared/domain/credentials';
import { displayName } from '../../../shared/domain/names';
import type { CoreContext } from '../context';
import { rowToFields } from '../db/entity';
import { AppError, notFound } from '../errors';
import { organisationCalendar } from '../settings/today';
import { assess, countState, emptyCounts, parseRequirement, requirementSelect, trainingFacts, type StateCounts } from './assignments';
import {
  cmeStateProfileEntity, competencyAssessmentEntity, trainingCourseEntity, trainingRequirementEntity, trainingWaiverEntity,
} from './entities';

type CourseFields = z.output<typeof CourseInput>;
type RequirementFields = z.output<typeof RequirementInput>;

const categoryLabels: Record<string, string> = { active: 'Active staff', provisional: 'Provisional staff', courtesy: 'Courtesy staff', consulting: 'Consulting staff', ahp: 'Allied health professionals' };

export function trainingCatalogue(ctx: CoreContext) {
  const { db, store } = ctx;
  const calendar = organisationCalendar(ctx);
  const facts = trainingFacts(ctx);
  const courseRow = db.prepare('SELECT * FROM training_courses WHERE id = ?');
  const allCourses = db.prepare('SELECT * FROM training_courses ORDER BY title COLLATE NOCASE, id');
  const requirementById = db.prepare(`${requirementSelect} WHERE r.id = ?`);
  const roleName = db.prepare('SELECT name FROM roles WHERE id = ?').pluck();
  const departmentName = db.prepare('SELECT name FROM departments WHERE id = ?').pluck();
  const policyExists = db.prepare('SELECT 1 FROM policies WHERE id = ?').pluck();
  const versionExists = db.prepare('SELECT 1 FROM policy_versions WHERE id = ?').pluck();
  const staffName = db.prepare('SELECT given_name AS givenName, family_name AS familyName, degree FROM staff WHERE id = ?');
  const requirementExists = db.prepare('SELECT 1 FROM training_requirements WHERE id = ?').pluck();
  const competencies = db.prepare(`SELECT a.*, s.given_name AS givenName, s.family_name AS familyName, s.degree FROM competency_assessments a JOIN staff s ON s.id = a.staff_id
    WHERE @staffId IS NULL OR a.staff_id = @staffId ORDER BY a.assessed_on DESC, a.id LIMIT 2000`);
  const profiles = db.prepare('SELECT * FROM cme_state_profiles ORDER BY state');
  const profileByState = db.prepare('SELECT id FROM cme_state_profiles WHERE state = ?').pluck();

  function course(id: string) {
    const row = courseRow.get(id) as Record<string, unknown> | undefined;
    if (!row) throw notFound('This course');
    const f = rowToFields(trainingCourseEntity, row);
    return { ...(f as unknown as Omit<CourseFields, 'validityMonths'>), id: f.id, validityMonths: (f.validityMonths as number | null) ?? null, provider: (f.provider as string | null) ?? null, accreditingBody: (f.accreditingBody as string | null) ?? null };
  }

  function describeTarget(t: RequirementTarget): string {
    switch (t.kind) {
      case 'role':
        return (roleName.get(t.id) as string | undefined) ?? 'A removed role';
      case 'department':
        return (departmentName.get(t.id) as string | undefined) ?? 'A removed department';
      case 'appointment-category':
        return categoryLabels[t.value] ?? t.value;
      case 'privilege':
        return `Holders of ${t.value}`;
      case 'credential-type':
        return `${credentialTypeLabels[t.value]} holders`;
    }
  }

  function requirementsWithCounts(onlyId?: string) {
    const today = calendar.today();
    const read = facts(today);
    const rows = (onlyId ? [requirementById.get(onlyId)].filter(Boolean) : db.prepare(`${requirementSelect} ORDER BY r.title COLLATE NOCASE, r.id`).all()) as Record<string, unknown>[];
    return rows.map(parseRequirement).map((r) => {
      const counts: StateCounts = emptyCounts();
      if (!r.retiredOn || r.retiredOn > today) for (const person of read.people) countState(counts, assess(r, person, read).state);
      return { ...r, appliesToText: r.appliesTo.length ? r.appliesTo.map(describeTarget).join('; ') : 'Everyone on staff', counts };
    });
  }

  function requirement(id: string) {
    const found = requirementsWithCounts(id)[0];
    if (!found) throw notFound('This training requirement');
    return found;
  }

  function checkRequirement(fields: RequirementFields): void {
    if (!courseRow.get(fields.courseId)) throw new AppError('INVALID_INPUT', 'That course does not exist.', [{ path: 'courseId', message: 'Choose a course' }]);
    for (const t of fields.appliesTo) {
      if (t.kind === 'role' && !roleName.get(t.id)) throw new AppError('INVALID_INPUT', 'That role does not exist.', [{ path: 'appliesTo', message: 'That role does not exist' }]);
      if (t.kind === 'department' && !departmentName.get(t.id)) throw new AppError('INVALID_INPUT', 'That department does not exist.', [{ path: 'appliesTo', message: 'That department does not exist' }]);
    }
    if (fields.policyId && !policyExists.get(fields.policyId)) throw new AppError('INVALID_INPUT', 'That policy does not exist.', [{ path: 'policyId', message: 'That policy does not exist' }]);
  }

  return {
    course,
    courses: () => (allCourses.all() as { id: string }[]).map((r) => course(r.id)),

    saveCourse(id: string | undefined, fields: CourseFields) {
      for (const v of fields.policyVersionIds) if (!versionExists.get(v)) throw new AppError('INVALID_INPUT', 'A policy version this course teaches does not exist.', [{ path: 'policyVersionIds', message: 'That policy version does not exist' }]);
      const values = { ...fields, validityMonths: fields.validityMonths ?? null, provider: fields.provider ?? null, accreditingBody: fields.accreditingBody ?? null };
      if (!id) return course(store.insert(trainingCourseEntity, values));
      course(id);
      store.update(trainingCourseEntity, id, values);
      return course(id);
    },

    requirement,
    requirements: () => requirementsWithCounts(),

    saveRequirement(id: string | undefined, fields: RequirementFields) {
      checkRequirement(fields);
      const values = {
        ...fields, intervalMonths: fields.intervalMonths ?? null, annualDate: fields.annualDate ?? null, daysAfter: fields.daysAfter ?? null,
        policyId: fields.policyId ?? null, sourceNote: fields.sourceNote ?? null,
      };
      return store.transaction(() => {
        if (!id) return store.insert(trainingRequirementEntity, values);
        if (!requirementExists.get(id)) throw notFound('This training requirement');
        store.update(trainingRequirementEntity, id, values);
        return id;
      });
    },

    retireRequirement(id: string, retired: boolean) {
      if (!requirementExists.get(id)) throw notFound('This training requirement');
      store.update(trainingRequirementEntity, id, { retiredOn: retired ? calendar.today() : null });
    },

    grantWaiver(input: z.output<typeof WaiverInput>) {
      const today = calendar.today();
      if (!staffName.get(input.staffId)) throw notFound('This staff member');
      if (!requirementExists.get(input.requirementId)) throw notFound('This training requirement');
      if (input.endsOn < today) throw new AppError('INVALID_INPUT', `A waiver ends on or after today: ${input.endsOn} has passed.`, [{ path: 'endsOn', message: 'Choose a day from today on' }]);
      const id = store.insert(trainingWaiverEntity, { ...input, grantedOn: today });
      return { id, ...input, grantedOn: today };
    },

    competencies(staffId: string | undefined) {
      const today = calendar.today();
      return (competencies.all({ staffId: staffId ?? null }) as Record<string, unknown>[]).map((r) => ({
        id: r.id as string, staffId: r.staff_id as string, staffName: displayName(r as { givenName: string; familyName: string; degree: string | null }),
        competency: r.competency as string, method: r.method as string, assessor: r.assessor as string, result: r.result as 'competent',
        assessedOn: r.assessed_on as string, nextDueOn: r.next_due_on as string, overdue: (r.next_due_on as string) < today,
      }));
    },

    recordCompetency(input: z.output<typeof CompetencyInput>) {
      const today = calendar.today();
      if (!staffName.get(input.staffId)) throw notFound('This staff member');
      if (input.assessedOn > today) throw new AppError('INVALID_INPUT', `An assessment is recorded once it is done: ${input.assessedOn} is after today.`, [{ path: 'assessedOn', message: 'Not after today' }]);
      const nextDueOn = input.nextDueOn ?? addYears(input.assessedOn, 3);
      if (nextDueOn <= input.assessedOn) throw new AppError('INVALID_INPUT', 'The next assessment is due after this one.', [{ path: 'nextDueOn', message: 'After the assessment' }]);
      const id = store.insert(competencyAssessmentEntity, { ...input, nextDueOn });
      return this.competencies(input.staffId).find((c) => c.id === id)!;
    },

    cmeProfiles: () => (profiles.all() as Record<string, unknown>[]).map((r) => {
      const f = rowToFields(cmeStateProfileEntity, r);
      return { id: f.id, state: f.state as string, totalCredits: f.totalCredits as number, category1Minimum: f.category1Minimum as number, requiredTopics: f.requiredTopics as { topic: string; credits: number }[] };
    }),

    saveCmeProfile(input: z.output<typeof CmeProfileInput>) {
      const existing = profileByState.get(input.state) as string | undefined;
      const id = existing ?? store.insert(cmeStateProfileEntity, input);
      if (existing) store.update(cmeStateProfileEntity, existing, input);
      return this.cmeProfiles().find((p) => p.id === id)!;
    },
  };
}
