// The sample hospital's strategic plan, PDSA cycles and risk register: initiatives with milestones and budgets under
// the year's goals, cycles in every state (one idea refined over three), and fifteen risks scored at several dates,
// so the register has escalations, reviews falling due and risks that moved since the last meeting.
import { addDays, formatISO, subDays } from 'date-fns';
import type { CoreContext } from '../context';
import { goalEntity, initiativeEntity, milestoneEntity, pdsaCycleEntity, perspectiveEntity, planPeriodEntity, riskAssessmentEntity, riskEntity } from '../planning/entities';
import type { SampleStep } from './hospital';
import { SeededRandom } from './random';

const isoDay = (d: Date) => formatISO(d, { representation: 'date' });

/** The perspectives of the sample scorecard, by name: the measures' sample files its goals under the same names. */
export const samplePerspectiveNames = ['Quality & Safety', 'Patient Experience', 'People', 'Finance & Stewardship'] as const;

const ownGoals: Record<(typeof samplePerspectiveNames)[number], string[]> = {
  'Quality & Safety': ['Eliminate avoidable harm', 'Reliable sepsis and stroke care'],
  'Patient Experience': ['Timely access to emergency care'],
  People: ['A medical staff that stays and grows'],
  'Finance & Stewardship': ['Spend where it improves care'],
};

interface SampleInitiative {
  perspective: (typeof samplePerspectiveNames)[number];
  goal: number;
  title: string;
  description: string;
  /** Start and due, in days from today. */
  from: number;
  to: number;
  status: 'proposed' | 'active' | 'on-hold' | 'completed' | 'cancelled';
  planned: number | null;
  spentShare: number;
  milestones: [title: string, dueInDays: number][];
}

const initiatives: SampleInitiative[] = [
  { perspective: 'Quality & Safety', goal: 0, title: 'Falls prevention bundle on medical wards', description: 'Hourly rounding, bed alarms for high-risk patients and a post-fall huddle.', from: -200, to: 120, status: 'active', planned: 85_000, spentShare: 0.62,
    milestones: [['Bundle agreed by nursing council', -170], ['Pilot on 4 West', -120], ['All medical wards', -20], ['Six-month review to Quality Committee', 90]] },
  { perspective: 'Quality & Safety', goal: 0, title: 'Medication reconciliation at discharge', description: 'Pharmacist-led reconciliation for patients on ten or more medicines.', from: -150, to: 180, status: 'active', planned: 140_000, spentShare: 0.38,
    milestones: [['Pharmacist posts filled', -110], ['Electronic reconciliation form live', -40], ['Audit of 100 discharges', 60]] },
  { perspective: 'Quality & Safety', goal: 1, title: 'Sepsis bundle in the emergency department', description: 'Nurse-initiated lactate and cultures at triage; antibiotics within the hour.', from: -260, to: 60, status: 'active', planned: 60_000, spentShare: 0.91,
    milestones: [['Triage order set live', -220], ['Lactate point-of-care meters', -150], ['Bundle compliance at 85%', 45]] },
  { perspective: 'Quality & Safety', goal: 1, title: 'Door-to-needle under 45 minutes for stroke', description: 'Pre-alert from EMS, CT on arrival, alteplase mixed in the scanner.', from: -90, to: 240, status: 'active', planned: 45_000, spentShare: 0.2,
    milestones: [['EMS pre-alert protocol', -60], ['Simulation drills quarterly', 30], ['Certification site visit', 200]] },
  { perspective: 'Patient Experience', goal: 0, title: 'Emergency department boarding reduction', description: 'Discharge before noon, a transfer centre and escalation at 80% occupancy.', from: -120, to: 210, status: 'active', planned: 250_000, spentShare: 0.55,
    milestones: [['Discharge lounge opened', -75], ['Transfer centre staffed 24/7', 20], ['Boarding hours halved', 180]] },
  { perspective: 'Patient Experience', goal: 0, title: 'Interpreter services on every ward', description: 'Video interpreting carts for the twelve most spoken languages.', from: 30, to: 200, status: 'proposed', planned: 70_000, spentShare: 0,
    milestones: [['Vendor chosen', 60], ['Carts on all wards', 190]] },
  { perspective: 'People', goal: 0, title: 'Physician wellness and peer support', description: 'Trained peer supporters, protected time and a confidential second-victim programme.', from: -300, to: -10, status: 'completed', planned: 30_000, spentShare: 0.97,
    milestones: [['Twelve peer supporters trained', -240], ['Programme launched', -200], ['Evaluation reported to MEC', -15]] },
  { perspective: 'People', goal: 0, title: 'Onboarding for new medical staff', description: 'A first-week programme and a named mentor for every new practitioner.', from: -60, to: 150, status: 'on-hold', planned: 15_000, spentShare: 0.1,
    milestones: [['Programme outline approved', -30], ['First cohort', 120]] },
  { perspective: 'Finance & Stewardship', goal: 0, title: 'Antimicrobial stewardship', description: 'Prospective audit and feedback on carbapenems and broad-spectrum cephalosporins.', from: -180, to: 185, status: 'active', planned: 95_000, spentShare: 0.45,
    milestones: [['Stewardship pharmacist appointed', -150], ['Audit and feedback on ICU', -90], ['Hospital-wide', 90]] },
  { perspective: 'Finance & Stewardship', goal: 0, title: 'Reduce agency locum spend', description: 'An internal locum pool and rota gaps filled four weeks ahead.', from: -100, to: 260, status: 'active', planned: 40_000, spentShare: 0.3,
    milestones: [['Internal pool of 15 physicians', -20], ['Agency spend down 30%', 240]] },
];

interface SampleCycle {
  initiative: number;
  title: string;
  aim: string;
  changeIdea: string;
  question: string;
  prediction: string;
  plan: string;
  dataPlan: string;
  observations?: string;
  study?: string;
  act?: 'adopt' | 'adapt' | 'abandon';
  state: 'planned' | 'doing' | 'studying' | 'decided';
  from: number;
  to: number;
  /** Index of the cycle this one follows. */
  follows?: number;
}

const cycles: SampleCycle[] = [
  { initiative: 2, title: 'Lactate at triage, day shift', aim: 'Bundle compliance from 71% to 85%', changeIdea: 'Triage nurses order lactate on the sepsis screen', question: 'Will triage nurses order lactate for every positive screen?',
    prediction: 'Lactate ordered for 8 of 10 positive screens', plan: 'Two triage nurses, day shift, two weeks; educator on hand', dataPlan: 'Daily audit of positive screens and lactate orders',
    observations: '17 of 20 positive screens had lactate within 30 minutes; nights untouched', study: 'Better than predicted on days; nurses asked for the order on the screen itself', act: 'adapt', state: 'decided', from: -200, to: -186 },
  { initiative: 2, title: 'Lactate at triage, all shifts, order built into the screen', aim: 'Bundle compliance from 71% to 85%', changeIdea: 'The lactate order appears on a positive screen', question: 'Does the built-in order hold the rate on nights?',
    prediction: '8 of 10 on nights as on days', plan: 'All triage nurses, four weeks', dataPlan: 'Audit of every positive screen',
    observations: '41 of 50 on nights, 46 of 50 on days', study: 'As predicted; one meter fault on nights explained most misses', act: 'adopt', state: 'decided', from: -170, to: -140, follows: 0 },
  { initiative: 2, title: 'Antibiotics within the hour: pharmacy pre-mixed stock', aim: 'Bundle compliance from 71% to 85%', changeIdea: 'Pre-mixed piperacillin-tazobactam in the ED dispensing cabinet', question: 'Will time to antibiotics fall below 60 minutes?',
    prediction: 'Median time to antibiotics from 78 to 55 minutes', plan: 'ED, four weeks, pharmacy restocks daily', dataPlan: 'Time from triage to first dose, every sepsis patient',
    observations: 'Median 62 minutes; stock ran out twice', state: 'studying', from: -60, to: -30, follows: 1 },
  { initiative: 0, title: 'Post-fall huddle on 4 West', aim: 'Falls with harm down by half', changeIdea: 'A five-minute huddle after every fall', question: 'Will huddles happen after every fall?',
    prediction: 'Nine in ten falls followed by a huddle within the shift', plan: 'Charge nurses on 4 West, six weeks', dataPlan: 'Huddle form per fall, compared with incident reports', state: 'doing', from: -20, to: 20 },
  { initiative: 1, title: 'Pharmacist reconciliation for ten or more medicines', aim: 'Discharge medication errors halved', changeIdea: 'A pharmacist reconciles before the discharge summary is signed', question: 'Can one pharmacist reach every eligible discharge on 5 East?',
    prediction: 'Eight in ten eligible discharges reconciled', plan: 'One pharmacist, 5 East, weekdays, four weeks', dataPlan: 'Eligible discharges from the pharmacy list; reconciled ones from the form', state: 'planned', from: 14, to: 42 },
  { initiative: 4, title: 'Discharge before noon on medicine', aim: 'Boarding hours halved', changeIdea: 'Discharge orders written the evening before', question: 'Will evening-before orders move discharges before noon?',
    prediction: 'Discharges before noon from 18% to 35%', plan: 'Two medicine teams, four weeks', dataPlan: 'Discharge times from the bed board',
    observations: 'Before-noon discharges 21%; transport was the delay', study: 'Far below prediction: orders were ready, rides were not', act: 'abandon', state: 'decided', from: -110, to: -80 },
  { initiative: 8, title: 'Carbapenem time-out at 48 hours', aim: 'Carbapenem days down 20%', changeIdea: 'A pharmacist prompt at 48 hours to review the carbapenem', question: 'Will prescribers de-escalate after the prompt?',
    prediction: 'Four in ten courses de-escalated at 48 hours', plan: 'ICU, six weeks', dataPlan: 'Courses and de-escalations from the stewardship log', state: 'doing', from: -25, to: 17 },
];

interface SampleRisk {
  reference: string;
  title: string;
  category: string;
  cause: string;
  event: string;
  consequence: string;
  controls: [string, 'effective' | 'partly-effective' | 'ineffective' | 'not-assessed'][];
  treatment: 'accept' | 'avoid' | 'mitigate' | 'transfer';
  actions: string;
  /** Review date in days from today: negative is overdue. */
  review: number;
  /** Assessments: days before today, inherent L×I, residual L×I. */
  scores: [daysAgo: number, il: number, ii: number, rl: number, ri: number][];
  closedDaysAgo?: number;
}

const risks: SampleRisk[] = [
  { reference: 'R-01', title: 'Inpatient falls with harm', category: 'Clinical', cause: 'Frail elderly patients, night staffing at minimum ratios', event: 'A patient falls and is injured', consequence: 'Fracture or head injury; longer stay; claims',
    controls: [['Falls risk assessment on admission', 'partly-effective'], ['Bed alarms for high-risk patients', 'effective']], treatment: 'mitigate', actions: 'Falls bundle on all medical wards (initiative); post-fall huddle PDSA.', review: 40, scores: [[300, 4, 4, 3, 4], [120, 4, 4, 4, 4], [20, 4, 4, 3, 4]] },
  { reference: 'R-02', title: 'Emergency department boarding', category: 'Operational', cause: 'Bed occupancy above 95%; slow discharges', event: 'Admitted patients wait in the ED for more than 12 hours', consequence: 'Harm from delayed care; ambulance diversion',
    controls: [['Escalation at 80% occupancy', 'partly-effective'], ['Discharge lounge', 'partly-effective']], treatment: 'mitigate', actions: 'Boarding reduction initiative; transfer centre.', review: 14, scores: [[280, 5, 4, 4, 4], [100, 5, 4, 4, 4], [25, 5, 5, 4, 5]] },
  { reference: 'R-03', title: 'Ransomware outage of the electronic record', category: 'Information', cause: 'Phishing; legacy servers', event: 'The record and results are unavailable for days', consequence: 'Downtime procedures for days; delayed care; data loss',
    controls: [['Offline backups tested quarterly', 'effective'], ['Phishing training', 'partly-effective'], ['Cyber insurance', 'effective']], treatment: 'transfer', actions: 'Downtime drill twice a year.', review: -10, scores: [[320, 3, 5, 2, 5], [60, 3, 5, 2, 5]] },
  { reference: 'R-04', title: 'Sepsis recognised late', category: 'Clinical', cause: 'Screening not done at triage on nights', event: 'A septic patient waits for antibiotics', consequence: 'Avoidable deaths',
    controls: [['Sepsis screen at triage', 'effective'], ['Lactate order on the screen', 'effective']], treatment: 'mitigate', actions: 'Sepsis bundle initiative; pre-mixed antibiotics PDSA.', review: 75, scores: [[310, 4, 5, 4, 4], [150, 4, 5, 3, 4], [28, 4, 5, 2, 4]] },
  { reference: 'R-05', title: 'Medication errors at discharge', category: 'Clinical', cause: 'Incomplete reconciliation for polypharmacy', event: 'A patient goes home on the wrong medicines', consequence: 'Readmission; harm',
    controls: [['Discharge checklist', 'partly-effective']], treatment: 'mitigate', actions: 'Pharmacist-led reconciliation initiative.', review: 50, scores: [[260, 4, 4, 3, 4], [35, 4, 4, 3, 4]] },
  { reference: 'R-06', title: 'Anaesthesia workforce gaps', category: 'Workforce', cause: 'Two consultant vacancies; national shortage', event: 'Theatre lists cancelled', consequence: 'Waiting times; lost income',
    controls: [['Locum agreements', 'partly-effective']], treatment: 'mitigate', actions: 'Recruitment campaign; internal locum pool.', review: -3, scores: [[240, 4, 4, 3, 4], [90, 4, 4, 4, 4], [22, 4, 4, 4, 4]] },
  { reference: 'R-07', title: 'Credentialing lapses', category: 'Regulatory', cause: 'Manual tracking of expiries', event: 'A practitioner works with an expired licence', consequence: 'Regulatory sanction; invalid insurance',
    controls: [['Expiry reminders at 90, 60 and 30 days', 'effective'], ['Primary-source verification', 'effective']], treatment: 'mitigate', actions: 'Monthly report to the Credentials Committee.', review: 120, scores: [[300, 3, 4, 1, 4]] },
  { reference: 'R-08', title: 'Carbapenem-resistant organisms', category: 'Clinical', cause: 'Broad-spectrum antibiotic use', event: 'An outbreak on the ICU', consequence: 'Deaths; ward closure',
    controls: [['Screening on ICU admission', 'effective'], ['Stewardship audit and feedback', 'partly-effective']], treatment: 'mitigate', actions: 'Antimicrobial stewardship initiative.', review: 30, scores: [[290, 3, 5, 3, 4], [130, 3, 5, 3, 3], [18, 3, 5, 2, 3]] },
  { reference: 'R-09', title: 'Loss of the backup generator during an outage', category: 'Estates', cause: 'Generator past its service life', event: 'Power lost to theatres and ICU', consequence: 'Deaths on life support',
    controls: [['Monthly load tests', 'effective'], ['Replacement ordered', 'not-assessed']], treatment: 'avoid', actions: 'Replacement generator commissioned.', review: -20, scores: [[270, 2, 5, 2, 5], [45, 2, 5, 1, 5]] },
  { reference: 'R-10', title: 'Physician burnout', category: 'Workforce', cause: 'Workload; documentation burden', event: 'Physicians reduce hours or leave', consequence: 'Vacancies; errors',
    controls: [['Peer support programme', 'effective'], ['Scribes in the ED', 'partly-effective']], treatment: 'mitigate', actions: 'Wellness survey yearly.', review: 90, scores: [[330, 4, 3, 3, 3], [60, 4, 3, 2, 3]] },
  { reference: 'R-11', title: 'Retained surgical items', category: 'Clinical', cause: 'Counting interrupted at shift change', event: 'An item is left in a patient', consequence: 'Reoperation; never event',
    controls: [['Counting policy', 'effective'], ['Radiofrequency-tagged sponges', 'effective']], treatment: 'mitigate', actions: 'Quarterly audit of counts.', review: 150, scores: [[310, 2, 5, 1, 5]] },
  { reference: 'R-12', title: 'Delayed results follow-up', category: 'Clinical', cause: 'Results return after discharge to no named clinician', event: 'An abnormal result is missed', consequence: 'Missed cancer diagnosis',
    controls: [['Results inbox per consultant', 'ineffective']], treatment: 'mitigate', actions: 'Named responsible clinician on discharge; inbox audit.', review: -5, scores: [[200, 3, 4, 3, 4], [80, 3, 4, 3, 4], [15, 4, 4, 4, 4]] },
  { reference: 'R-13', title: 'Budget overrun on agency staff', category: 'Financial', cause: 'Vacancies filled by agency locums', event: 'Staffing budget overspent by more than 5%', consequence: 'Cuts elsewhere',
    controls: [['Weekly spend report', 'partly-effective']], treatment: 'mitigate', actions: 'Internal locum pool initiative.', review: 60, scores: [[250, 4, 3, 4, 3], [30, 4, 3, 3, 3]] },
  { reference: 'R-14', title: 'Data breach through lost laptops', category: 'Information', cause: 'Unencrypted devices', event: 'Patient data exposed', consequence: 'Regulator fines; loss of trust',
    controls: [['Full-disk encryption', 'effective']], treatment: 'accept', actions: 'Annual device audit.', review: 200, scores: [[340, 2, 4, 1, 3]] },
  { reference: 'R-15', title: 'Old lift in the outpatient block', category: 'Estates', cause: 'Lift past service life', event: 'Patients trapped', consequence: 'Injury; complaints',
    controls: [['Lift replaced', 'effective']], treatment: 'avoid', actions: 'Closed: lift replaced.', review: 300, scores: [[330, 3, 3, 3, 3], [150, 3, 3, 1, 2]], closedDaysAgo: 140 },
];

function periodFor(ctx: CoreContext, today: string, random: SeededRandom): string {
  const { db, store } = ctx;
  const containing = db.prepare('SELECT id FROM plan_periods WHERE starts_on <= ? AND ends_on >= ? ORDER BY starts_on DESC LIMIT 1').pluck().get(today, today) as string | undefined;
  if (containing) return containing;
  // A fiscal year from July, as US hospitals keep it, named for the year it ends.
  const year = Number(today.slice(0, 4)) + (Number(today.slice(5, 7)) >= 7 ? 1 : 0);
  const name = `FY${year}`;
  const named = db.prepare('SELECT id FROM plan_periods WHERE name = ?').pluck().get(name) as string | undefined;
  return named ?? store.insert(planPeriodEntity, { name, startsOn: `${year - 1}-07-01`, endsOn: `${year}-06-30` }, random.uuid());
}

export const planningStrategyStep: SampleStep = (ctx, plan, options) => {
  const { db, store } = ctx;
  // Its own seeded source, so adding this step changes nothing the other steps draw.
  const random = new SeededRandom(options.seed * 31 + 12);
  const today = plan.today;
  const day = (offset: number) => isoDay(addDays(today, offset));
  const owners = plan.staff.filter((s) => s.status === 'active' && (s.role.kind === 'physician' || s.role.name === 'Quality Analyst' || s.role.kind === 'pharmacy'));
  const owner = () => (owners.length ? random.pick(owners).id : null);

  const periodId = periodFor(ctx, day(0), random);
  const perspectiveNamed = db.prepare('SELECT id FROM perspectives WHERE plan_period_id = ? AND name = ?').pluck();
  const goalsOf = db.prepare('SELECT id FROM goals WHERE perspective_id = ? ORDER BY position, title').pluck();
  const goalIds = new Map<string, string[]>();
  samplePerspectiveNames.forEach((name, position) => {
    const perspectiveId = (perspectiveNamed.get(periodId, name) as string | undefined) ?? store.insert(perspectiveEntity, { planPeriodId: periodId, name, position }, random.uuid());
    let goals = goalsOf.all(perspectiveId) as string[];
    // Goals the measures made already are used as they are; otherwise this plan's own.
    if (goals.length === 0) goals = ownGoals[name].map((title, i) => store.insert(goalEntity, { perspectiveId, title, ownerStaffId: owner(), position: i }, random.uuid()));
    goalIds.set(name, goals);
  });

  const initiativeIds = initiatives.map((i) => {
    const goals = goalIds.get(i.perspective)!;
    const id = store.insert(initiativeEntity, {
      goalId: goals[Math.min(i.goal, goals.length - 1)]!, title: i.title, description: i.description, ownerStaffId: owner(), startsOn: day(i.from), dueOn: day(i.to),
      status: i.status, budgetPlanned: i.planned, budgetSpent: i.planned === null ? null : Math.round(i.planned * i.spentShare / 100) * 100,
    }, random.uuid());
    for (const [title, due] of i.milestones) {
      store.insert(milestoneEntity, { initiativeId: id, title, dueOn: day(due), doneOn: due < 0 && i.status !== 'on-hold' ? day(due + random.int(-5, 3)) : null }, random.uuid());
    }
    return id;
  });

  const cycleIds: string[] = [];
  for (const c of cycles) {
    const { initiative, follows, from, to, ...fields } = c;
    cycleIds.push(store.insert(pdsaCycleEntity, {
      ...fields, initiativeId: initiativeIds[initiative]!, previousCycleId: follows === undefined ? null : cycleIds[follows]!, ownerStaffId: owner(), startsOn: day(from), endsOn: day(to),
    }, random.uuid()));
  }

  for (const r of risks) {
    const { scores, review, controls, closedDaysAgo, ...fields } = r;
    const riskId = store.insert(riskEntity, {
      ...fields, ownerStaffId: owner(), controls: controls.map(([control, effectiveness]) => ({ control, effectiveness })), reviewOn: day(review),
      closedOn: closedDaysAgo === undefined ? null : isoDay(subDays(today, closedDaysAgo)),
    }, random.uuid());
    for (const [daysAgo, il, ii, rl, ri] of scores) {
      store.insert(riskAssessmentEntity, {
        riskId, assessedOn: isoDay(subDays(today, daysAgo)), inherentLikelihood: il, inherentImpact: ii, residualLikelihood: rl, residualImpact: ri,
        note: daysAgo === scores[0]![0] ? 'First assessment' : 'Re-scored at review',
      }, random.uuid());
    }
  }
};
