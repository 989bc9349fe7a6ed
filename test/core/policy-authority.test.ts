// Who decided (issue 16, part G): the director named on every change, retirements and "reviewed, no revision needed"
// as approved decisions that cannot be backdated, attestations naming who signed and how with the evidence kept, due
// dates, overdue, and staff on leave left out of compliance.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { smallOrganisation } from '../support/staff-fixtures';

let core: TempCore;
let author: string;
let chair: string;
let cmo: string;
let cardiologyId: string;
let today = '2026-11-23';
const clock = () => new Date(`${today}T12:00:00Z`);

beforeEach(async () => {
  today = '2026-11-23';
  core = openTempCore({ now: clock });
  const org = await smallOrganisation(core);
  author = org.practitioner.id;
  cardiologyId = org.cardiology.id;
  chair = (await core.call('staff.create', { givenName: 'Ben', familyName: 'Ashford', degree: 'MD', roleId: 'role-attending', departmentId: org.cardiology.id })).id;
  cmo = (await core.call('staff.create', { givenName: 'Carmen', familyName: 'Brambleton', degree: 'MD', roleId: 'role-attending', departmentId: org.emergency.id })).id;
});
afterEach(() => core.dispose());

const scannedSheet = { fileName: 'sign-in sheet.pdf', dataBase64: Buffer.from('%PDF-1.4\n% signed sheet, ward 4B\n%%EOF\n').toString('base64') };

/** In force from 1 January (a paper policy's first version may carry its past date), so a backdated retirement would rewrite days lived. */
async function activePolicy(reference = 'IC-001') {
  const policy = await core.call('policies.create', { reference, title: 'Hand hygiene', category: 'Infection control', ownerId: author, body: '# Hand hygiene\n\nClean hands.' });
  const draft = policy.versions[0]!;
  const v = await core.call('policies.submit', { versionId: draft.id, approvers: [{ kind: 'person', staffId: chair }], effectiveOn: '2026-01-01' });
  await core.call('policies.decide', { stepId: v.approvals[0]!.id, decision: 'approved' });
  return { policyId: policy.id, versionId: draft.id };
}

describe("the director's identity", () => {
  it('names the director, not the computer’s user, on every change once set, and again after the app reopens', async () => {
    const dataDir = core.dataDir;
    core.close();
    // As the app opens a data folder: no actor given, so the computer's user name until the director says who they are.
    core = { ...openTempCore({ dataDir, now: clock, actor: undefined }), dataDir, dispose: core.dispose };
    const before = await core.call('app.info', {});
    expect(before.director).toBeNull();
    const info = await core.call('app.setDirector', { name: 'Dr Maya Chen', role: 'Chief Medical Officer' });
    expect(info).toMatchObject({ director: { name: 'Dr Maya Chen', role: 'Chief Medical Officer' }, actor: 'Dr Maya Chen (Chief Medical Officer)' });
    const { policyId } = await activePolicy();
    const history = await core.call('history.forRecord', { entity: 'policy', id: policyId });
    expect(new Set(history.map((h) => h.actor))).toEqual(new Set(['Dr Maya Chen (Chief Medical Officer)']));

    core.close();
    core = { ...openTempCore({ dataDir, now: clock, actor: undefined }), dataDir, dispose: core.dispose };
    await core.call('policies.update', { id: policyId, patch: { title: 'Hand hygiene for all staff' } });
    expect((await core.call('history.forRecord', { entity: 'policy', id: policyId }))[0]!.actor).toBe('Dr Maya Chen (Chief Medical Officer)');
  });

  it('refuses a blank name or role with a sentence, and keeps the one set before', async () => {
    await core.call('app.setDirector', { name: 'Dr Maya Chen', role: 'CMO' });
    const refused = await core.dispatch('app.setDirector', { name: '  ', role: 'CMO' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await core.call('app.info', {})).director).toEqual({ name: 'Dr Maya Chen', role: 'CMO' });
  });
});

describe('retiring a policy is an approved decision', () => {
  it('refuses a retirement dated yesterday, saying why, and writes nothing', async () => {
    const { policyId } = await activePolicy();
    const before = tableCounts(core);
    const backdated = await core.dispatch('policies.retire', { policyId, retiredOn: '2026-11-22', reason: 'Superseded', approver: { kind: 'person', staffId: cmo } });
    expect(backdated).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/today or later: IC-001 was in force on 2026-11-22/) } });
    expect(tableCounts(core)).toEqual(before);
    expect((await core.call('policies.inForceOn', { policyId, date: '2026-11-22' }))?.number).toBe(1);
  });

  it('refuses a retirement without an approver or a reason, and writes nothing', async () => {
    const { policyId } = await activePolicy();
    const before = tableCounts(core);
    expect(await core.dispatch('policies.retire', { policyId, retiredOn: today, reason: 'Superseded' } as never)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await core.dispatch('policies.retire', { policyId, retiredOn: today, reason: ' ', approver: { kind: 'person', staffId: cmo } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await core.dispatch('policies.retire', { policyId, retiredOn: today, reason: 'Superseded', approver: { kind: 'committee', name: 'No such committee' } }))
      .toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/no committee named/) } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('records who approved it, who entered it, how, the evidence and the day it was decided', async () => {
    await core.call('app.setDirector', { name: 'Dr Maya Chen', role: 'CMO' });
    const { policyId } = await activePolicy();
    const retired = await core.call('policies.retire', {
      policyId, retiredOn: '2026-12-01', reason: 'Replaced by IC-002', approver: { kind: 'person', staffId: cmo }, method: 'e-mail', evidence: scannedSheet,
    });
    expect(retired.retiredOn).toBe('2026-12-01');
    expect(retired.retirements).toMatchObject([{
      decidedOn: '2026-11-23', effectiveOn: '2026-12-01', reason: 'Replaced by IC-002', approverName: 'Carmen Brambleton, MD', recordedBy: 'Dr Maya Chen (CMO)',
      method: 'e-mail', evidence: { fileName: 'sign-in sheet.pdf' }, motionId: null,
    }]);
    today = '2026-12-02';
    expect(await core.dispatch('policies.retire', { policyId, retiredOn: today, reason: 'Again', approver: { kind: 'person', staffId: cmo } }))
      .toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/already retired on 2026-12-01/) } });
  });

  it('is decided by a carried motion on the meeting’s day, in force until today when recorded after the meeting', async () => {
    const { policyId } = await activePolicy();
    const mec = await core.call('committees.create', { name: 'Medical Executive Committee', kind: 'medical-executive' });
    const memberId = (await core.call('committees.addMember', { committeeId: mec.id, name: 'Dr Ada Ashcombe', role: 'chair', voting: true })).members[0]!.id;
    const meeting = await core.call('meetings.create', { committeeId: mec.id, title: 'November MEC', startsAt: '2026-11-20T16:00:00Z', timeZone: 'UTC' });
    await core.call('attendance.set', { meetingId: meeting.id, members: [{ memberId, status: 'present' }] });
    await core.call('motions.record', {
      meetingId: meeting.id, kind: 'approve', text: 'Retire IC-001: folded into IC-002', moverMemberId: memberId, subject: { kind: 'policy-retirement', id: policyId }, votes: [{ memberId, vote: 'yes' }],
    });
    const policy = await core.call('policies.get', { id: policyId });
    expect(policy.retirements).toMatchObject([{ decidedOn: '2026-11-20', effectiveOn: '2026-11-23', approverName: 'Medical Executive Committee', method: 'by-motion', reason: 'Retire IC-001: folded into IC-002' }]);
    expect(policy.retirements[0]!.motionId).toEqual(expect.any(String));
    expect((await core.call('policies.inForceOn', { policyId, date: '2026-11-22' }))?.number).toBe(1);
  });
  it('is dated by the meeting’s own calendar day when the meeting sits in another time zone than the organisation', async () => {
    await core.call('settings.update', { timeZone: 'America/Los_Angeles' });
    const { policyId } = await activePolicy();
    const mec = await core.call('committees.create', { name: 'Medical Executive Committee', kind: 'medical-executive' });
    const memberId = (await core.call('committees.addMember', { committeeId: mec.id, name: 'Dr Ada Ashcombe', role: 'chair', voting: true })).members[0]!.id;
    // 21 November, 10:00 in Auckland, where the meeting sat; still 20 November in Los Angeles.
    const meeting = await core.call('meetings.create', { committeeId: mec.id, title: 'Auckland MEC', startsAt: '2026-11-20T21:00:00Z', timeZone: 'Pacific/Auckland' });
    await core.call('attendance.set', { meetingId: meeting.id, members: [{ memberId, status: 'present' }] });
    await core.call('motions.record', {
      meetingId: meeting.id, kind: 'approve', text: 'Retire IC-001', moverMemberId: memberId, subject: { kind: 'policy-retirement', id: policyId }, votes: [{ memberId, vote: 'yes' }],
    });
    const motion = (await core.call('meetings.get', { id: meeting.id })).motions[0]!;
    const policy = await core.call('policies.get', { id: policyId });
    expect(policy.retirements[0]!.decidedOn).toBe('2026-11-21');
    expect(motion.decidedAt?.slice(0, 10)).toBe('2026-11-20');
  });
});

describe('"reviewed, no revision needed" is approved', () => {
  it('records its approver, the director who entered it, and how; refuses it without an approver', async () => {
    const { policyId } = await activePolicy();
    const before = tableCounts(core);
    expect(await core.dispatch('policies.markReviewed', { policyId, reviewedOn: today, note: null } as never)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(tableCounts(core)).toEqual(before);
    const reviewed = await core.call('policies.markReviewed', { policyId, reviewedOn: today, note: 'Still current', approver: { kind: 'person', staffId: cmo }, method: 'signed-sheet', evidence: scannedSheet });
    expect(reviewed.reviews).toMatchObject([{ reviewedOn: today, reviewer: 'Carmen Brambleton, MD', recordedBy: 'test director', method: 'signed-sheet', evidence: { fileName: 'sign-in sheet.pdf' } }]);
    expect(reviewed.lastReviewedOn).toBe(today);
  });
});

describe('attestations name who signed and how', () => {
  it('keeps a signed sheet recorded for someone as evidence with the attestation, naming the director who entered it', async () => {
    await core.call('app.setDirector', { name: 'Dr Maya Chen', role: 'CMO' });
    const { policyId, versionId } = await activePolicy();
    await core.call('policies.assign', { policyId, targets: [{ kind: 'department', id: cardiologyId }] });
    await core.call('policies.attest', { versionId, staffId: chair, attestedOn: '2026-11-20', method: 'signed-sheet', evidence: scannedSheet });
    const row = (await core.call('policies.attestations', { policyId })).rows.find((r) => r.staffId === chair)!;
    expect(row).toMatchObject({ attestedOn: '2026-11-20', method: 'signed-sheet', recordedBy: 'Dr Maya Chen (CMO)', status: 'attested', evidence: { fileName: 'sign-in sheet.pdf' } });
    const kept = await core.call('attachments.read', { id: row.evidence!.id });
    expect(Buffer.from(kept.dataBase64, 'base64').toString()).toContain('signed sheet, ward 4B');
  });

  it('refuses an evidence file that is not a document, and writes nothing', async () => {
    const { policyId, versionId } = await activePolicy();
    await core.call('policies.assign', { policyId, targets: [{ kind: 'department', id: cardiologyId }] });
    const before = tableCounts(core);
    const refused = await core.dispatch('policies.attest', { versionId, staffId: chair, attestedOn: today, method: 'e-mail', evidence: { fileName: 'mail.exe', dataBase64: Buffer.from('MZ....').toString('base64') } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/not a PDF, PNG or JPEG/) } });
    expect(tableCounts(core)).toEqual(before);
  });
});

describe('attestation due dates and who must sign', () => {
  it('leaves staff on leave out of compliance, and shows them as on leave', async () => {
    const { policyId } = await activePolicy();
    await core.call('policies.assign', { policyId, targets: [{ kind: 'department', id: cardiologyId }] });
    expect((await core.call('policies.get', { id: policyId })).attestation).toMatchObject({ assigned: 2, attested: 0 });
    await core.call('staff.update', { id: chair, patch: { status: 'leave' } });
    expect((await core.call('policies.get', { id: policyId })).attestation).toMatchObject({ assigned: 1, attested: 0 });
    expect((await core.call('policies.list', {})).rows[0]!.attestation).toMatchObject({ assigned: 1, attested: 0 });
    const rows = (await core.call('policies.attestations', { policyId })).rows;
    expect(rows.map((r) => [r.staffName, r.status])).toEqual([['Ben Ashford, MD', 'on-leave'], ['Amara Quillmere, MD', 'due']]);
    expect((await core.call('policies.attestations', { policyId, pendingOnly: true })).rows.map((r) => r.staffName)).toEqual(['Amara Quillmere, MD']);
  });

  it('falls due the policy’s days after the version takes effect, and is overdue the day after', async () => {
    const { policyId, versionId } = await activePolicy();
    await core.call('policies.update', { id: policyId, patch: { attestationDueDays: 14 } });
    await core.call('policies.assign', { policyId, targets: [{ kind: 'department', id: cardiologyId }] });
    await core.call('policies.attest', { versionId, staffId: chair, attestedOn: today, method: 'in-person' });
    const due = (await core.call('policies.attestations', { policyId })).rows.find((r) => r.staffId === author)!;
    // Assigned today, long after the version took effect on 1 January: due 14 days from today.
    expect(due).toMatchObject({ dueOn: '2026-12-07', status: 'due' });
    today = '2026-12-07';
    expect((await core.call('policies.get', { id: policyId })).attestation).toEqual({ assigned: 2, attested: 1, overdue: 0 });
    today = '2026-12-08';
    expect((await core.call('policies.attestations', { policyId })).rows.find((r) => r.staffId === author)).toMatchObject({ status: 'overdue' });
    expect((await core.call('policies.get', { id: policyId })).attestation).toEqual({ assigned: 2, attested: 1, overdue: 1 });
    expect((await core.call('policies.list', {})).rows[0]!.attestation).toEqual({ assigned: 2, attested: 1, overdue: 1 });
  });

  it('counts from the day a new version takes effect for those assigned before it', async () => {
    const { policyId, versionId } = await activePolicy();
    await core.call('policies.assign', { policyId, targets: [{ kind: 'department', id: cardiologyId }] });
    today = '2027-06-01';
    const next = await core.call('policies.newVersion', { fromVersionId: versionId, changeSummary: 'Gloves' });
    await core.call('policies.saveDraft', { versionId: next.id, body: 'Clean hands, then gloves.' });
    const v = await core.call('policies.submit', { versionId: next.id, approvers: [{ kind: 'person', staffId: cmo }] });
    await core.call('policies.decide', { stepId: v.approvals[0]!.id, decision: 'approved' });
    const rows = (await core.call('policies.attestations', { policyId })).rows;
    expect(rows.map((r) => [r.dueOn, r.status])).toEqual([['2027-07-01', 'due'], ['2027-07-01', 'due']]);
  });
});

describe('approvals name who recorded them and how', () => {
  it('records the director and the way an approver’s decision reached them, with the e-mail kept', async () => {
    await core.call('app.setDirector', { name: 'Dr Maya Chen', role: 'CMO' });
    const policy = await core.call('policies.create', { reference: 'IC-009', title: 'Gloves', category: 'Infection control', ownerId: author, body: 'Wear gloves.' });
    const v = await core.call('policies.submit', { versionId: policy.versions[0]!.id, approvers: [{ kind: 'person', staffId: chair }] });
    const decided = await core.call('policies.decide', { stepId: v.approvals[0]!.id, decision: 'approved', method: 'e-mail', evidence: scannedSheet });
    expect(decided.approvals[0]).toMatchObject({ approverName: 'Ben Ashford, MD', recordedBy: 'Dr Maya Chen (CMO)', method: 'e-mail', evidence: { fileName: 'sign-in sheet.pdf' } });
  });
});
