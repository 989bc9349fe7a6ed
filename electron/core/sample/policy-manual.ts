// The sample hospital's policy manual: dozens of policies across departments with version histories, open drafts
// awaiting approval, overdue reviews, read-and-sign assignments and a standards crosswalk with gaps.
import { addDays, addMonths } from '../../../shared/domain/calendar-day';
import {
  policyApprovalEntity, policyAssignmentEntity, policyAttestationEntity, policyEntity, policyRetirementEntity, policyStandardEntity, policyVersionEntity,
  standardChangeEntity, standardEditionEntity, standardEntity,
} from '../policies/entities';
import { hashBody } from '../policies/versions';
import type { SampleStep } from './hospital';

const sampleStandards: readonly [body: 'TJC' | 'CMS' | 'DNV', code: string, title: string][] = [
  ['TJC', 'MS.06.01.05', 'The decision to grant or deny a privilege is an objective, evidence-based process'],
  ['TJC', 'MS.06.01.03', 'The hospital collects information regarding each practitioner’s current licensure'],
  ['TJC', 'MS.08.01.01', 'Focused professional practice evaluation'],
  ['TJC', 'MS.08.01.03', 'Ongoing professional practice evaluation'],
  ['TJC', 'IC.02.01.01', 'The hospital implements its infection prevention and control plan'],
  ['TJC', 'MM.04.01.01', 'Medication orders are clear and accurate'],
  ['TJC', 'PC.03.05.01', 'The hospital uses restraint or seclusion only when it can be clinically justified'],
  ['TJC', 'RI.01.03.01', 'The hospital honors the patient’s right to give or withhold informed consent'],
  ['TJC', 'LD.04.01.07', 'The hospital has policies and procedures that guide and support patient care'],
  ['TJC', 'EC.02.03.01', 'The hospital manages fire risks'],
  ['TJC', 'NPSG.01.01.01', 'Use at least two patient identifiers'],
  ['TJC', 'NPSG.15.01.01', 'Reduce the risk for suicide'],
  ['CMS', '42 CFR 482.22', 'Condition of participation: Medical staff'],
  ['CMS', '42 CFR 482.42', 'Condition of participation: Infection prevention and control'],
  ['CMS', '42 CFR 482.13', 'Condition of participation: Patient’s rights'],
  ['CMS', '42 CFR 482.23', 'Condition of participation: Nursing services'],
  ['CMS', '42 CFR 482.25', 'Condition of participation: Pharmaceutical services'],
  ['DNV', 'NIAHO MS.7', 'Medical staff: criteria for privileges'],
  // Cited by no policy yet: the crosswalk's gaps a surveyor would find.
  ['TJC', 'HR.01.05.03', 'Staff participate in ongoing education and training'],
  ['CMS', '42 CFR 482.24', 'Condition of participation: Medical record services'],
];

interface PolicyTemplate {
  reference: string;
  title: string;
  category: string;
  department: string | null;
  standards: string[];
  /** Who reads and signs it: role names or department codes. */
  audience: { roles?: string[]; departments?: string[] };
  steps: string[];
}

const manual: readonly PolicyTemplate[] = [
  { reference: 'MS-001', title: 'Medical staff credentialing and recredentialing', category: 'Medical staff', department: 'ADMIN', standards: ['MS.06.01.03', '42 CFR 482.22', 'NIAHO MS.7'], audience: { roles: ['Attending Physician', 'Department Chair'] }, steps: ['Collect the application and attestation questions', 'Verify licensure, DEA and board certification at the primary source', 'Query the National Practitioner Data Bank', 'Present the file to the Credentials Committee'] },
  { reference: 'MS-014', title: 'Delineation of clinical privileges', category: 'Medical staff', department: 'ADMIN', standards: ['MS.06.01.05', 'NIAHO MS.7'], audience: { roles: ['Attending Physician', 'Department Chair', 'Nurse Practitioner', 'Physician Assistant'] }, steps: ['Request privileges on the department’s delineation form', 'The department chair reviews training and current competence', 'Grant privileges item by item with any conditions', 'Assign focused evaluation for new privileges'] },
  { reference: 'MS-015', title: 'Focused professional practice evaluation (FPPE)', category: 'Medical staff', department: 'QPS', standards: ['MS.08.01.01'], audience: { roles: ['Department Chair'] }, steps: ['Open an FPPE for every newly granted privilege', 'Define the method: proctoring, chart review or simulation', 'Review results at the end of the period', 'Report the outcome to the Medical Executive Committee'] },
  { reference: 'MS-016', title: 'Ongoing professional practice evaluation (OPPE)', category: 'Medical staff', department: 'QPS', standards: ['MS.08.01.03'], audience: { roles: ['Department Chair', 'Attending Physician'] }, steps: ['Collect department indicators every six months', 'Compare each practitioner with the department’s targets', 'Record the reviewer and the outcome', 'Refer concerns for focused review'] },
  { reference: 'MS-020', title: 'Proctoring of new practitioners', category: 'Medical staff', department: 'ADMIN', standards: ['MS.08.01.01'], audience: { roles: ['Department Chair'] }, steps: ['Assign a proctor from the same department', 'Observe the required number of cases', 'Submit the proctoring form within seven days'] },
  { reference: 'MS-022', title: 'Temporary and disaster privileges', category: 'Medical staff', department: 'ADMIN', standards: ['42 CFR 482.22'], audience: { roles: ['Department Chair', 'Chief Medical Officer'] }, steps: ['Confirm an urgent patient care need', 'Verify licence and identity', 'Grant privileges for no more than 120 days'] },
  { reference: 'MS-030', title: 'Practitioner health and impairment', category: 'Medical staff', department: 'ADMIN', standards: [], audience: { roles: ['Attending Physician'] }, steps: ['Receive concerns confidentially', 'Refer to the practitioner health committee', 'Monitor return to practice'] },
  { reference: 'IC-001', title: 'Hand hygiene', category: 'Infection control', department: 'QPS', standards: ['IC.02.01.01', '42 CFR 482.42'], audience: { roles: ['Registered Nurse', 'Attending Physician', 'Resident Physician', 'Respiratory Therapist'] }, steps: ['Clean hands before and after every patient contact', 'Use alcohol-based rub unless hands are visibly soiled', 'Wash with soap and water after caring for a patient with C. difficile'] },
  { reference: 'IC-004', title: 'Isolation precautions', category: 'Infection control', department: 'QPS', standards: ['IC.02.01.01'], audience: { roles: ['Registered Nurse', 'Respiratory Therapist'] }, steps: ['Place signage at the door for contact, droplet or airborne precautions', 'Use a negative-pressure room for airborne precautions', 'Discontinue precautions on the infection preventionist’s advice'] },
  { reference: 'IC-007', title: 'Central line insertion and maintenance', category: 'Infection control', department: 'ICU', standards: ['IC.02.01.01'], audience: { departments: ['ICU', 'EM'] }, steps: ['Use the insertion checklist and maximal sterile barriers', 'Prefer the subclavian site in adults', 'Review line necessity every day'] },
  { reference: 'IC-010', title: 'Bloodborne pathogen exposure', category: 'Infection control', department: 'QPS', standards: ['42 CFR 482.42'], audience: { roles: ['Registered Nurse', 'Attending Physician'] }, steps: ['Wash the site immediately', 'Report to Employee Health within one hour', 'Offer post-exposure prophylaxis when indicated'] },
  { reference: 'MM-002', title: 'Medication orders', category: 'Medication management', department: 'PHARM', standards: ['MM.04.01.01', '42 CFR 482.25'], audience: { roles: ['Attending Physician', 'Resident Physician', 'Nurse Practitioner', 'Physician Assistant'] }, steps: ['Enter orders in the electronic record', 'Include drug, dose, route, frequency and indication', 'Avoid abbreviations on the do-not-use list'] },
  { reference: 'MM-005', title: 'High-alert medications', category: 'Medication management', department: 'PHARM', standards: ['MM.04.01.01'], audience: { roles: ['Registered Nurse', 'Clinical Pharmacist'] }, steps: ['Require an independent double check for insulin infusions and heparin', 'Use smart pumps with the drug library', 'Store concentrated electrolytes in pharmacy only'] },
  { reference: 'MM-009', title: 'Controlled substance handling', category: 'Medication management', department: 'PHARM', standards: ['42 CFR 482.25'], audience: { roles: ['Registered Nurse', 'Clinical Pharmacist', 'Nurse Anesthetist'] }, steps: ['Dispense from automated cabinets with witness for waste', 'Reconcile counts at every shift change', 'Report discrepancies within the shift'] },
  { reference: 'MM-012', title: 'Antimicrobial stewardship', category: 'Medication management', department: 'PHARM', standards: ['IC.02.01.01'], audience: { roles: ['Attending Physician', 'Clinical Pharmacist'] }, steps: ['Document an indication for every antimicrobial', 'Review cultures at 48 to 72 hours', 'De-escalate when results allow'] },
  { reference: 'PC-003', title: 'Restraint and seclusion', category: 'Provision of care', department: 'PSY', standards: ['PC.03.05.01', '42 CFR 482.13'], audience: { roles: ['Registered Nurse', 'Attending Physician'], departments: ['PSY', 'EM'] }, steps: ['Use restraint only when less restrictive measures have failed', 'Obtain a physician order within one hour', 'Monitor and document at the ordered interval', 'Debrief after every episode'] },
  { reference: 'PC-008', title: 'Rapid response team activation', category: 'Provision of care', department: 'ICU', standards: ['LD.04.01.07'], audience: { roles: ['Registered Nurse', 'Respiratory Therapist'] }, steps: ['Call the team for any listed criterion or a worried nurse', 'The team arrives within ten minutes', 'Document the event and the outcome'] },
  { reference: 'PC-011', title: 'Patient identification', category: 'Provision of care', department: 'QPS', standards: ['NPSG.01.01.01'], audience: { roles: ['Registered Nurse', 'Attending Physician', 'Resident Physician'] }, steps: ['Use two identifiers: name and date of birth', 'Never use the room number', 'Confirm identity before every procedure and medication'] },
  { reference: 'PC-015', title: 'Suicide risk screening', category: 'Provision of care', department: 'PSY', standards: ['NPSG.15.01.01'], audience: { departments: ['EM', 'PSY'] }, steps: ['Screen every patient with a validated tool', 'Place high-risk patients under continuous observation', 'Remove ligature risks from the room'] },
  { reference: 'PC-020', title: 'Sepsis recognition and bundle', category: 'Provision of care', department: 'EM', standards: ['LD.04.01.07'], audience: { departments: ['EM', 'ICU', 'MED'] }, steps: ['Screen at triage', 'Draw lactate and cultures before antibiotics', 'Give antibiotics within one hour of recognition'] },
  { reference: 'PC-024', title: 'Blood transfusion', category: 'Provision of care', department: 'PATH', standards: [], audience: { roles: ['Registered Nurse'] }, steps: ['Obtain consent for transfusion', 'Two people verify the unit at the bedside', 'Monitor vital signs at 15 minutes'] },
  { reference: 'PC-030', title: 'Pain assessment and management', category: 'Provision of care', department: 'ANES', standards: ['LD.04.01.07'], audience: { roles: ['Registered Nurse', 'Attending Physician'] }, steps: ['Assess pain on admission and every shift', 'Use a scale suited to the patient', 'Reassess after every intervention'] },
  { reference: 'RI-002', title: 'Informed consent', category: 'Rights and ethics', department: 'ADMIN', standards: ['RI.01.03.01', '42 CFR 482.13'], audience: { roles: ['Attending Physician', 'Resident Physician', 'Nurse Practitioner'] }, steps: ['Explain risks, benefits and alternatives', 'Use a qualified interpreter when needed', 'Document consent before the procedure'] },
  { reference: 'RI-005', title: 'Advance directives', category: 'Rights and ethics', department: 'ADMIN', standards: ['42 CFR 482.13'], audience: { roles: ['Registered Nurse'] }, steps: ['Ask every adult on admission', 'Scan the directive into the record', 'Honour the directive within the law'] },
  { reference: 'RI-009', title: 'Ethics consultation', category: 'Rights and ethics', department: 'ADMIN', standards: [], audience: { roles: ['Attending Physician', 'Registered Nurse'] }, steps: ['Anyone may request a consultation', 'A consultant responds within one business day', 'Recommendations are documented in the record'] },
  { reference: 'LD-001', title: 'Policy management', category: 'Leadership', department: 'ADMIN', standards: ['LD.04.01.07'], audience: { roles: ['Department Chair'] }, steps: ['Every policy has an owner and a review date', 'Changes need a change summary and approval', 'Retired policies stay in the archive'] },
  { reference: 'LD-004', title: 'Disclosure of adverse events', category: 'Leadership', department: 'QPS', standards: [], audience: { roles: ['Attending Physician', 'Department Chair'] }, steps: ['Disclose within 24 hours', 'Express regret and explain what is known', 'Follow up when the review is complete'] },
  { reference: 'LD-007', title: 'Peer review', category: 'Leadership', department: 'QPS', standards: ['MS.08.01.03'], audience: { roles: ['Department Chair'] }, steps: ['Refer cases by the listed triggers', 'Assign a reviewer from the same specialty without conflict', 'Keep peer review documents confidential'] },
  { reference: 'EC-003', title: 'Fire response (RACE)', category: 'Environment of care', department: null, standards: ['EC.02.03.01'], audience: { roles: ['Registered Nurse', 'Respiratory Therapist', 'Quality Analyst'] }, steps: ['Rescue anyone in danger', 'Alarm: pull the station and call the operator', 'Contain: close doors', 'Extinguish or evacuate'] },
  { reference: 'EC-006', title: 'Hazardous drug handling', category: 'Environment of care', department: 'ONC', standards: [], audience: { departments: ['ONC', 'PHARM'] }, steps: ['Prepare hazardous drugs in a containment hood', 'Wear two pairs of chemotherapy gloves', 'Dispose of waste in yellow containers'] },
  { reference: 'OB-002', title: 'Obstetric haemorrhage', category: 'Provision of care', department: 'OBGYN', standards: [], audience: { departments: ['OBGYN', 'ANES'] }, steps: ['Quantify blood loss at every delivery', 'Activate the haemorrhage protocol at 1,000 mL', 'Have the haemorrhage cart in every labour room'] },
  { reference: 'PED-004', title: 'Pediatric medication dosing', category: 'Medication management', department: 'PEDS', standards: ['MM.04.01.01'], audience: { departments: ['PEDS', 'PHARM'] }, steps: ['Dose by weight in kilograms', 'Pharmacist verifies every pediatric order', 'Use oral syringes for liquid doses'] },
  { reference: 'RAD-003', title: 'Contrast media administration', category: 'Provision of care', department: 'RAD', standards: [], audience: { departments: ['RAD'] }, steps: ['Screen for prior reactions and kidney function', 'Premedicate when indicated', 'Observe for reactions for 30 minutes'] },
  { reference: 'AN-005', title: 'Moderate sedation', category: 'Provision of care', department: 'ANES', standards: ['MS.06.01.05'], audience: { roles: ['Attending Physician', 'Registered Nurse'] }, steps: ['Only credentialed practitioners order moderate sedation', 'Monitor capnography throughout', 'Discharge by the scored criteria'] },
  { reference: 'SURG-002', title: 'Universal protocol and time-out', category: 'Provision of care', department: 'SURG', standards: ['NPSG.01.01.01'], audience: { departments: ['SURG', 'ORTH', 'ANES'] }, steps: ['Verify the procedure, site and patient before the day of surgery', 'Mark the site', 'Hold a time-out with the whole team before incision'] },
  { reference: 'QPS-001', title: 'Event reporting', category: 'Quality and safety', department: 'QPS', standards: ['LD.04.01.07'], audience: { roles: ['Registered Nurse', 'Attending Physician', 'Clinical Pharmacist', 'Respiratory Therapist'] }, steps: ['Report events and near misses in the reporting system', 'Reports are non-punitive', 'The quality team triages within two business days'] },
  { reference: 'QPS-004', title: 'Root cause analysis', category: 'Quality and safety', department: 'QPS', standards: [], audience: { roles: ['Department Chair', 'Quality Analyst'] }, steps: ['Charter an analysis within 72 hours of a sentinel event', 'Complete it within 45 days', 'Track every action to completion'] },
  { reference: 'NUR-010', title: 'Falls prevention', category: 'Provision of care', department: null, standards: ['42 CFR 482.23'], audience: { roles: ['Registered Nurse'] }, steps: ['Assess fall risk on admission and every shift', 'Use bed alarms for high-risk patients', 'Hold a post-fall huddle'] },
];

function policyText(t: PolicyTemplate, organisation: string, revision: number): string {
  const revised = [...t.steps, ...(revision > 3 ? [`Audit compliance ${revision > 4 ? 'monthly' : 'each quarter'} and report to the quality committee`] : [])];
  const steps = revised.map((s, i) => `${i + 1}. ${s}${revision > 1 && i === t.steps.length - 1 ? ', and record it in the electronic record' : ''}.`).join('\n');
  return [
    `# ${t.title}`,
    '',
    '## Purpose',
    '',
    `To set out how ${organisation} handles ${t.title.toLowerCase()}, so that care is safe, consistent and documented.`,
    '',
    '## Scope',
    '',
    `All ${t.audience.roles?.join(', ').toLowerCase() ?? 'staff in the departments named below'} at every site${revision > 2 ? ', including the ambulatory surgery centre' : ''}.`,
    '',
    '## Policy',
    '',
    revision > 1
      ? `${organisation} expects **every member of staff** to follow this policy. Exceptions are approved *in advance* by the department chair and reviewed by the Medical Executive Committee **within ${revision > 2 ? 30 : 60} days**.`
      : `${organisation} expects **every member of staff** to follow this policy. Exceptions are approved by the department chair.`,
    '',
    '## Procedure',
    '',
    steps,
    '',
    '## Responsibilities',
    '',
    '| Role | Responsibility |',
    '|---|---|',
    '| Department chair | Makes sure the department follows the policy |',
    `| ${t.category === 'Medication management' ? 'Pharmacy' : 'Quality & Patient Safety'} | Monitors compliance and reports quarterly |`,
    '| Every member of staff | Reads, signs and follows the policy |',
    '',
    '## References',
    '',
    t.standards.length ? t.standards.map((s) => `- ${s}`).join('\n') : '- Internal practice guideline',
  ].join('\n');
}

export const policyManualStep: SampleStep = (ctx, plan) => {
  const { store } = ctx;
  const { random } = plan;
  const today = plan.today.toISOString().slice(0, 10);
  const organisation = 'Lantern Bay Regional Medical Center';

  // The Joint Commission's standards as the 2025 manual published them; CMS and DNV citations without an edition yet.
  const camh2025 = store.insert(standardEditionEntity, { body: 'TJC', name: 'Hospital accreditation manual 2025', effectiveOn: '2025-01-01' }, random.uuid());
  const standardIds = new Map<string, string>();
  for (const [body, code, title] of sampleStandards) standardIds.set(code, store.insert(standardEntity, { body, code, title, editionId: body === 'TJC' ? camh2025 : null }, random.uuid()));

  const chairs = plan.staff.filter((s) => s.status === 'active' && (s.role.name === 'Department Chair' || s.role.name === 'Attending Physician'));
  const cmo = plan.staff.find((s) => s.role.name === 'Chief Medical Officer') ?? plan.staff[0]!;
  const ownerFor = (department: string | null) => chairs.find((c) => c.departmentCode === department) ?? cmo;
  const approverPool = chairs.length > 1 ? chairs : plan.staff;
  const nameOf = ctx.db.prepare("SELECT given_name || ' ' || family_name || coalesce(', ' || degree, '') FROM staff WHERE id = ?").pluck();

  manual.forEach((t, index) => {
    const owner = ownerFor(t.department);
    const interval = random.pick([12, 24, 24, 36]);
    // Where the policy stands: most in force; some with an open draft in review; a few overdue; one retired; one brand new.
    const fate = index === manual.length - 1 ? 'new-draft' : index === 5 ? 'retired' : random.weighted([['settled', 45], ['due-soon', 12], ['in-review', 15], ['draft', 10], ['overdue', 18]] as const);
    const versionCount = fate === 'new-draft' ? 0 : random.int(1, 3);
    // The version in force took effect some months ago; overdue ones longer ago than their interval.
    const activeMonthsAgo = fate === 'overdue' ? interval + random.int(1, 8) : fate === 'due-soon' ? interval - 1 : random.int(1, Math.max(2, interval - 3));
    const policyId = store.insert(policyEntity, {
      reference: t.reference, title: t.title, category: t.category, departmentId: t.department ? plan.departments.get(t.department)!.id : null,
      ownerId: owner.id, keywords: t.category.toLowerCase().split(' '), reviewIntervalMonths: interval, reviewWarningDays: 60,
      lastReviewedOn: null, retiredOn: fate === 'retired' ? addMonths(today, -2) : null,
    }, random.uuid());

    // A retirement is a decision: the Medical Executive Committee's, a month before it took effect.
    if (fate === 'retired') {
      store.insert(policyRetirementEntity, {
        policyId, decidedOn: addMonths(today, -3), effectiveOn: addMonths(today, -2), reason: 'Folded into the hospital-wide policy', approverKind: 'committee',
        approverStaffId: null, approverName: 'Medical Executive Committee', motionId: null, recordedBy: store.actor, evidenceMethod: 'signed-sheet', evidenceAttachmentId: null,
      }, random.uuid());
    }

    let number = 0;
    let activeVersionId: string | null = null;
    for (let v = 1; v <= versionCount; v++) {
      number = v;
      const effectiveOn = addMonths(today, -activeMonthsAgo - (versionCount - v) * interval);
      const approver = random.pick(approverPool.filter((a) => a.id !== owner.id));
      const body = policyText(t, organisation, v);
      const versionId = store.insert(policyVersionEntity, {
        policyId, number: v, stage: 'approved', title: t.title, body, bodyHash: hashBody(body), changeSummary: v === 1 ? 'New policy' : random.pick(['Clarifies exceptions', 'Adds documentation step', 'Aligns with the current standard', 'Extends scope to ambulatory sites']),
        authorId: owner.id, submittedAt: `${addDays(effectiveOn, -21)}T15:00:00.000Z`, approvedAt: `${addDays(effectiveOn, -7)}T17:30:00.000Z`, effectiveOn,
      }, random.uuid());
      store.insert(policyApprovalEntity, { versionId, round: 1, position: 0, approverKind: 'person', staffId: approver.id, approverName: nameOf.get(approver.id) as string, decision: 'approved', comment: null, decidedAt: `${addDays(effectiveOn, -14)}T16:00:00.000Z`, motionId: null }, random.uuid());
      store.insert(policyApprovalEntity, { versionId, round: 1, position: 1, approverKind: 'committee', staffId: null, approverName: 'Medical Executive Committee', decision: 'approved', comment: 'Approved at the monthly meeting', decidedAt: `${addDays(effectiveOn, -7)}T17:30:00.000Z`, motionId: null }, random.uuid());
      activeVersionId = versionId;
    }

    if (fate === 'in-review' || fate === 'draft' || fate === 'new-draft') {
      number += 1;
      const body = policyText(t, organisation, number + (fate === 'new-draft' ? 0 : 1));
      const versionId = store.insert(policyVersionEntity, {
        policyId, number, stage: fate === 'in-review' ? 'in-review' : 'draft', title: t.title, body, bodyHash: hashBody(body),
        changeSummary: number === 1 ? 'New policy' : 'Annual revision: updates the procedure', authorId: owner.id,
        submittedAt: fate === 'in-review' ? `${addDays(today, -5)}T14:00:00.000Z` : null, approvedAt: null, effectiveOn: null,
      }, random.uuid());
      if (fate === 'in-review') {
        const approver = random.pick(approverPool.filter((a) => a.id !== owner.id));
        store.insert(policyApprovalEntity, { versionId, round: 1, position: 0, approverKind: 'person', staffId: approver.id, approverName: nameOf.get(approver.id) as string, decision: 'approved', comment: 'Reads well', decidedAt: `${addDays(today, -3)}T10:00:00.000Z`, motionId: null }, random.uuid());
        store.insert(policyApprovalEntity, { versionId, round: 1, position: 1, approverKind: 'committee', staffId: null, approverName: 'Medical Executive Committee', decision: 'pending', comment: null, decidedAt: null, motionId: null }, random.uuid());
      }
    }

    for (const code of t.standards) store.insert(policyStandardEntity, { policyId, standardId: standardIds.get(code)! }, random.uuid());
    for (const role of t.audience.roles ?? []) store.insert(policyAssignmentEntity, { policyId, targetKind: 'role', targetId: plan.roles.get(role)!.id }, random.uuid());
    for (const code of t.audience.departments ?? []) store.insert(policyAssignmentEntity, { policyId, targetKind: 'department', targetId: plan.departments.get(code)!.id }, random.uuid());

    // Read-and-sign: most of the audience has attested to the version in force (at most a few hundred a policy).
    if (activeVersionId && fate !== 'retired') {
      const audience = plan.staff.filter((s) => s.status !== 'inactive' && ((t.audience.roles ?? []).includes(s.role.name) || (t.audience.departments ?? []).includes(s.departmentCode)));
      const rate = 0.45 + random.next() * 0.5;
      for (const person of audience.slice(0, 400)) {
        if (!random.chance(rate)) continue;
        store.insert(policyAttestationEntity, { versionId: activeVersionId, staffId: person.id, attestedOn: addDays(today, -random.int(1, 60)), method: random.weighted([['electronic', 85], ['paper', 10], ['in-person', 5]] as const) }, random.uuid());
      }
    }
  });

  accreditation360(ctx, random, standardIds);
};

/**
 * Accreditation 360 (effective 2026-01-01) folds the National Patient Safety Goals into National Performance Goals and
 * moves EC/LS into a Physical Environment chapter, so the manual's NPSG and EC citations go stale. The new codes here are
 * illustrative, not the Joint Commission's numbering: a hospital imports the official edition file.
 */
function accreditation360(ctx: Parameters<SampleStep>[0], random: Parameters<SampleStep>[1]['random'], standardIds: Map<string, string>): void {
  const { store } = ctx;
  const editionId = store.insert(standardEditionEntity, { body: 'TJC', name: 'Accreditation 360', effectiveOn: '2026-01-01' }, random.uuid());
  const moves: [from: string, to: string, title: string][] = [
    ['NPSG.01.01.01', 'NPG.01', 'National performance goal: identify patients correctly'],
    ['NPSG.15.01.01', 'NPG.15', 'National performance goal: reduce the risk of suicide'],
    ['EC.02.03.01', 'PE.03', 'Physical environment: fire safety'],
  ];
  for (const [from, to, title] of moves) {
    const successorId = store.insert(standardEntity, { body: 'TJC', code: to, title, editionId }, random.uuid());
    store.insert(standardChangeEntity, { editionId, standardId: standardIds.get(from)!, change: 'moved', successorId }, random.uuid());
  }
  // The chapters it keeps are carried into the new edition.
  for (const code of ['MS.06.01.05', 'MS.06.01.03', 'MS.08.01.01', 'MS.08.01.03', 'IC.02.01.01', 'MM.04.01.01', 'PC.03.05.01', 'RI.01.03.01', 'LD.04.01.07', 'HR.01.05.03']) {
    const id = standardIds.get(code);
    if (id) store.update(standardEntity, id, { editionId });
  }
}
