// The sample hospital's training: courses, requirements by role, department, privilege and DEA registration, and a
// realistic mix of current, late and waived work; CME credits for its physicians against editable state profiles.
import type { RequirementTarget } from '../../../shared/contract/training';
import { addDays, addMonths } from '../../../shared/domain/calendar-day';
import { annualDateIn, validUntilFor, type Recurrence } from '../../../shared/domain/training-due';
import { assess, trainingFacts } from '../training/assignments';
import { cmeStateProfileEntity, trainingCompletionEntity, trainingCourseEntity, trainingRequirementEntity, trainingWaiverEntity } from '../training/entities';
import type { SampleStep } from './hospital';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

const courses = [
  { key: 'mate', title: 'MATE Act: treating patients with substance use disorders', provider: 'Lantern Bay CME Office', accreditingBody: 'ACCME', creditType: 'ama-pra-1', credits: 8, modality: 'online', validityMonths: null, topics: ['Substance use disorders', 'Opioid prescribing'] },
  { key: 'sepsis', title: 'Sepsis recognition and the hour-1 bundle', provider: 'Lantern Bay Education', accreditingBody: 'ACCME', creditType: 'ama-pra-1', credits: 1.5, modality: 'online', validityMonths: null, topics: ['Sepsis'] },
  { key: 'sedation', title: 'Moderate sedation: safety and rescue', provider: 'Department of Anesthesiology', accreditingBody: 'ACCME', creditType: 'ama-pra-1', credits: 2, modality: 'simulation', validityMonths: 24, topics: ['Sedation'] },
  { key: 'hygiene', title: 'Hand hygiene and infection prevention', provider: 'Infection Prevention', accreditingBody: 'ANCC', creditType: 'ancc', credits: 0.5, modality: 'online', validityMonths: null, topics: [] },
  { key: 'hipaa', title: 'Privacy and HIPAA for new staff', provider: 'Compliance Office', accreditingBody: null, creditType: 'none', credits: 0, modality: 'online', validityMonths: null, topics: [] },
  { key: 'bias', title: 'Implicit bias in clinical care', provider: 'Lantern Bay CME Office', accreditingBody: 'ACCME', creditType: 'ama-pra-1', credits: 2, modality: 'in-person', validityMonths: null, topics: ['Implicit bias'] },
  { key: 'pain', title: 'Pain management and opioid stewardship', provider: 'Pharmacy & Therapeutics', accreditingBody: 'ACCME', creditType: 'ama-pra-1', credits: 3, modality: 'blended', validityMonths: null, topics: ['Pain management'] },
  { key: 'rounds', title: 'Medical grand rounds', provider: 'Lantern Bay CME Office', accreditingBody: 'ACCME', creditType: 'ama-pra-1', credits: 1, modality: 'in-person', validityMonths: null, topics: [] },
  { key: 'ethics', title: 'Regional clinical ethics conference', provider: 'Cascadia Ethics Network', accreditingBody: null, creditType: 'ama-pra-2', credits: 4, modality: 'conference', validityMonths: null, topics: ['Ethics'] },
] as const;

type CourseKey = (typeof courses)[number]['key'];

interface PlannedRequirement {
  title: string;
  course: CourseKey;
  appliesTo: (plan: Parameters<SampleStep>[1]) => RequirementTarget[];
  recurrence: Recurrence;
  intervalMonths?: number;
  annualDate?: string;
  daysAfter?: number;
  graceDays: number;
  source: 'regulation' | 'policy' | 'bylaw' | 'accreditation';
  sourceNote: string;
  effectiveFrom: string;
}

const requirements: PlannedRequirement[] = [
  { title: 'MATE Act: 8 hours for DEA registrants', course: 'mate', appliesTo: () => [{ kind: 'credential-type', value: 'dea' }], recurrence: 'one-time', graceDays: 0, source: 'regulation', sourceNote: '21 U.S.C. 823(l), Consolidated Appropriations Act 2023', effectiveFrom: '2023-06-27' },
  { title: 'Sepsis bundle every two years', course: 'sepsis', appliesTo: (plan) => ['EM', 'ICU', 'MED'].map((code) => ({ kind: 'department', id: plan.departments.get(code)!.id })), recurrence: 'rolling-months', intervalMonths: 24, daysAfter: 60, graceDays: 14, source: 'accreditation', sourceNote: 'Sepsis performance improvement programme', effectiveFrom: '2022-01-01' },
  { title: 'Moderate sedation after the privilege', course: 'sedation', appliesTo: () => ['Moderate sedation', 'Procedural sedation', 'Pediatric procedural sedation'].map((value) => ({ kind: 'privilege', value })), recurrence: 'after-privilege', daysAfter: 90, graceDays: 0, source: 'bylaw', sourceNote: 'Medical staff bylaws, sedation privileges', effectiveFrom: '2020-01-01' },
  { title: 'Hand hygiene, every year by 31 December', course: 'hygiene', appliesTo: () => [], recurrence: 'annual-date', annualDate: '12-31', graceDays: 30, source: 'accreditation', sourceNote: 'Infection prevention plan', effectiveFrom: '2020-01-01' },
  { title: 'Privacy within 30 days of hire', course: 'hipaa', appliesTo: () => [], recurrence: 'after-hire', daysAfter: 30, graceDays: 0, source: 'regulation', sourceNote: 'HIPAA Privacy Rule, 45 CFR 164.530(b)', effectiveFrom: '2020-01-01' },
  { title: 'Implicit bias for attending physicians', course: 'bias', appliesTo: (plan) => [{ kind: 'role', id: plan.roles.get('Attending Physician')!.id }], recurrence: 'one-time', daysAfter: 180, graceDays: 0, source: 'policy', sourceNote: 'Health equity plan', effectiveFrom: '2025-01-01' },
];

/** Sample figures in the shape state boards publish them; a director edits them under Training → CME. */
const profiles = [
  { state: 'OR', totalCredits: 60, category1Minimum: 30, requiredTopics: [{ topic: 'Pain management', credits: 1 }] },
  { state: 'CA', totalCredits: 50, category1Minimum: 50, requiredTopics: [{ topic: 'Implicit bias', credits: 1 }] },
  { state: 'WA', totalCredits: 100, category1Minimum: 50, requiredTopics: [] },
  { state: 'ID', totalCredits: 40, category1Minimum: 20, requiredTopics: [] },
];

export const trainingStep: SampleStep = (ctx, plan) => {
  const { store } = ctx;
  const { random } = plan;
  const today = isoDay(plan.today);
  const courseIds = new Map<CourseKey, string>();
  const courseAvailable = addDays(today, -6 * 365);
  for (const c of courses) {
    const { key, ...fields } = c;
    courseIds.set(key, store.insert(trainingCourseEntity, { ...fields, topics: [...fields.topics], availableFrom: courseAvailable, policyVersionIds: [] }, random.uuid()));
  }
  for (const r of requirements) {
    store.insert(trainingRequirementEntity, {
      title: r.title, courseId: courseIds.get(r.course)!, appliesTo: r.appliesTo(plan), recurrence: r.recurrence, intervalMonths: r.intervalMonths ?? null,
      annualDate: r.annualDate ?? null, daysAfter: r.daysAfter ?? null, policyId: null, graceDays: r.graceDays, source: r.source, sourceNote: r.sourceNote,
      effectiveFrom: r.effectiveFrom, retiredOn: null,
    }, random.uuid());
  }
  for (const p of profiles) store.insert(cmeStateProfileEntity, p, random.uuid());

  const validityOf = new Map(courses.map((c) => [courseIds.get(c.key)!, { validityMonths: c.validityMonths, credits: c.credits, creditType: c.creditType }]));
  const complete = (staffId: string, courseId: string, completedOn: string, credits?: number) => {
    const course = validityOf.get(courseId)!;
    store.insert(trainingCompletionEntity, {
      staffId, courseId, completedOn, credits: credits ?? course.credits, creditType: course.creditType, validUntil: validUntilFor(completedOn, course.validityMonths),
      certificateId: null, method: random.weighted([['lms-import', 70], ['sign-in-sheet', 20], ['entered', 10]] as const),
    }, random.uuid());
  };

  // Who each requirement reaches is the live rule's answer: most did it in time, some are late, a few are waived.
  const facts = trainingFacts(ctx)(today);
  for (const person of facts.people) {
    for (const r of facts.requirements) {
      const standing = assess(r, person, facts);
      if (standing.state === 'not-required' || !standing.dueOn) continue;
      const roll = random.next();
      if (roll < 0.04) {
        store.insert(trainingWaiverEntity, {
          staffId: person.id, requirementId: r.id, approver: random.pick(['Dr. Imogen Harrow, CMO', 'Medical Executive Committee', 'Dr. Felix Marsh, Chair']),
          reason: random.pick(['Extended medical leave', 'Completed equivalent training elsewhere; certificate on file', 'Research appointment, no patient contact']),
          grantedOn: addDays(today, -random.int(10, 120)), endsOn: addDays(today, random.int(20, 200)),
        }, random.uuid());
        continue;
      }
      if (roll < 0.16) continue; // late: left overdue or due
      const earliest = r.recurrence === 'annual-date' ? addDays(annualDateIn(Number(today.slice(0, 4)) - 1, r.annualDate ?? '12-31'), 1)
        : r.recurrence === 'rolling-months' ? addMonths(today, -(r.intervalMonths ?? 12) + 1)
          : r.recurrence === 'after-privilege' || r.recurrence === 'after-hire' ? later(standing.dueOn ? addDays(standing.dueOn, -(r.daysAfter ?? 30)) : courseAvailable, courseAvailable)
            : later(person.hireDate ?? courseAvailable, courseAvailable);
      const completedOn = between(random, later(earliest, person.hireDate ?? earliest), today);
      complete(person.id, r.courseId, completedOn);
    }
  }

  // CME: physicians on the medical staff attend grand rounds, some a pain course and the ethics conference; a share of
  // them fall short of their state's profile, which is what the reappointments list is for.
  const physicians = plan.staff.filter((s) => s.role.kind === 'physician' && s.role.medicalStaff && s.status !== 'inactive');
  for (const p of physicians) {
    const sessions = random.int(8, 70);
    for (let i = 0; i < sessions; i++) complete(p.id, courseIds.get('rounds')!, addDays(today, -random.int(1, 720)));
    if (random.chance(0.6)) complete(p.id, courseIds.get('pain')!, addDays(today, -random.int(1, 700)));
    if (random.chance(0.3)) complete(p.id, courseIds.get('ethics')!, addDays(today, -random.int(1, 700)));
  }
};

const later = (a: string, b: string) => (a > b ? a : b);

function between(random: { int(min: number, max: number): number }, from: string, to: string): string {
  if (from >= to) return to;
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return addDays(from, random.int(0, span));
}
