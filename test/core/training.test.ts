// Training through the handlers on real SQLite: requirements derive assignments that follow role and privilege changes,
// completions (typed, sign-in sheet, LMS import) turn cells current, bad input writes nothing, CME per licence cycle.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { npiFor, smallOrganisation } from '../support/staff-fixtures';

let core: TempCore;
let org: Awaited<ReturnType<typeof smallOrganisation>>;
const today = '2026-11-23';
beforeEach(async () => {
  core = openTempCore({ now: () => new Date(`${today}T12:00:00Z`) });
  org = await smallOrganisation(core);
});
afterEach(() => core.dispose());

const course = (over: Record<string, unknown> = {}) =>
  core.call('training.saveCourse', { course: { title: 'Sepsis bundle', creditType: 'ama-pra-1', credits: 1.5, modality: 'online', availableFrom: '2020-01-01', ...over } as never });

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('requirements derive assignments', () => {
  it('requirement → assignment → completion → the matrix cell turns current', async () => {
    const c = await course();
    const req = await core.call('training.saveRequirement', {
      requirement: { title: 'Sepsis yearly', courseId: c.id, appliesTo: [{ kind: 'role', id: 'role-attending' }], recurrence: 'rolling-months', intervalMonths: 12, daysAfter: 0, source: 'policy', effectiveFrom: '2026-01-01' },
    });
    expect(req).toMatchObject({ appliesToText: 'Attending Physician', counts: { assigned: 1, overdue: 1 } });
    const before = await core.call('training.matrix', {});
    expect(before.rows.map((r) => [r.name, r.cells])).toEqual([['Amara Quillmere, MD', 'O']]);
    await core.call('training.recordCompletions', { courseId: c.id, completedOn: '2026-11-20', staffIds: [org.practitioner.id] });
    expect((await core.call('training.matrix', {})).rows[0]!.cells).toBe('C');
    expect(await core.call('training.assignments', { staffId: org.practitioner.id })).toMatchObject([{ state: 'complete', lastCompletedOn: '2026-11-20', currentUntil: '2027-11-20' }]);
    const [completion] = await core.call('training.completions', { staffId: org.practitioner.id });
    expect(completion).toMatchObject({ credits: 1.5, creditType: 'ama-pra-1', method: 'entered' });
  });

  it('follows a role change, a new privilege and a DEA registration without anything re-derived or stored', async () => {
    const c = await course({ title: 'MATE Act: substance use disorders', credits: 8 });
    await core.call('training.saveRequirement', {
      requirement: { title: 'MATE Act 8 hours', courseId: c.id, appliesTo: [{ kind: 'credential-type', value: 'dea' }], recurrence: 'one-time', daysAfter: 0, source: 'regulation', effectiveFrom: '2023-06-27' },
    });
    const sedation = await core.call('training.saveRequirement', {
      requirement: { title: 'Sedation', courseId: c.id, appliesTo: [{ kind: 'privilege', value: 'Moderate sedation' }], recurrence: 'after-privilege', daysAfter: 60, source: 'bylaw', effectiveFrom: '2020-01-01' },
    });
    const np = await core.call('training.saveRequirement', {
      requirement: { title: 'NP orientation', courseId: c.id, appliesTo: [{ kind: 'role', id: 'role-np' }], recurrence: 'after-hire', daysAfter: 30, source: 'policy', effectiveFrom: '2020-01-01' },
    });
    const cells = async () => (await core.call('training.matrix', {})).rows[0]!.cells;
    expect(await cells()).toBe('---');
    await core.call('credentials.create', { staffId: org.practitioner.id, type: 'dea', number: 'BQ1234563', issuedOn: '2025-01-01', expiresOn: '2027-01-01' });
    expect(await cells()).toBe('O--');
    await core.call('privileges.grant', { staffId: org.practitioner.id, name: 'Moderate sedation', grantedOn: '2026-11-01' });
    // Columns by title: MATE Act, NP orientation, Sedation (due 60 days after the grant: not yet due soon).
    expect(await cells()).toBe('O-N');
    const [, sedationRow] = await core.call('training.assignments', { staffId: org.practitioner.id });
    expect(sedationRow).toMatchObject({ requirementId: sedation.id, dueOn: '2026-12-31' });
    await core.call('staff.update', { id: org.practitioner.id, patch: { roleId: 'role-np' } });
    expect((await core.call('training.requirements', {})).find((r) => r.id === np.id)!.counts.assigned).toBe(1);
    // No hire date on file: the orientation counts from the requirement's start, long past.
    expect(await cells()).toBe('OON');
    // An edited requirement applies at once: the MATE Act now for the Emergency department only.
    await core.call('training.saveRequirement', {
      id: (await core.call('training.requirements', {})).find((r) => r.title === 'MATE Act 8 hours')!.id,
      requirement: { title: 'MATE Act 8 hours', courseId: c.id, appliesTo: [{ kind: 'department', id: org.emergency.id }], recurrence: 'one-time', source: 'regulation', effectiveFrom: '2023-06-27' },
    });
    expect((await cells())[0]).toBe('-');
  });

  it('a waiver exempts with its approver, reason and end; filters narrow the people', async () => {
    const c = await course();
    const req = await core.call('training.saveRequirement', { requirement: { title: 'Sepsis', courseId: c.id, recurrence: 'one-time', source: 'policy', effectiveFrom: '2026-01-01' } });
    const other = await core.call('staff.create', { givenName: 'Ben', familyName: 'Ashford', roleId: 'role-np', departmentId: org.emergency.id, npi: npiFor(2) });
    await core.call('training.grantWaiver', { staffId: org.practitioner.id, requirementId: req.id, approver: 'Dr. Chief of Staff', reason: 'On sabbatical', endsOn: '2027-03-01' });
    const m = await core.call('training.matrix', {});
    expect(m.rows.map((r) => [r.name, r.cells])).toEqual([['Ben Ashford', 'O'], ['Amara Quillmere, MD', 'E']]);
    expect((await core.call('training.matrix', { departmentId: org.emergency.id })).rows.map((r) => r.staffId)).toEqual([other.id]);
    expect(await core.call('training.assignments', { staffId: org.practitioner.id })).toMatchObject([{ state: 'exempt', waiver: { approver: 'Dr. Chief of Staff', reason: 'On sabbatical', endsOn: '2027-03-01' } }]);
  });
});

describe('bad input writes nothing', () => {
  it('refuses credits off the quarter step, a completion before the course or in the future, a waiver without approver', async () => {
    const c = await course({ availableFrom: '2026-06-01' });
    const req = await core.call('training.saveRequirement', { requirement: { title: 'Sepsis', courseId: c.id, recurrence: 'one-time', source: 'policy', effectiveFrom: '2026-01-01' } });
    const before = tableCounts(core);
    expect(await core.dispatch('training.saveCourse', { course: { title: 'X', creditType: 'ama-pra-1', credits: 1.3, modality: 'online', availableFrom: '2026-01-01' } }))
      .toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'course.credits', message: expect.stringMatching(/steps of 0.25/) }] } });
    expect(await core.dispatch('training.recordCompletions', { courseId: c.id, completedOn: '2026-05-31', staffIds: [org.practitioner.id] }))
      .toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'Sepsis bundle was first offered on 2026-06-01; a completion cannot be earlier.', issues: [{ path: 'completedOn' }] } });
    expect(await core.dispatch('training.recordCompletions', { courseId: c.id, completedOn: '2026-11-24', staffIds: [org.practitioner.id] }))
      .toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/after today/) } });
    expect(await core.dispatch('training.grantWaiver', { staffId: org.practitioner.id, requirementId: req.id, approver: ' ', reason: 'Leave', endsOn: '2027-01-01' }))
      .toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'approver', message: 'Approver is required' }] } });
    expect(await core.dispatch('training.saveRequirement', { requirement: { title: 'R', courseId: c.id, recurrence: 'rolling-months', source: 'policy', effectiveFrom: '2026-01-01' } }))
      .toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'requirement.intervalMonths' }] } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('imports an LMS export row by row: people by NPI or e-mail, bad rows named by line, good rows recorded', async () => {
    const c = await course({ title: 'Hand hygiene', credits: 1 });
    await core.call('staff.update', { id: org.practitioner.id, patch: { email: 'amara@lanternbay.example' } });
    const csv = [
      'Learner NPI,Email,Course Title,Completion Date,Credits',
      `${npiFor(1)},,Hand hygiene,2026-10-01,1`,
      ',AMARA@lanternbay.example,Hand hygiene,2026-10-02,0.5',
      `${npiFor(99)},nobody@example.com,Hand hygiene,2026-10-03,1`,
      `${npiFor(1)},,Knitting,2026-10-03,1`,
      `${npiFor(1)},,Hand hygiene,2026-10-04,0.3`,
      `${npiFor(1)},,Hand hygiene,2027-01-01,1`,
      `${npiFor(1)},,Hand hygiene,2026-10-01,1`,
    ].join('\n');
    const before = tableCounts(core);
    const preview = await core.call('training.importCompletions', { fileName: 'lms.csv', dataBase64: base64(csv) });
    expect(tableCounts(core)).toEqual(before);
    expect(preview.rows.map((r) => [r.line, r.status, r.message])).toEqual([
      [2, 'ready', 'Ready to record'],
      [3, 'ready', 'Ready to record'],
      [4, 'refused', `No one on staff has NPI ${npiFor(99)} or e-mail nobody@example.com`],
      [5, 'refused', 'No course is titled "Knitting"'],
      [6, 'refused', 'Credits "0.3": Credits are claimed in steps of 0.25 (0.25, 0.5, 0.75, 1…)'],
      [7, 'refused', 'A completion is recorded once it happens: 2027-01-01 is after today'],
      [8, 'already-recorded', 'Already recorded: skipped'],
    ]);
    const report = await core.call('training.importCompletions', { fileName: 'lms.csv', dataBase64: base64(csv), commit: true });
    expect(report).toMatchObject({ committed: true, recorded: 2, refused: 4 });
    expect((await core.call('training.completions', { courseId: c.id })).map((x) => [x.completedOn, x.credits, x.method])).toEqual([['2026-10-02', 0.5, 'lms-import'], ['2026-10-01', 1, 'lms-import']]);
  });
});

describe('CME per licence cycle', () => {
  it('rolls up the credits inside the state licence cycle against the state profile; the shortfall lists before reappointment', async () => {
    await core.call('training.saveCmeProfile', { state: 'or', totalCredits: 60, category1Minimum: 30, requiredTopics: [{ topic: 'Pain management', credits: 1 }] });
    await core.call('credentials.create', { staffId: org.practitioner.id, type: 'state-license', number: 'MD12345', jurisdiction: 'OR', issuedOn: '2025-01-01', expiresOn: '2026-12-31' });
    await core.call('staff.update', { id: org.practitioner.id, patch: { appointmentCategory: 'active', appointmentStart: '2025-01-15' } });
    const cat1 = await course({ title: 'Cardiology update', credits: 20, availableFrom: '2020-01-01' });
    const pain = await course({ title: 'Pain management and opioids', credits: 3, topics: ['Pain management'] });
    await core.call('training.recordCompletions', { courseId: cat1.id, completedOn: '2024-12-31', staffIds: [org.practitioner.id] });
    await core.call('training.recordCompletions', { courseId: cat1.id, completedOn: '2025-01-01', staffIds: [org.practitioner.id] });
    await core.call('training.recordCompletions', { courseId: pain.id, completedOn: '2026-03-01', staffIds: [org.practitioner.id], credits: 2.25 });
    const cme = await core.call('training.cme', { staffId: org.practitioner.id });
    expect(cme).toMatchObject({ state: 'OR', cycleStart: '2025-01-01', cycleEnd: '2026-12-31', total: 22.25, category1: 22.25, shortfall: { total: 37.75, category1: 7.75, topics: [] }, short: true, reappointmentDue: '2027-01-15' });
    expect((await core.call('training.cmeShortfalls', { withinDays: 90 })).map((s) => s.staffId)).toEqual([org.practitioner.id]);
    expect(await core.call('training.cmeShortfalls', { withinDays: 30 })).toEqual([]);
  });
});

describe('a read-and-sign policy can require training', () => {
  it('creates one requirement for the people the policy is assigned to, follows its assignments, and asks again at a new version', async () => {
    const chair = await core.call('staff.create', { givenName: 'Ben', familyName: 'Ashford', degree: 'MD', roleId: 'role-np', departmentId: org.emergency.id, npi: npiFor(3) });
    const policy = await core.call('policies.create', { reference: 'IC-001', title: 'Hand hygiene', category: 'Infection control', ownerId: org.practitioner.id, body: '# Hand hygiene\n\nClean hands.' });
    await core.call('policies.submit', { versionId: policy.versions[0]!.id, approvers: [{ kind: 'person', staffId: chair.id }] });
    const v = await core.call('policies.version', { id: policy.versions[0]!.id });
    await core.call('policies.decide', { stepId: v.approvals[0]!.id, decision: 'approved' });
    const c = await course({ title: 'Hand hygiene module', credits: 0.5 });
    expect(await core.dispatch('training.requireForPolicy', { policyId: policy.id, courseId: c.id })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^Assign the policy/) } });
    await core.call('policies.assign', { policyId: policy.id, targets: [{ kind: 'department', id: org.cardiology.id }] });
    const req = await core.call('training.requireForPolicy', { policyId: policy.id, courseId: c.id });
    expect(req).toMatchObject({ recurrence: 'policy-version', source: 'policy', appliesToText: 'Cardiology', counts: { assigned: 1, dueSoon: 1 } });
    expect(await core.call('training.policyCompliance', { policyId: policy.id })).toMatchObject({ requirementId: req.id, assigned: 1, current: 0 });
    // Assigned to Emergency Medicine too: the training follows, without touching the requirement.
    await core.call('policies.assign', { policyId: policy.id, targets: [{ kind: 'department', id: org.cardiology.id }, { kind: 'department', id: org.emergency.id }] });
    expect(await core.call('training.policyCompliance', { policyId: policy.id })).toMatchObject({ assigned: 2 });
    await core.call('training.recordCompletions', { courseId: c.id, completedOn: today, staffIds: [org.practitioner.id, chair.id] });
    expect(await core.call('training.policyCompliance', { policyId: policy.id })).toMatchObject({ assigned: 2, current: 2 });
    // Requiring again updates the one requirement rather than adding a second.
    await core.call('training.requireForPolicy', { policyId: policy.id, courseId: c.id, daysAfter: 14 });
    expect((await core.call('training.requirements', {})).filter((r) => r.policyId === policy.id)).toHaveLength(1);
  });
});

describe('staff on leave', () => {
  it('are shown on leave and left out of training compliance, as read-and-sign leaves them out; complete work stays complete', async () => {
    const chair = await core.call('staff.create', { givenName: 'Ben', familyName: 'Ashford', degree: 'MD', roleId: 'role-np', departmentId: org.cardiology.id, npi: npiFor(3) });
    const policy = await core.call('policies.create', { reference: 'IC-001', title: 'Hand hygiene', category: 'Infection control', ownerId: org.practitioner.id, body: '# Hand hygiene\n\nClean hands.' });
    await core.call('policies.submit', { versionId: policy.versions[0]!.id, approvers: [{ kind: 'person', staffId: chair.id }] });
    const v = await core.call('policies.version', { id: policy.versions[0]!.id });
    await core.call('policies.decide', { stepId: v.approvals[0]!.id, decision: 'approved' });
    await core.call('policies.assign', { policyId: policy.id, targets: [{ kind: 'department', id: org.cardiology.id }] });
    const c = await course({ title: 'Hand hygiene module', credits: 0.5 });
    const req = await core.call('training.requireForPolicy', { policyId: policy.id, courseId: c.id });
    expect(req.counts).toMatchObject({ assigned: 2, dueSoon: 2, onLeave: 0 });

    await core.call('staff.update', { id: chair.id, patch: { status: 'leave' } });
    const onLeave = await core.call('training.assignments', { staffId: chair.id });
    expect(onLeave.find((a) => a.requirementId === req.id)).toMatchObject({ state: 'on-leave' });
    const compliance = await core.call('training.policyCompliance', { policyId: policy.id });
    expect(compliance).toMatchObject({ assigned: 1, current: 0, onLeave: 1 });
    // The same people as read-and-sign counts.
    expect((await core.call('policies.get', { id: policy.id })).attestation).toMatchObject({ assigned: compliance!.assigned });

    // What someone on leave already did still counts as done.
    await core.call('training.recordCompletions', { courseId: c.id, completedOn: today, staffIds: [chair.id] });
    expect((await core.call('training.assignments', { staffId: chair.id })).find((a) => a.requirementId === req.id)).toMatchObject({ state: 'complete' });
  });
});

describe('the training report in a packet', () => {
  it('stands on the meeting day: a completion after it does not count, a later meeting sees it', async () => {
    const { packetSource } = await import('../../electron/core/meetings/packet-source');
    const { committeeWithMembers } = await import('../support/meeting-fixtures');
    const c = await course({ title: 'MATE Act: substance use disorders', credits: 8 });
    await core.call('credentials.create', { staffId: org.practitioner.id, type: 'dea', number: 'BQ1234563', issuedOn: '2025-01-01', expiresOn: '2027-06-01' });
    await core.call('training.saveRequirement', { requirement: { title: 'MATE Act 8 hours', courseId: c.id, appliesTo: [{ kind: 'credential-type', value: 'dea' }], recurrence: 'one-time', source: 'regulation', effectiveFrom: '2023-06-27' } });
    await core.call('training.recordCompletions', { courseId: c.id, completedOn: '2026-11-10', staffIds: [org.practitioner.id] });
    const committee = await committeeWithMembers(core);
    const reportAt = async (startsAt: string) => {
      const meeting = await core.call('meetings.create', { committeeId: committee.committeeId, title: `MEC ${startsAt}`, startsAt, timeZone: 'America/Los_Angeles' });
      await core.call('agenda.add', { meetingId: meeting.id, title: 'Training report', kind: 'information', link: { kind: 'training-report', id: null } });
      const item = packetSource(core.context).packet(meeting.id).agenda.find((a) => a.title === 'Training report')!;
      return item.linked as Extract<typeof item.linked, { kind: 'training-report' }>;
    };
    // 8 November, 6 pm in Los Angeles is 9 November in UTC: the meeting's own day counts.
    const before = await reportAt('2026-11-09T02:00:00Z');
    expect(before).toMatchObject({ asOf: '2026-11-08', mateAct: [{ requirement: 'MATE Act 8 hours', assigned: 1, current: 0, overdue: 1 }], byDepartment: [{ department: 'Cardiology', overdue: 1 }] });
    const after = await reportAt('2026-11-20T17:00:00Z');
    expect(after).toMatchObject({ asOf: '2026-11-20', mateAct: [{ current: 1, overdue: 0 }] });
    expect(await core.dispatch('agenda.add', { meetingId: (await core.call('meetings.list', {}))[0]!.id, title: 'X', kind: 'information', link: { kind: 'training-report', id: 'someone' } }))
      .toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('the matrix exported', () => {
  it('as CSV with each cell in words (formulae defused), and as a PDF', async () => {
    const c = await course();
    await core.call('training.saveRequirement', { requirement: { title: 'Sepsis', courseId: c.id, recurrence: 'one-time', source: 'policy', effectiveFrom: '2026-01-01' } });
    await core.call('staff.update', { id: org.practitioner.id, patch: { givenName: '=cmd' } });
    const csv = await core.call('training.exportMatrix', { format: 'csv' });
    expect(csv).toMatchObject({ fileName: `training-compliance-${today}.csv`, mediaType: 'text/csv' });
    expect(csv.content).toBe('\uFEFF"Name","Department","Role","Sepsis"\r\n"\'=cmd Quillmere, MD","Cardiology","Attending Physician","Overdue"\r\n');
    const pdf = await core.call('training.exportMatrix', { format: 'pdf' });
    expect(Buffer.from(pdf.content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);
});

describe('a certificate with the completions', () => {
  it('is stored once and named on each completion of the sheet', async () => {
    const c = await course();
    const other = await core.call('staff.create', { givenName: 'Ben', familyName: 'Ashford', roleId: 'role-np', departmentId: org.emergency.id, npi: npiFor(4) });
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');
    await core.call('training.recordCompletions', { courseId: c.id, completedOn: '2026-11-01', staffIds: [org.practitioner.id, other.id], method: 'sign-in-sheet', certificate: { fileName: 'sign-in.pdf', dataBase64: pdf } });
    const rows = await core.call('training.completions', { courseId: c.id });
    expect(rows.map((r) => r.method)).toEqual(['sign-in-sheet', 'sign-in-sheet']);
    expect(new Set(rows.map((r) => r.certificateId)).size).toBe(1);
    expect(await core.call('attachments.read', { id: rows[0]!.certificateId! })).toMatchObject({ fileName: 'sign-in.pdf', mediaType: 'application/pdf' });
  });
});
