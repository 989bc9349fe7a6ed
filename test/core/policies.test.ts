// Policies through the handlers: lifecycle and immutability, the approval chain, versions in force, review,
// read-and-sign, the crosswalk, search and import.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { smallOrganisation } from '../support/staff-fixtures';
import { makeDocx } from '../support/docx';

let core: TempCore;
let author: string;
let chair: string;
let cmo: string;
let today = '2026-11-23';

beforeEach(async () => {
  today = '2026-11-23';
  core = openTempCore({ now: () => new Date(`${today}T12:00:00Z`) });
  const org = await smallOrganisation(core);
  author = org.practitioner.id;
  chair = (await core.call('staff.create', { givenName: 'Ben', familyName: 'Ashford', degree: 'MD', roleId: 'role-attending', departmentId: org.cardiology.id })).id;
  cmo = (await core.call('staff.create', { givenName: 'Carmen', familyName: 'Brambleton', degree: 'MD', roleId: 'role-attending', departmentId: org.emergency.id })).id;
});
afterEach(() => core.dispose());

const body1 = '# Hand hygiene\n\nStaff clean their hands before and after every patient contact.\n\n- Alcohol rub\n- Soap and water';

async function activePolicy(reference = 'IC-001', body = body1) {
  const policy = await core.call('policies.create', { reference, title: 'Hand hygiene', category: 'Infection control', ownerId: author, body });
  const draft = policy.versions[0]!;
  await core.call('policies.submit', { versionId: draft.id, approvers: [{ kind: 'person', staffId: chair }] });
  const v = await core.call('policies.version', { id: draft.id });
  await core.call('policies.decide', { stepId: v.approvals[0]!.id, decision: 'approved' });
  return { policyId: policy.id, versionId: draft.id };
}

describe('policy lifecycle', () => {
  it('keeps one reference across versions and refuses a duplicate reference, writing nothing', async () => {
    await core.call('policies.create', { reference: 'ms-014', title: 'Credentialing', category: 'Medical staff', ownerId: author });
    const before = tableCounts(core);
    const dup = await core.dispatch('policies.create', { reference: 'MS-014', title: 'Other', category: 'Medical staff', ownerId: author });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/already has this reference/) } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('goes draft → in review → active, and an approved version refuses every edit', async () => {
    const { policyId, versionId } = await activePolicy();
    const v = await core.call('policies.version', { id: versionId });
    expect(v).toMatchObject({ state: 'active', effectiveOn: '2026-11-23' });
    const edit = await core.dispatch('policies.saveDraft', { versionId, body: 'changed' });
    expect(edit).toMatchObject({ ok: false, error: { code: 'LOCKED', message: expect.stringMatching(/Start a new draft/) } });
    expect((await core.dispatch('policies.autosave', { versionId, body: 'x' })).ok).toBe(false);
    expect((await core.call('policies.version', { id: versionId })).body).toBe(body1);
    const policy = await core.call('policies.get', { id: policyId });
    expect(policy.activeVersion).toMatchObject({ id: versionId, number: 1 });
  });

  it('requires a change summary for a new version, which starts from the approved text', async () => {
    const { versionId } = await activePolicy();
    expect(await core.dispatch('policies.newVersion', { fromVersionId: versionId, changeSummary: '  ' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const v2 = await core.call('policies.newVersion', { fromVersionId: versionId, changeSummary: 'Adds glove guidance' });
    expect(v2).toMatchObject({ number: 2, state: 'draft', body: body1, changeSummary: 'Adds glove guidance' });
    expect(await core.dispatch('policies.newVersion', { fromVersionId: versionId, changeSummary: 'Another' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('discards an open draft of a new version, but not a policy’s only version', async () => {
    const { policyId, versionId } = await activePolicy();
    const v2 = await core.call('policies.newVersion', { fromVersionId: versionId, changeSummary: 'Try something' });
    await core.call('policies.discardDraft', { versionId: v2.id });
    const policy = await core.call('policies.get', { id: policyId });
    expect(policy.versions.map((v) => v.number)).toEqual([1]);
    expect(policy.openVersion).toBeNull();
    expect(await core.dispatch('policies.discardDraft', { versionId })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    const lone = await core.call('policies.create', { reference: 'IC-009', title: 'Lone', category: 'Infection control', ownerId: author, body: 'x' });
    expect(await core.dispatch('policies.discardDraft', { versionId: lone.versions[0]!.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/retire the policy/) } });
  });

  it('restarts the whole approval chain when the draft is edited in review', async () => {
    const policy = await core.call('policies.create', { reference: 'IC-002', title: 'Isolation', category: 'Infection control', ownerId: author, body: 'Text' });
    const id = policy.versions[0]!.id;
    await core.call('committees.create', { name: 'Medical Executive Committee', kind: 'medical-executive' });
    let v = await core.call('policies.submit', { versionId: id, approvers: [{ kind: 'person', staffId: chair }, { kind: 'committee', name: 'Medical Executive Committee' }] });
    v = await core.call('policies.decide', { stepId: v.approvals[0]!.id, decision: 'approved', comment: 'Fine' });
    expect(v.approvals.map((a) => a.decision)).toEqual(['approved', 'pending']);
    v = await core.call('policies.saveDraft', { versionId: id, body: 'Text, amended' });
    expect(v.state).toBe('in-review');
    expect(v.approvals.map((a) => [a.approverName, a.decision])).toEqual([['Ben Ashford, MD', 'pending'], ['Medical Executive Committee', 'pending']]);
    const staleStep = await core.dispatch('policies.decide', { stepId: (await core.call('policies.version', { id })).approvals[1]!.id, decision: 'approved' });
    expect(staleStep).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/not Medical Executive Committee's turn: Ben Ashford, MD decides first/) } });
  });

  it('refuses the author as an approver, and approving an approved version', async () => {
    const policy = await core.call('policies.create', { reference: 'IC-003', title: 'Sharps', category: 'Safety', ownerId: author, body: 'Text' });
    const own = await core.dispatch('policies.submit', { versionId: policy.versions[0]!.id, approvers: [{ kind: 'person', staffId: author }] });
    expect(own).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/author/) } });
    expect((await core.call('policies.version', { id: policy.versions[0]!.id })).state).toBe('draft');
    const { versionId } = await activePolicy('IC-004');
    const step = (await core.call('policies.version', { id: versionId })).approvals[0]!;
    expect(await core.dispatch('policies.decide', { stepId: step.id, decision: 'approved' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('sends a rejected draft back to draft with the comment kept', async () => {
    const policy = await core.call('policies.create', { reference: 'IC-005', title: 'Visitors', category: 'Safety', ownerId: author, body: 'Text' });
    const v = await core.call('policies.submit', { versionId: policy.versions[0]!.id, approvers: [{ kind: 'person', staffId: chair }] });
    const rejected = await core.call('policies.decide', { stepId: v.approvals[0]!.id, decision: 'rejected', comment: 'Cite the CDC guideline' });
    expect(rejected).toMatchObject({ state: 'draft', approvals: [{ decision: 'rejected', comment: 'Cite the CDC guideline', decidedAt: '2026-11-23T12:00:00.000Z' }] });
  });

  it('answers "which version was in force on 3 March?" with one version', async () => {
    // Approved in January for the 15th, and revised in May for 1 June: each decided before it took effect.
    today = '2026-01-10';
    const policy = await core.call('policies.create', { reference: 'MS-014', title: 'Credentialing', category: 'Medical staff', ownerId: author, body: 'v1' });
    const v1 = policy.versions[0]!.id;
    let step = await core.call('policies.submit', { versionId: v1, approvers: [{ kind: 'person', staffId: chair }], effectiveOn: '2026-01-15' });
    await core.call('policies.decide', { stepId: step.approvals[0]!.id, decision: 'approved' });
    today = '2026-05-20';
    const v2 = (await core.call('policies.newVersion', { fromVersionId: v1, changeSummary: 'Three-year cycle' })).id;
    await core.call('policies.saveDraft', { versionId: v2, body: 'v2' });
    step = await core.call('policies.submit', { versionId: v2, approvers: [{ kind: 'person', staffId: cmo }], effectiveOn: '2026-06-01' });
    await core.call('policies.decide', { stepId: step.approvals[0]!.id, decision: 'approved' });
    today = '2026-11-23';
    const on = async (date: string) => (await core.call('policies.inForceOn', { policyId: policy.id, date }))?.number ?? null;
    expect(await on('2026-01-14')).toBeNull();
    expect(await on('2026-03-03')).toBe(1);
    expect(await on('2026-05-31')).toBe(1);
    expect(await on('2026-06-01')).toBe(2);
    const states = (await core.call('policies.get', { id: policy.id })).versions.map((v) => [v.number, v.state]);
    expect(states).toEqual([[2, 'active'], [1, 'superseded']]);
    await core.call('policies.retire', { policyId: policy.id, retiredOn: '2026-12-01', reason: 'Replaced by MS-021', approver: { kind: 'person', staffId: cmo } });
    expect(await on('2026-11-30')).toBe(2);
    expect(await on('2026-12-01')).toBeNull();
  });

  it('holds an approved version with a future date as approved, not active', async () => {
    const policy = await core.call('policies.create', { reference: 'MS-020', title: 'Proctoring', category: 'Medical staff', ownerId: author, body: 'Text' });
    const v = await core.call('policies.submit', { versionId: policy.versions[0]!.id, approvers: [{ kind: 'person', staffId: chair }], effectiveOn: '2027-01-01' });
    const approved = await core.call('policies.decide', { stepId: v.approvals[0]!.id, decision: 'approved' });
    expect(approved.state).toBe('approved');
    expect((await core.call('policies.get', { id: policy.id })).activeVersion).toBeNull();
  });

  it('keeps autosaved text apart from the saved draft and offers it back after a crash', async () => {
    const policy = await core.call('policies.create', { reference: 'IC-006', title: 'Masks', category: 'Infection control', ownerId: author, body: 'Saved' });
    const id = policy.versions[0]!.id;
    await core.call('policies.autosave', { versionId: id, body: 'Saved, and typed before the crash' });
    const historyBefore = (await core.call('history.forRecord', { entity: 'policyVersion', id })).length;
    core.close();
    const reopened = openTempCore({ dataDir: core.dataDir });
    const v = await reopened.call('policies.version', { id });
    expect(v.body).toBe('Saved');
    expect(v.recoveredBody).toBe('Saved, and typed before the crash');
    expect((await reopened.call('history.forRecord', { entity: 'policyVersion', id })).length).toBe(historyBefore);
    await reopened.call('policies.saveDraft', { versionId: id, body: v.recoveredBody! });
    expect((await reopened.call('policies.version', { id })).recoveredBody).toBeNull();
    reopened.dispose();
    core = openTempCore();
  });
});

describe('effective dates and authorship', () => {
  async function approveWith(versionId: string, effectiveOn: string | null, approver = chair) {
    const v = await core.call('policies.submit', { versionId, approvers: [{ kind: 'person', staffId: approver }], effectiveOn });
    return core.call('policies.decide', { stepId: v.approvals[0]!.id, decision: 'approved' });
  }
  async function revise(fromVersionId: string, body: string) {
    const v = await core.call('policies.newVersion', { fromVersionId, changeSummary: `Now: ${body}` });
    await core.call('policies.saveDraft', { versionId: v.id, body });
    return v.id;
  }

  it('refuses a revision dated before today, and never changes what was in force on a past day', async () => {
    const policy = await core.call('policies.create', { reference: 'MS-030', title: 'Proctoring', category: 'Medical staff', ownerId: author, body: 'v1' });
    const v1 = policy.versions[0]!.id;
    await approveWith(v1, '2026-01-15');
    const v2 = await revise(v1, 'v2');
    const before = tableCounts(core);
    const backdated = await core.dispatch('policies.submit', { versionId: v2, approvers: [{ kind: 'person', staffId: chair }], effectiveOn: '2025-06-01' });
    expect(backdated).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/today or later/) } });
    expect(tableCounts(core)).toEqual(before);

    // Chosen for the 1st of next month, but the approver only decides a month later: it starts the day it is approved.
    const step = await core.call('policies.submit', { versionId: v2, approvers: [{ kind: 'person', staffId: chair }], effectiveOn: '2026-12-01' });
    today = '2026-12-20';
    expect((await core.call('policies.inForceOn', { policyId: policy.id, date: '2026-12-10' }))?.number).toBe(1);
    const approved = await core.call('policies.decide', { stepId: step.approvals[0]!.id, decision: 'approved' });
    expect(approved).toMatchObject({ state: 'active', effectiveOn: '2026-12-20' });
    expect((await core.call('policies.inForceOn', { policyId: policy.id, date: '2026-12-10' }))?.number).toBe(1);
  });

  it('lets a first version record the past date a paper policy took effect', async () => {
    const policy = await core.call('policies.create', { reference: 'MS-031', title: 'Bylaws', category: 'Medical staff', ownerId: author, body: 'v1' });
    expect(await approveWith(policy.versions[0]!.id, '2019-07-01')).toMatchObject({ state: 'active', effectiveOn: '2019-07-01' });
  });

  it('keeps a newer approved version in force over an older one approved for a later date', async () => {
    const policy = await core.call('policies.create', { reference: 'MS-032', title: 'Consent', category: 'Medical staff', ownerId: author, body: 'v1' });
    const v1 = policy.versions[0]!.id;
    await approveWith(v1, null);
    const v2 = await revise(v1, 'v2');
    await approveWith(v2, '2027-01-01');
    const v3 = await revise(v2, 'v3 corrects v2 before it takes effect');
    await approveWith(v3, null);
    const states = (await core.call('policies.get', { id: policy.id })).versions.map((v) => [v.number, v.state]);
    expect(states).toEqual([[3, 'active'], [2, 'superseded'], [1, 'superseded']]);
    expect((await core.call('policies.inForceOn', { policyId: policy.id, date: '2027-02-01' }))?.number).toBe(3);
  });

  it('makes the current owner the author of a new version, so a new owner cannot approve their own draft', async () => {
    const { policyId, versionId } = await activePolicy();
    await core.call('policies.update', { id: policyId, patch: { ownerId: cmo } });
    const v2 = await core.call('policies.newVersion', { fromVersionId: versionId, changeSummary: 'New owner revises' });
    expect(v2.authorId).toBe(cmo);
    const own = await core.dispatch('policies.submit', { versionId: v2.id, approvers: [{ kind: 'person', staffId: cmo }] });
    expect(own).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('names the policy by the title its approved version carries', async () => {
    const policy = await core.call('policies.create', { reference: 'MS-033', title: 'Credentialing', category: 'Medical staff', ownerId: author, body: 'v1' });
    const v1 = policy.versions[0]!.id;
    await core.call('policies.saveDraft', { versionId: v1, title: 'Credentialing and privileging' });
    expect((await core.call('policies.get', { id: policy.id })).title).toBe('Credentialing and privileging');
    await approveWith(v1, null);
    const v2 = await core.call('policies.newVersion', { fromVersionId: v1, changeSummary: 'Rename' });
    await core.call('policies.saveDraft', { versionId: v2.id, title: 'Medical staff credentialing' });
    expect((await core.call('policies.get', { id: policy.id })).title).toBe('Credentialing and privileging');
    await approveWith(v2.id, null);
    expect((await core.call('policies.list', { search: 'MS-033' })).rows[0]!.title).toBe('Medical staff credentialing');
  });

  it('takes no new version of a retired policy, and no review or attestation dated after today', async () => {
    const { policyId, versionId } = await activePolicy();
    const cardiology = (await core.call('departments.list', {})).find((d) => d.code === 'CARD')!;
    await core.call('policies.assign', { policyId, targets: [{ kind: 'department', id: cardiology.id }] });
    const before = tableCounts(core);
    expect(await core.dispatch('policies.markReviewed', { policyId, reviewedOn: '2030-01-01', note: null, approver: { kind: 'person', staffId: cmo } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/after today/) } });
    expect(await core.dispatch('policies.attest', { versionId, staffId: author, attestedOn: '2026-11-24', method: 'paper' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/after today/) } });
    expect(tableCounts(core)).toEqual(before);
    await core.call('policies.retire', { policyId, retiredOn: '2026-11-23', reason: 'No longer needed', approver: { kind: 'person', staffId: cmo } });
    expect(await core.dispatch('policies.newVersion', { fromVersionId: versionId, changeSummary: 'Too late' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/retired/) } });
  });

  it('lets no committee motion approve an empty draft or a retired policy, and records no motion then', async () => {
    const mec = await core.call('committees.create', { name: 'Medical Executive Committee', kind: 'medical-executive' });
    const withMember = await core.call('committees.addMember', { committeeId: mec.id, name: 'Dr Ada Ashcombe', role: 'chair', voting: true });
    const memberId = withMember.members[0]!.id;
    const meeting = await core.call('meetings.create', { committeeId: mec.id, title: 'November MEC', startsAt: '2026-11-23T16:00:00Z', timeZone: 'UTC' });
    await core.call('attendance.set', { meetingId: meeting.id, members: [{ memberId, status: 'present' }] });
    const approveBy = (versionId: string) => core.dispatch('motions.record', {
      meetingId: meeting.id, kind: 'approve', text: 'Approve the policy', moverMemberId: memberId, subject: { kind: 'policy-version', id: versionId }, votes: [{ memberId, vote: 'yes' }],
    });
    const empty = await core.call('policies.create', { reference: 'MS-020', title: 'Proctoring', category: 'Medical staff', ownerId: author });
    const { policyId, versionId } = await activePolicy();
    const revision = await core.call('policies.newVersion', { fromVersionId: versionId, changeSummary: 'Adds gloves' });
    await core.call('policies.retire', { policyId, retiredOn: today, reason: 'No longer needed', approver: { kind: 'person', staffId: cmo } });
    const before = tableCounts(core);
    expect(await approveBy(empty.versions[0]!.id)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/no text/) } });
    expect(await approveBy(revision.id)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/retired/) } });
    expect(tableCounts(core)).toEqual(before);
  });
});

describe('the library', () => {
  it('answers every filter’s count with the page, each equal to what that filter lists, within the same search', async () => {
    await activePolicy('IC-001');
    await activePolicy('IC-002');
    await core.call('policies.create', { reference: 'MS-030', title: 'Proctoring', category: 'Medical staff', ownerId: author });
    for (const search of [undefined, 'hygiene']) {
      const { counts } = await core.call('policies.list', { ...(search ? { search } : {}), filter: 'drafts' });
      for (const filter of ['all', 'active', 'drafts', 'in-review', 'review-due', 'overdue', 'retired'] as const) {
        expect(counts[filter], `${filter} ${search ?? ''}`).toBe((await core.call('policies.list', { ...(search ? { search } : {}), filter })).total);
      }
      expect(counts.all).toBe(search ? 2 : 3);
    }
    expect((await core.call('policies.list', {})).counts).toMatchObject({ all: 3, active: 2, drafts: 1 });
  });
});

describe('redline', () => {
  it('marks added and removed words between two versions', async () => {
    const { versionId } = await activePolicy();
    const v2 = await core.call('policies.newVersion', { fromVersionId: versionId, changeSummary: 'Gloves' });
    await core.call('policies.saveDraft', { versionId: v2.id, body: body1.replace('every patient contact', 'every patient contact and after removing gloves').replace('- Soap and water', '- Soap') });
    const diff = await core.call('policies.redline', { fromVersionId: versionId, toVersionId: v2.id });
    expect(diff.segments.filter((s) => s.kind === 'added').map((s) => s.text.trim())).toEqual(['and after removing gloves']);
    expect(diff.segments.filter((s) => s.kind === 'removed').map((s) => s.text.trim())).toEqual(['and water']);
    expect(diff).toMatchObject({ added: 4, removed: 2 });
  });
});

describe('review cycle', () => {
  it('falls due one interval after the version took effect, and "reviewed, no revision needed" reschedules it', async () => {
    const { policyId } = await activePolicy();
    await core.call('policies.update', { id: policyId, patch: { reviewIntervalMonths: 12, reviewWarningDays: 30 } });
    expect((await core.call('policies.get', { id: policyId })).review).toEqual({ state: 'current', dueOn: '2027-11-23', daysLeft: 365 });
    const versionsBefore = (await core.call('policies.get', { id: policyId })).versions.length;
    today = '2027-11-01';
    const reviewed = await core.call('policies.markReviewed', { policyId, reviewedOn: '2027-11-01', note: 'No change needed', approver: { kind: 'person', staffId: cmo } });
    expect(reviewed.review.dueOn).toBe('2028-11-01');
    expect(reviewed.versions).toHaveLength(versionsBefore);
    expect(reviewed.reviews).toMatchObject([{ reviewedOn: '2027-11-01', note: 'No change needed', reviewer: 'Carmen Brambleton, MD', recordedBy: 'test director', method: 'in-person' }]);
    const older = await core.call('policies.markReviewed', { policyId, reviewedOn: '2027-01-01', note: null, approver: { kind: 'person', staffId: cmo } });
    expect(older.review.dueOn).toBe('2028-11-01');
  });

  it('lists overdue policies', async () => {
    const { policyId } = await activePolicy();
    await core.call('policies.update', { id: policyId, patch: { reviewIntervalMonths: 1 } });
    core.close();
    today = '2027-02-01';
    core = openTempCore({ dataDir: core.dataDir, now: () => new Date(`${today}T12:00:00Z`) });
    const overdue = await core.call('policies.list', { filter: 'overdue' });
    expect(overdue.rows.map((r) => [r.reference, r.review.state, r.review.dueOn])).toEqual([['IC-001', 'overdue', '2026-12-23']]);
  });
});

describe('read-and-sign', () => {
  it('counts attestations to the version in force, carries them over unchanged text, and re-assigns when the words change', async () => {
    const { policyId, versionId } = await activePolicy();
    const cardiology = (await core.call('departments.list', {})).find((d) => d.code === 'CARD')!;
    await core.call('policies.assign', { policyId, targets: [{ kind: 'department', id: cardiology.id }] });
    expect((await core.call('policies.get', { id: policyId })).attestation).toEqual({ assigned: 2, attested: 0, overdue: 0 });
    expect(await core.call('policies.attest', { versionId, staffId: author, attestedOn: '2026-11-23', method: 'electronic' })).toEqual({ assigned: 2, attested: 1 });
    expect(await core.dispatch('policies.attest', { versionId, staffId: cmo, attestedOn: '2026-11-23', method: 'electronic' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/not assigned/) } });
    const pending = await core.call('policies.attestations', { policyId, pendingOnly: true });
    expect(pending.rows.map((r) => r.staffName)).toEqual(['Ben Ashford, MD']);

    // A new version with the same words (a metadata fix) keeps the attestation.
    const same = await core.call('policies.newVersion', { fromVersionId: versionId, changeSummary: 'Owner changed' });
    let step = await core.call('policies.submit', { versionId: same.id, approvers: [{ kind: 'person', staffId: chair }] });
    await core.call('policies.decide', { stepId: step.approvals[0]!.id, decision: 'approved' });
    expect((await core.call('policies.get', { id: policyId })).attestation).toEqual({ assigned: 2, attested: 1, overdue: 0 });

    // Changed words: everyone attests again.
    const changed = await core.call('policies.newVersion', { fromVersionId: same.id, changeSummary: 'New rub' });
    await core.call('policies.saveDraft', { versionId: changed.id, body: `${body1}\n- Chlorhexidine` });
    step = await core.call('policies.submit', { versionId: changed.id, approvers: [{ kind: 'person', staffId: chair }] });
    await core.call('policies.decide', { stepId: step.approvals[0]!.id, decision: 'approved' });
    expect((await core.call('policies.get', { id: policyId })).attestation).toEqual({ assigned: 2, attested: 0, overdue: 0 });
    expect((await core.call('policies.list', {})).rows[0]!.attestation).toEqual({ assigned: 2, attested: 0, overdue: 0 });
  });
});

describe('read-and-sign in bulk', () => {
  it('records the names on a signed sheet at once, on one day, "signed sheet", in one transaction', async () => {
    const { policyId, versionId } = await activePolicy();
    const cardiology = (await core.call('departments.list', {})).find((d) => d.code === 'CARD')!;
    await core.call('policies.assign', { policyId, targets: [{ kind: 'department', id: cardiology.id }] });
    const logged = () => core.context.db.prepare("SELECT count(DISTINCT record_id) AS records, count(DISTINCT tx_id) AS transactions FROM change_log WHERE entity = 'policyAttestation'").get();
    expect(await core.call('policies.attestMany', { versionId, staffIds: [author, chair], attestedOn: '2026-11-20' })).toEqual({ assigned: 2, attested: 2 });
    const rows = (await core.call('policies.attestations', { policyId })).rows;
    expect(rows.map((r) => [r.attestedOn, r.method])).toEqual([['2026-11-20', 'signed-sheet'], ['2026-11-20', 'signed-sheet']]);
    expect(logged()).toEqual({ records: 2, transactions: 1 });
  });

  it('refuses the whole sheet when one name cannot attest, saying whose, and writes nothing', async () => {
    const { policyId, versionId } = await activePolicy();
    const cardiology = (await core.call('departments.list', {})).find((d) => d.code === 'CARD')!;
    await core.call('policies.assign', { policyId, targets: [{ kind: 'department', id: cardiology.id }] });
    const before = tableCounts(core);
    const refused = (input: object) => core.dispatch('policies.attestMany', { versionId, attestedOn: '2026-11-20', ...input } as never);
    expect(await refused({ staffIds: [author, cmo] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'Carmen Brambleton, MD is not assigned this policy.' } });
    expect(await refused({ staffIds: [author, author] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/ticked twice/) } });
    expect(await refused({ staffIds: [] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/Tick the names/) } });
    expect(await refused({ staffIds: [author], attestedOn: '2026-12-01' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/after today/) } });
    expect(await refused({ staffIds: [author], method: 'carrier pigeon' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(tableCounts(core)).toEqual(before);
    await core.call('policies.attest', { versionId, staffId: chair, attestedOn: '2026-11-21', method: 'electronic' });
    const after = tableCounts(core);
    expect(await refused({ staffIds: [author, chair] })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Ben Ashford, MD has already attested to this version.' } });
    expect(tableCounts(core)).toEqual(after);
  });
});

describe('standards crosswalk', () => {
  it('lists each standard with the policies that meet it, and which have no active policy', async () => {
    const { policyId } = await activePolicy();
    const tjc = await core.call('standards.create', { body: 'TJC', code: 'IC.01.04.01', title: 'Infection prevention goals' });
    const cms = await core.call('standards.create', { body: 'CMS', code: '42 CFR 482.42', title: 'Infection prevention and control' });
    const draftOnly = await core.call('policies.create', { reference: 'IC-010', title: 'Draft only', category: 'Infection control', ownerId: author, body: 'x' });
    await core.call('policies.setStandards', { policyId, standardIds: [tjc.id] });
    await core.call('policies.setStandards', { policyId: draftOnly.id, standardIds: [cms.id] });
    const list = await core.call('standards.list', {});
    expect(list.map((s) => [s.code, s.policies.map((p) => [p.reference, p.active])])).toEqual([
      ['42 CFR 482.42', [['IC-010', false]]],
      ['IC.01.04.01', [['IC-001', true]]],
    ]);
  });
});

describe('search', () => {
  it('finds words in the text in force, ranked, with the matches marked, as the last word is typed', async () => {
    await activePolicy('IC-001');
    await core.call('policies.create', { reference: 'MS-014', title: 'Medical staff credentialing', category: 'Medical staff', ownerId: author, body: 'Verify every licence with the primary source before granting privileges.' });
    const hits = await core.call('policies.search', { query: 'primary sour' });
    expect(hits.map((h) => h.reference)).toEqual(['MS-014']);
    expect(hits[0]!.snippet).toContain('\u0001primary\u0002 \u0001source\u0002');
    expect((await core.call('policies.search', { query: 'hygiene' }))[0]).toMatchObject({ reference: 'IC-001', state: 'active' });
    expect(await core.call('policies.search', { query: 'NEAR(" OR "' })).toEqual([]);
  });

  it('finds a policy by its reference even when its text never mentions it', async () => {
    await activePolicy('IC-001');
    await core.call('policies.create', { reference: 'MS-014', title: 'Credentialing', category: 'Medical staff', ownerId: author, body: 'Verify every licence.' });
    expect((await core.call('policies.search', { query: 'ms-014' })).map((h) => [h.reference, h.versionNumber, h.snippet])).toEqual([['MS-014', 1, 'Verify every licence.']]);
    expect((await core.call('policies.search', { query: 'IC-0' })).map((h) => [h.reference, h.state])).toEqual([['IC-001', 'active']]);
  });

  it('searches older versions only when asked', async () => {
    const { versionId } = await activePolicy();
    const v2 = await core.call('policies.newVersion', { fromVersionId: versionId, changeSummary: 'Rewrite' });
    await core.call('policies.saveDraft', { versionId: v2.id, body: 'Completely rewritten text about gloves.' });
    const step = await core.call('policies.submit', { versionId: v2.id, approvers: [{ kind: 'person', staffId: chair }] });
    await core.call('policies.decide', { stepId: step.approvals[0]!.id, decision: 'approved' });
    expect(await core.call('policies.search', { query: 'alcohol' })).toEqual([]);
    expect((await core.call('policies.search', { query: 'alcohol', includeOlderVersions: true })).map((h) => [h.versionNumber, h.state])).toEqual([[1, 'superseded']]);
  });
});

describe('import', () => {
  it('turns .docx, .md and .txt files into drafts and reports every file', async () => {
    const docx = await makeDocx([{ text: 'Restraint and seclusion', style: 'Heading1' }, { text: 'Restraint is a last resort.' }, { text: 'Orders', style: 'Heading2' }, { text: 'A physician orders it within one hour.' }]);
    const files = [
      { fileName: 'PC-003 Restraint.docx', dataBase64: docx.toString('base64') },
      { fileName: 'consent.md', dataBase64: Buffer.from('# Informed consent\n\nConsent is documented before procedures.').toString('base64') },
      { fileName: 'notes.txt', dataBase64: Buffer.from('Pharmacy after-hours access.').toString('base64') },
      { fileName: 'broken.docx', dataBase64: Buffer.from('PK\u0003\u0004 not really a zip').toString('base64') },
      { fileName: 'empty.md', dataBase64: Buffer.from('   \n').toString('base64') },
      { fileName: 'scan.pdf', dataBase64: Buffer.from('%PDF-1.4').toString('base64') },
      { fileName: 'PC-003 Copy.md', dataBase64: Buffer.from('# Again').toString('base64') },
    ];
    const report = await core.call('policies.import', { files, ownerId: author });
    expect(report.map((r) => [r.fileName, r.outcome, r.reference])).toEqual([
      ['PC-003 Restraint.docx', 'imported', 'PC-003'],
      ['consent.md', 'imported', 'IMP-001'],
      ['notes.txt', 'imported', 'IMP-002'],
      ['broken.docx', 'skipped', null],
      ['empty.md', 'skipped', null],
      ['scan.pdf', 'skipped', null],
      ['PC-003 Copy.md', 'skipped', null],
    ]);
    expect(report[3]!.reason).toMatch(/could not be read/);
    expect(report[4]!.reason).toMatch(/no text/);
    expect(report[5]!.reason).toMatch(/attached to a policy as it is/);
    expect(report[6]!.reason).toMatch(/PC-003 is already used/);
    const restraint = await core.call('policies.get', { id: report[0]!.policyId! });
    expect(restraint.title).toBe('Restraint and seclusion');
    const text = (await core.call('policies.version', { id: restraint.versions[0]!.id })).body;
    expect(text).toContain('# Restraint and seclusion');
    expect(text).toContain('## Orders');
    expect(restraint.versions[0]).toMatchObject({ state: 'draft', changeSummary: 'Imported from PC-003 Restraint.docx' });
    expect((await core.call('policies.list', {})).total).toBe(3);
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const before = tableCounts(core);
    const huge = 'A'.repeat(Math.ceil((50 * 1024 * 1024 * 4) / 3) + 8);
    const result = await core.dispatch('policies.import', { files: [{ fileName: 'huge.txt', dataBase64: huge }], ownerId: author });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/larger than 50 MB/) } });
    expect(tableCounts(core)).toEqual(before);
  });
});
