// The sample hospital's plan and its measures: a FY2027 plan period, four perspectives and their goals, and about 20
// measures with three years of monthly values — most steady, some off track, one with a real special cause, and one
// with a sustained shift after a PDSA cycle (the value that starts the new phase names the cycle). The strategy
// sample adds initiatives, more cycles and risks, and finds these goals by title.
import { shiftPeriod } from '../../../shared/domain/spc/periods';
import { goalEntity, measureEntity, measureValueEntity, pdsaCycleEntity, perspectiveEntity, planPeriodEntity } from '../planning/entities';
import type { SampleStep } from './hospital';
import type { SeededRandom } from './random';

type Kind = 'proportion' | 'rate' | 'count' | 'continuous';
type Direction = 'higher-is-better' | 'lower-is-better';

/** How a measure's 36 months run: a level, its noise and what happens to it. */
interface SampleMeasure {
  name: string;
  type: Kind;
  direction: Direction;
  target: number;
  /** The usual level in display units (a percentage, a rate per multiplier, a count, a measurement). */
  level: number;
  /** Monthly denominator for proportions and rates. */
  denominator?: number;
  /** Spread of continuous values (standard deviation). */
  spread?: number;
  unit?: string;
  rateMultiplier?: number;
  definition: string;
  numerator?: string;
  denominatorDefinition?: string;
  source: string;
  /** Months before the latest (0 = latest) from which the level moves to `to`. */
  drift?: { from: number; to: number };
  /** One month far from the rest (months before the latest) and its level. */
  spike?: { at: number; level: number; annotation: string };
}

export const samplePerspectives = [
  {
    name: 'Quality & Safety', goals: [
      { title: 'Zero preventable harm', measures: [
        { name: 'Hand hygiene compliance', type: 'proportion', direction: 'higher-is-better', target: 90, level: 92, denominator: 420, definition: 'Observed hand hygiene opportunities where hand hygiene was performed', numerator: 'Opportunities with hand hygiene performed', denominatorDefinition: 'Opportunities observed by trained auditors', source: 'Hand hygiene audit app' },
        { name: 'Falls with injury per 1,000 patient days', type: 'rate', direction: 'lower-is-better', target: 0.6, level: 0.5, denominator: 5200, rateMultiplier: 1000, unit: 'per 1,000 patient days', definition: 'Inpatient falls resulting in injury (minor or greater)', numerator: 'Falls with injury', denominatorDefinition: 'Inpatient days', source: 'Incident reporting system' },
        { name: 'CLABSI per 1,000 central line days', type: 'rate', direction: 'lower-is-better', target: 1, level: 0.8, denominator: 2400, rateMultiplier: 1000, unit: 'per 1,000 line days', definition: 'Central line-associated bloodstream infections (NHSN definition)', numerator: 'CLABSI events', denominatorDefinition: 'Central line days', source: 'Infection prevention surveillance', spike: { at: 9, level: 5.4, annotation: 'Cluster in ICU traced to a change in dressing supplier; supplier reverted' } },
        { name: 'Hospital-acquired pressure injuries, stage 2+', type: 'count', direction: 'lower-is-better', target: 4, level: 3, definition: 'New pressure injuries stage 2 or worse found after admission', source: 'Wound care nurse rounds' },
      ] },
      { title: 'Reliable sepsis and stroke care', measures: [
        { name: 'Sepsis bundle compliance (SEP-1)', type: 'proportion', direction: 'higher-is-better', target: 80, level: 78, denominator: 60, definition: 'Severe sepsis and septic shock patients whose care met every element of the SEP-1 bundle', numerator: 'Cases meeting every bundle element', denominatorDefinition: 'Abstracted sepsis cases', source: 'Core measure abstraction', drift: { from: 7, to: 58 } },
        { name: 'Door-to-needle time for stroke thrombolysis', type: 'continuous', direction: 'lower-is-better', target: 45, level: 41, spread: 4, unit: 'min', definition: 'Median minutes from arrival to alteplase or tenecteplase, each month', source: 'Get With The Guidelines – Stroke' },
        { name: 'Heart failure 30-day readmissions', type: 'proportion', direction: 'lower-is-better', target: 18, level: 19.5, denominator: 85, definition: 'Heart failure discharges readmitted for any cause within 30 days', numerator: 'Readmissions within 30 days', denominatorDefinition: 'Heart failure discharges', source: 'Case management' },
      ] },
    ],
  },
  {
    name: 'Patient Experience', goals: [
      { title: 'Patients would recommend us', measures: [
        { name: 'HCAHPS: would definitely recommend', type: 'proportion', direction: 'higher-is-better', target: 75, level: 74, denominator: 310, definition: 'Survey respondents answering “definitely yes” to recommending the hospital', numerator: '“Definitely yes” answers', denominatorDefinition: 'Survey respondents', source: 'HCAHPS vendor' },
        { name: 'ED patients who left without being seen', type: 'proportion', direction: 'lower-is-better', target: 2, level: 1.8, denominator: 3900, definition: 'Emergency department visits that left before a provider saw them', numerator: 'Left without being seen', denominatorDefinition: 'ED visits', source: 'ED tracking board', drift: { from: 6, to: 3.6 } },
        { name: 'ED door-to-provider time', type: 'continuous', direction: 'lower-is-better', target: 30, level: 27, spread: 3, unit: 'min', definition: 'Median minutes from ED arrival to first provider contact', source: 'ED tracking board' },
      ] },
      { title: 'Timely flow and access', measures: [
        { name: 'Discharges before noon', type: 'proportion', direction: 'higher-is-better', target: 35, level: 22, denominator: 1150, definition: 'Inpatient discharges with the patient leaving the unit before 12:00', numerator: 'Discharges before noon', denominatorDefinition: 'Inpatient discharges', source: 'Bed management system' },
        { name: 'Third next available appointment, specialty clinics', type: 'continuous', direction: 'lower-is-better', target: 14, level: 12, spread: 1.5, unit: 'days', definition: 'Average days to the third next available new-patient slot', source: 'Clinic scheduling' },
      ] },
    ],
  },
  {
    name: 'People', goals: [
      { title: 'A workforce that stays', measures: [
        { name: 'Registered nurse vacancy rate', type: 'proportion', direction: 'lower-is-better', target: 8, level: 8.8, denominator: 640, definition: 'Budgeted RN positions not filled at month end', numerator: 'Vacant RN positions', denominatorDefinition: 'Budgeted RN positions', source: 'Human resources' },
        { name: 'Workplace violence incidents', type: 'count', direction: 'lower-is-better', target: 6, level: 5, definition: 'Reported incidents of physical violence or threats against staff', source: 'Incident reporting system' },
        { name: 'Staff influenza vaccination', type: 'proportion', direction: 'higher-is-better', target: 90, level: 93, denominator: 2100, definition: 'Employees vaccinated or with a documented exemption, month end', numerator: 'Vaccinated or exempt', denominatorDefinition: 'Employees', source: 'Employee health' },
      ] },
      { title: 'An engaged medical staff', measures: [
        { name: 'OPPE completed on time', type: 'proportion', direction: 'higher-is-better', target: 95, level: 96, denominator: 45, definition: 'Ongoing professional practice evaluations completed by their due date', numerator: 'Completed on time', denominatorDefinition: 'OPPE due that month', source: 'Medical staff office' },
        { name: 'Medical records completed within 30 days', type: 'proportion', direction: 'higher-is-better', target: 95, level: 93.5, denominator: 2600, definition: 'Inpatient records complete within 30 days of discharge', numerator: 'Records complete in 30 days', denominatorDefinition: 'Inpatient discharges', source: 'Health information management' },
      ] },
    ],
  },
  {
    name: 'Finance & Stewardship', goals: [
      { title: 'Sustainable operations', measures: [
        { name: 'Average length of stay', type: 'continuous', direction: 'lower-is-better', target: 4.4, level: 4.3, spread: 0.12, unit: 'days', definition: 'Mean inpatient length of stay, excluding obstetrics and psychiatry', source: 'Decision support' },
        { name: 'Operating margin', type: 'continuous', direction: 'higher-is-better', target: 2, level: 2.4, spread: 0.6, unit: '%', definition: 'Operating income over operating revenue, month', source: 'Finance' },
        { name: 'Antibiotic days of therapy per 1,000 patient days', type: 'rate', direction: 'lower-is-better', target: 560, level: 545, denominator: 5200, rateMultiplier: 1000, unit: 'DOT per 1,000 patient days', definition: 'Days of antibacterial therapy (NHSN AU option)', numerator: 'Days of therapy', denominatorDefinition: 'Patient days present', source: 'Pharmacy' },
      ] },
    ],
  },
] as const satisfies readonly { name: string; goals: readonly { title: string; measures: readonly SampleMeasure[] }[] }[];

/** The measure that shows a sustained shift after a PDSA cycle, and when (months before the latest) the shift began. */
const shiftedMeasure = 'Discharges before noon';
const shiftAt = 13;
const shiftedLevel = 34;

function normal(random: SeededRandom): number {
  // Box–Muller: two uniforms to one standard normal.
  const u = Math.max(random.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

/** The level a measure runs at `back` months before the latest: its drift, its shift, its one-off spike. */
function levelAt(m: SampleMeasure, back: number): number {
  if (m.spike && back === m.spike.at) return m.spike.level;
  if (m.name === shiftedMeasure && back <= shiftAt) return shiftedLevel;
  if (m.drift && back <= m.drift.from) return m.level + ((m.drift.to - m.level) * (m.drift.from - back + 1)) / (m.drift.from + 1);
  return m.level;
}

export const planningMeasuresStep: SampleStep = (ctx, plan) => {
  const { store } = ctx;
  const { random, today } = plan;
  const latest = shiftPeriod(`${today.getUTCFullYear()}-${String(today.getUTCMonth() + 1).padStart(2, '0')}`, 'monthly', -1);
  const months = 36;
  const planPeriodId = store.insert(planPeriodEntity, { name: 'FY2027', startsOn: '2026-07-01', endsOn: '2027-06-30' }, random.uuid());
  const owners = plan.staff.filter((s) => s.status === 'active' && s.role.kind === 'physician');

  samplePerspectives.forEach((p, pi) => {
    const perspectiveId = store.insert(perspectiveEntity, { planPeriodId, name: p.name, position: pi + 1 }, random.uuid());
    p.goals.forEach((g, gi) => {
      const goalId = store.insert(goalEntity, { perspectiveId, title: g.title, position: gi + 1, ownerStaffId: owners.length ? random.pick(owners).id : null }, random.uuid());
      for (const m of g.measures as readonly SampleMeasure[]) {
        const measureId = store.insert(measureEntity, {
          goalId, name: m.name, definition: m.definition, type: m.type, numeratorDefinition: m.numerator ?? null, denominatorDefinition: m.denominatorDefinition ?? null,
          source: m.source, frequency: 'monthly', direction: m.direction, unit: m.unit ?? null, rateMultiplier: m.rateMultiplier ?? null,
          baseline: m.level, target: m.target, ownerStaffId: owners.length ? random.pick(owners).id : null,
        }, random.uuid());
        let cycleId: string | null = null;
        if (m.name === shiftedMeasure) {
          const startsOn = `${shiftPeriod(latest, 'monthly', -shiftAt - 2)}-01`;
          cycleId = store.insert(pdsaCycleEntity, {
            measureId, title: 'Discharge huddle at 9:00 with pharmacy and transport', state: 'decided', act: 'adopt',
            aim: 'Half of discharges leave before noon', changeIdea: 'A 9:00 huddle on each unit names the day’s discharges, with pharmacy and transport booked the evening before',
            question: 'Will a morning huddle move discharges before noon on 4 West?', prediction: 'Discharges before noon rise from about 22% to 30% within two months',
            plan: 'Pilot on 4 West for six weeks; charge nurse leads; bed manager records discharge times', observations: 'Huddles held on 39 of 42 days; transport booked the evening before for most discharges',
            study: 'Discharges before noon on 4 West rose to 36%, above the prediction; spread to all medical units', startsOn, endsOn: `${shiftPeriod(latest, 'monthly', -shiftAt - 1)}-28`,
          }, random.uuid());
        }
        for (let back = months - 1; back >= 0; back--) {
          const period = shiftPeriod(latest, 'monthly', -back);
          const level = levelAt(m, back);
          let fields: { numerator: number | null; denominator: number | null; value: number | null };
          if (m.type === 'proportion' || m.type === 'rate') {
            const den = Math.round(m.denominator! * (1 + 0.06 * normal(random)));
            const p = level / (m.type === 'proportion' ? 100 : m.rateMultiplier!);
            const expected = den * p;
            const num = Math.max(0, Math.round(expected + Math.sqrt(Math.max(expected * (m.type === 'proportion' ? 1 - p : 1), 0.25)) * normal(random)));
            fields = { numerator: Math.min(num, m.type === 'proportion' ? den : num), denominator: den, value: null };
          } else if (m.type === 'count') {
            fields = { numerator: null, denominator: null, value: Math.max(0, Math.round(level + Math.sqrt(level) * normal(random))) };
          } else {
            fields = { numerator: null, denominator: null, value: Number((level + m.spread! * normal(random)).toFixed(2)) };
          }
          const startsPhase = m.name === shiftedMeasure && back === shiftAt;
          const annotation = m.spike && back === m.spike.at ? m.spike.annotation : startsPhase ? 'Discharge huddle adopted on every medical unit (PDSA cycle): limits recalculated from here' : null;
          store.insert(measureValueEntity, {
            measureId, period, ...fields, annotation, pdsaCycleId: startsPhase ? cycleId : null, startsPhase,
          }, random.uuid());
        }
      }
    });
  });
};
