// The sample hospital's ethics consultations: plainly fictional cases in every CASES step, with summaries in review
// and signed off, one brought to the next Ethics Committee meeting with the consultation report. The cases sit behind
// the sample's own ethics passphrase (printed by the README), and the vault is locked again when the sample is done.
import { caseStates, type CaseState, type ConsultType } from '../../../shared/domain/ethics-cases';
import type { CoreContext } from '../context';
import { ethicsCases } from '../ethics/cases';
import { ethicsCaseEntity } from '../ethics/entities';
import { ethicsVault } from '../ethics/vault';
import { agendaItemEntity } from '../meetings/entities';
import type { SampleStep } from './hospital';

/** The passphrase of the sample's ethics cases: sample data only, never a real team's. */
export const sampleEthicsPassphrase = 'sample ethics passphrase';

interface SampleCase {
  type: ConsultType;
  unit: string;
  question: string;
  boxes: [string, string, string, string];
  recommendation: string;
  themes: string[];
  policy?: string;
}

const cases: SampleCase[] = [
  {
    type: 'capacity-surrogate', unit: 'MED', question: 'Who may decide about a feeding tube for a patient who has lost capacity and named no agent?',
    boxes: ['Advanced dementia with recurrent aspiration; a tube is unlikely to prevent pneumonia.', 'No advance directive. Her niece Robin Testwell says she "never wanted machines".', 'She enjoyed music and visits until last month.', 'Two nieces disagree; the state surrogate hierarchy gives them equal standing.'],
    recommendation: 'The nieces decide together, guided by her known values; careful hand feeding is ethically preferable to a tube.', themes: ['surrogate conflict', 'artificial nutrition'],
    policy: 'Add the state surrogate hierarchy and a tie-breaking process to RI-005 Advance directives.',
  },
  {
    type: 'end-of-life', unit: 'ICU', question: 'Should the team honour a request to withdraw ventilation before a son arrives from abroad?',
    boxes: ['Multi-organ failure after cardiac arrest; recovery of awareness is very unlikely.', 'Her POLST asks for comfort measures only.', 'Before the arrest she lived independently and valued her garden.', 'One son is travelling and asks the team to wait two days.'],
    recommendation: 'A short, time-limited wait is ethically acceptable if comfort is assured; then withdraw as her POLST directs.', themes: ['goals of care', 'family timing'],
  },
  {
    type: 'treatment-refusal', unit: 'SURG', question: 'May a capable patient refuse a blood transfusion during elective surgery?',
    boxes: ['Elective hip replacement; expected blood loss is moderate.', 'Capable adult; refusal documented and consistent over time.', 'Wants to return to walking without pain.', 'Religious conviction; the surgeon asks whether to proceed.'],
    recommendation: 'Honour the refusal; offer blood-sparing techniques, or referral if the surgeon cannot proceed in conscience.', themes: ['refusal of treatment', 'conscientious objection'],
    policy: 'Write a bloodless-medicine pathway for elective surgery.',
  },
  {
    type: 'futility', unit: 'ICU', question: 'Must the team offer CPR that the attending judges medically inappropriate?',
    boxes: ['Metastatic cancer with refractory shock on maximal support.', 'The daughter (surrogate) asks that everything be done.', 'Bedbound and unresponsive for two weeks.', 'Nurses report moral distress.'],
    recommendation: 'Follow the policy on medically inappropriate treatment: second opinion, family meeting, and a time-limited continuation.', themes: ['goals of care', 'moral distress'],
    policy: 'Revise the medically inappropriate treatment policy to set response times for second opinions.',
  },
  {
    type: 'conflict', unit: 'PEDS', question: 'How should the team respond when two parents disagree about a teenager’s treatment?',
    boxes: ['Sixteen-year-old with a fracture needing surgery.', 'The teenager assents; one parent refuses, the other consents.', 'Active in sports; wants to play again.', 'Separated parents with joint custody.'],
    recommendation: 'Proceed with the consenting parent’s permission and the patient’s assent; offer mediation.', themes: ['family conflict', 'minors'],
  },
  {
    type: 'other', unit: 'OBGYN', question: 'May a patient’s partner be told test results she asked to keep private?',
    boxes: ['Routine prenatal testing.', 'Capable adult; asked for confidentiality.', 'No effect on her care today.', 'The partner calls the unit daily.'],
    recommendation: 'Keep the results confidential as she asked; staff say only that she can share them herself.', themes: ['confidentiality'],
  },
  {
    type: 'capacity-surrogate', unit: 'MED', question: 'Does a patient with fluctuating delirium have capacity to leave against advice?',
    boxes: ['Delirium from infection, improving.', 'Wants to go home to his dog.', 'Lives alone; independent before.', 'No family nearby.'],
    recommendation: 'Reassess capacity in the morning when lucid; meanwhile treat delirium and arrange care for the dog.', themes: ['capacity assessment'],
  },
  {
    type: 'end-of-life', unit: 'MED', question: 'May the team stop dialysis that a capable patient no longer wants?',
    boxes: ['End-stage kidney disease on dialysis for six years.', 'Capable; wants to stop and go home with hospice.', 'Says the treatments now take more than they give.', 'Family grieving but supportive.'],
    recommendation: 'Stopping dialysis is ethically permissible; arrange hospice and symptom control.', themes: ['goals of care', 'withdrawal of treatment'],
  },
];

/** Which step each sample case reaches: every step is shown, most cases are done. */
const stepsReached: CaseState[] = ['closed', 'closed', 'closed', 'support', 'explain', 'synthesize', 'assemble', 'clarify'];

export const ethicsStep: SampleStep = (ctx: CoreContext, plan) => {
  const { random } = plan;
  const vault = ethicsVault(ctx);
  vault.setPassphrase(sampleEthicsPassphrase, 10);
  const repo = ethicsCases(ctx);
  const physicians = plan.staff.filter((s) => s.status === 'active' && s.role.kind === 'physician');
  const ids: string[] = [];
  cases.forEach((c, i) => {
    // Working hours on the sample's Pacific coast: 8 am to 4 pm is 16:00 to 24:00 UTC.
    const day = new Date(plan.today.getTime() - (20 + i * 41 + random.int(0, 9)) * 86_400_000);
    const requested = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) + random.int(16, 23) * 3_600_000 + random.int(0, 3) * 900_000);
    const consultant = random.pick(physicians);
    const opened = repo.create({
      requestedAt: requested.toISOString(), requesterName: 'Sample Requester', requesterRole: random.pick(['Attending physician', 'Bedside nurse', 'Social worker', 'Family member']),
      urgency: random.pick(['routine', 'urgent', 'emergent'] as const), unitId: plan.departments.get(c.unit)?.id ?? null, type: c.type, question: c.question,
      identifiers: { patientName: `Sam Fictitious-${i + 1}`, mrn: `SAMPLE-${String(1001 + i)}`, dateOfBirth: `19${30 + i * 6}-0${1 + (i % 9)}-1${i % 9}`, admissionDate: requested.toISOString().slice(0, 10) },
    }, random.uuid());
    const target = stepsReached[i % stepsReached.length]!;
    const reach = caseStates.indexOf(target);
    const [medicalIndications, patientPreferences, qualityOfLife, contextualFeatures] = c.boxes;
    repo.update(opened.id, {
      medicalIndications, patientPreferences, qualityOfLife, contextualFeatures,
      ...(reach >= 2 ? { stakeholders: 'The patient, the family, the treating team.', optionsConsidered: 'Continue as now; a time-limited trial; a change of course.' } : {}),
      ...(reach >= 3 ? { recommendation: c.recommendation, communicatedTo: 'The family and the attending', communicatedAt: new Date(requested.getTime() + 30 * 3_600_000).toISOString(), chartNoteDate: new Date(requested.getTime() + 30 * 3_600_000).toISOString().slice(0, 10) } : {}),
      ...(reach >= 4 ? { followUp: 'Checked with the team two days later; the plan held.', timeSpentMinutes: random.int(60, 300), consultantIds: [consultant.id] } : {}),
      themes: c.themes, ...(c.policy && reach >= 3 ? { policyRecommendation: c.policy } : {}),
    });
    // The report measures request → recommendation: the sample's recommendations came a day or two after the request.
    if (reach >= 3) ctx.store.update(ethicsCaseEntity, opened.id, { recommendedAt: new Date(requested.getTime() + random.int(4, 60) * 3_600_000).toISOString() });
    for (let s = 1; s <= reach; s++) repo.advance(opened.id, caseStates[s]!);
    repo.addNote(opened.id, 'Met the team at the bedside; the question was clarified with the attending.', random.uuid());
    if (reach >= 3) repo.draftSummary(opened.id);
    if (reach >= 4) repo.signOff(opened.id);
    ids.push(opened.id);
  });
  linkToNextEthicsMeeting(ctx, ids[0]!, plan.today, () => random.uuid());
  vault.lock();
};

/** The first case's signed-off summary and the consultation report go on the Ethics Committee's next (or latest) agenda. */
function linkToNextEthicsMeeting(ctx: CoreContext, caseId: string, today: Date, uuid: () => string): void {
  const { db, store } = ctx;
  // The next meeting; when the committee's quarter puts none ahead in the sample's year, the last one held.
  const meetingId = db.prepare(
    `SELECT m.id FROM meetings m JOIN committees c ON c.id = m.committee_id WHERE c.kind = 'ethics' AND m.status IN ('scheduled', 'held')
     ORDER BY m.starts_at > ? DESC, abs(julianday(m.starts_at) - julianday(?)) LIMIT 1`,
  ).pluck().get(today.toISOString(), today.toISOString()) as string | undefined;
  if (!meetingId) return;
  const last = db.prepare('SELECT id, position FROM agenda_items WHERE meeting_id = ? ORDER BY position DESC LIMIT 1').get(meetingId) as { id: string; position: number };
  // Before the adjournment, which stays last.
  store.update(agendaItemEntity, last.id, { position: last.position + 2 });
  const item = { meetingId, kind: 'discussion', presenter: null, minutesAllotted: 15, description: null, minutesText: null };
  store.insert(agendaItemEntity, { ...item, position: last.position, title: 'Ethics case review (de-identified)', executiveSession: true, linkKind: 'ethics-summary', linkId: caseId }, uuid());
  store.insert(agendaItemEntity, { ...item, position: last.position + 1, kind: 'information', minutesAllotted: 10, title: 'Ethics consultation report', executiveSession: false, linkKind: 'ethics-report', linkId: null }, uuid());
}
