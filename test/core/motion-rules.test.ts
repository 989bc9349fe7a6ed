// Motions held to the committee's right and the meeting's facts: what a committee may approve, decisions dated by the
// meeting, the author recused, quorum and threshold per vote, and the consent agenda approved by one motion.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { smallOrganisation } from '../support/staff-fixtures';

let core: TempCore;
/** The day the director types the motions in; each test moves it past its meeting. */
let clock: string;
let author: string;
let mec: string;
let members: Record<string, string>;

beforeEach(async () => {
  clock = '2026-12-20T17:00:00Z';
  core = openTempCore({ now: () => new Date(clock) });
  author = (await smallOrganisation(core)).practitioner.id;
  mec = (await core.call('committees.create', { name: 'Medical Executive Committee', kind: 'medical-executive' })).id;
  // Five voting members (a quorum of 3); the chair wrote the policies these tests approve.
  await core.call('committees.addMember', { committeeId: mec, staffId: author, role: 'chair', voting: true });
  for (const name of ['Dr Ben Brambleton', 'Dr Cy Cinderfield', 'Dr Di Dapplewood', 'Dr Eve Ellingham']) await core.call('committees.addMember', { committeeId: mec, name, role: 'member', voting: true });
  members = Object.fromEntries((await core.call('committees.list', {})).find((c) => c.id === mec)!.members.map((m) => [m.name.split(',')[0]!.split(' ').at(-1)!, m.id]));
});
afterEach(() => core.dispose());

const everyoneBut = (...names: string[]) => Object.keys(members).filter((n) => !names.includes(n));
async function meetingOf(committeeId: string, title: string, startsAt: string, present: string[], memberIds = members) {
  const m = await core.call('meetings.create', { committeeId, title, startsAt, timeZone: 'America/Los_Angeles', location: 'Board room' });
  await core.call('attendance.set', { meetingId: m.id, members: Object.entries(memberIds).map(([name, memberId]) => ({ memberId, status: present.includes(name) ? ('present' as const) : ('absent' as const) })) });
  return m.id;
}
const yes = (...names: string[]) => names.map((n) => ({ memberId: members[n]!, vote: 'yes' as const }));

/** A policy by the chair, sent round a chain that ends with `committee`'s step. */
async function policyInReview(reference: string, committee = 'Medical Executive Committee') {
  const policy = await core.call('policies.create', { reference, title: `Policy ${reference}`, category: 'Medical staff', ownerId: author, body: 'Text' });
  const versionId = policy.versions[0]!.id;
  await core.call('policies.submit', { versionId, approvers: [{ kind: 'committee', name: committee }] });
  return versionId;
}

describe('a motion approves only what its committee may', () => {
  it('refuses a Pharmacy & Therapeutics motion at the MEC step of a policy’s chain, and writes nothing', async () => {
    const pt = (await core.call('committees.create', { name: 'Pharmacy & Therapeutics Committee', kind: 'pharmacy-therapeutics' })).id;
    const pharmacist = (await core.call('committees.addMember', { committeeId: pt, name: 'Dr Pia Pestle', role: 'chair', voting: true })).members[0]!.id;
    const versionId = await policyInReview('MS-014');
    const meetingId = await meetingOf(pt, 'December P&T', '2026-12-10T16:00:00Z', ['Pestle'], { Pestle: pharmacist });
    const before = tableCounts(core);
    const refused = await core.dispatch('motions.record', {
      meetingId, kind: 'approve', text: 'Approve MS-014 v1', moverMemberId: pharmacist, subject: { kind: 'policy-version', id: versionId }, votes: [{ memberId: pharmacist, vote: 'yes' }],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'The approval chain of MS-014 v1 asks Medical Executive Committee for this step: a motion of Pharmacy & Therapeutics Committee cannot give it.' } });
    expect(tableCounts(core)).toEqual(before);
    expect((await core.call('policies.version', { id: versionId })).state).toBe('in-review');
  });

  it('refuses to approve by motion a draft that never went round its chain', async () => {
    const draft = await core.call('policies.create', { reference: 'MS-020', title: 'Proctoring', category: 'Medical staff', ownerId: author, body: 'Text' });
    const meetingId = await meetingOf(mec, 'December MEC', '2026-12-08T15:30:00Z', everyoneBut('Quillmere'));
    const before = tableCounts(core);
    const refused = await core.dispatch('motions.record', {
      meetingId, kind: 'approve', text: 'Approve MS-020', moverMemberId: members.Brambleton!, subject: { kind: 'policy-version', id: draft.versions[0]!.id }, votes: yes('Brambleton', 'Cinderfield', 'Dapplewood'),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/^MS-020 v1 has not been sent round its approval chain: submit it/) } });
    expect(tableCounts(core)).toEqual(before);
  });
});

describe('decisions carry the meeting’s date', () => {
  it('puts a policy approved at the Dec 15 evening meeting in force since Dec 15, though typed in on Dec 20', async () => {
    const versionId = await policyInReview('MS-014');
    // 6 pm in Los Angeles on Dec 15 is already Dec 16 in UTC: the meeting's own day counts.
    const meetingId = await meetingOf(mec, 'December MEC', '2026-12-16T02:00:00Z', everyoneBut('Quillmere'));
    const after = await core.call('motions.record', {
      meetingId, kind: 'approve', text: 'Approve MS-014 v1', moverMemberId: members.Brambleton!, subject: { kind: 'policy-version', id: versionId }, votes: yes('Brambleton', 'Cinderfield', 'Dapplewood', 'Ellingham'),
    });
    expect(after.motions[0]!.decidedAt).toBe('2026-12-16T02:00:00Z');
    const approved = await core.call('policies.version', { id: versionId });
    expect(approved).toMatchObject({ state: 'active', effectiveOn: '2026-12-15', approvedAt: '2026-12-16T02:00:00Z' });
    expect(approved.approvals[0]).toMatchObject({ decidedAt: '2026-12-16T02:00:00Z', motionId: after.motions[0]!.id });
  });

  it('locks November’s minutes on the day of the Dec 8 meeting that approved them', async () => {
    const november = await meetingOf(mec, 'November MEC', '2026-11-10T16:30:00Z', everyoneBut());
    const december = await meetingOf(mec, 'December MEC', '2026-12-08T15:30:00Z', everyoneBut());
    await core.call('motions.record', {
      meetingId: december, kind: 'approve', text: 'Approve the November minutes', moverMemberId: members.Brambleton!, subject: { kind: 'minutes', id: november }, votes: yes(...everyoneBut()),
    });
    expect(await core.call('meetings.get', { id: november })).toMatchObject({ status: 'minutes-approved', minutesApprovedAt: '2026-12-08T15:30:00Z' });
  });

  it('refuses to mark a future meeting held, or to record its decisions, and writes nothing', async () => {
    const november = await meetingOf(mec, 'November MEC', '2026-11-10T16:30:00Z', everyoneBut());
    const january = await meetingOf(mec, 'January MEC', '2027-01-12T16:30:00Z', everyoneBut());
    const before = tableCounts(core);
    expect(await core.dispatch('meetings.update', { id: january, patch: { status: 'held' } })).toMatchObject({
      ok: false, error: { code: 'INVALID_INPUT', message: 'January MEC meets on 2027-01-12: it can be marked held once it has met.' },
    });
    expect(await core.dispatch('motions.record', {
      meetingId: january, kind: 'approve', text: 'Approve the November minutes', moverMemberId: members.Brambleton!, subject: { kind: 'minutes', id: november }, votes: yes(...everyoneBut()),
    })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'January MEC meets on 2027-01-12: its decisions are recorded once it has met.' } });
    expect(tableCounts(core)).toEqual(before);
    expect((await core.call('meetings.update', { id: november, patch: { status: 'held' } })).status).toBe('held');
  });
});

describe('no one approves their own work', () => {
  it('records the author as recused and lets the rest decide; refuses the author’s vote or motion', async () => {
    const versionId = await policyInReview('MS-014');
    const meetingId = await meetingOf(mec, 'December MEC', '2026-12-08T15:30:00Z', everyoneBut('Ellingham'));
    const rules = await core.call('motions.rules', { meetingId, kind: 'approve', subject: { kind: 'policy-version', id: versionId } });
    expect(rules).toMatchObject({ threshold: 'majority', recused: [{ memberId: members.Quillmere, name: 'Amara Quillmere, MD', reason: 'author of MS-014 v1' }], quorum: { required: 3, presentVoting: 4 } });
    const motion = { meetingId, kind: 'approve' as const, text: 'Approve MS-014 v1', subject: { kind: 'policy-version' as const, id: versionId } };
    const before = tableCounts(core);
    expect(await core.dispatch('motions.record', { ...motion, moverMemberId: members.Brambleton!, votes: yes('Quillmere', 'Brambleton', 'Cinderfield', 'Dapplewood') })).toMatchObject({
      ok: false, error: { code: 'INVALID_INPUT', message: 'Amara Quillmere, MD is recused from this motion (author of MS-014 v1): record their vote as recused.' },
    });
    expect(await core.dispatch('motions.record', { ...motion, moverMemberId: members.Quillmere!, votes: yes('Brambleton', 'Cinderfield', 'Dapplewood') })).toMatchObject({
      ok: false, error: { message: 'Amara Quillmere, MD is recused from this motion (author of MS-014 v1), so cannot move it.' },
    });
    expect(tableCounts(core)).toEqual(before);
    const after = await core.call('motions.record', { ...motion, moverMemberId: members.Brambleton!, votes: yes('Brambleton', 'Cinderfield', 'Dapplewood'), declaredResult: 'carried' });
    expect(after.motions[0]).toMatchObject({ result: 'carried', tally: { yes: 3, recused: 1 } });
    expect(after.motions[0]!.votes.find((v) => v.memberId === members.Quillmere)).toMatchObject({ vote: 'recused' });
    expect((await core.call('policies.version', { id: versionId })).state).toBe('active');
  });
});

describe('quorum per vote and thresholds', () => {
  it('fails a vote for which the quorum is lost: 5 members, 3 present, 1 recused; a chair declaring it carried is refused', async () => {
    const versionId = await policyInReview('MS-014');
    const meetingId = await meetingOf(mec, 'December MEC', '2026-12-08T15:30:00Z', ['Quillmere', 'Brambleton', 'Cinderfield']);
    expect((await core.call('meetings.get', { id: meetingId })).quorum).toMatchObject({ required: 3, presentVoting: 3, quorate: true });
    const motion = {
      meetingId, kind: 'approve' as const, text: 'Approve MS-014 v1', moverMemberId: members.Brambleton!, subject: { kind: 'policy-version' as const, id: versionId },
      votes: [...yes('Brambleton', 'Cinderfield'), { memberId: members.Quillmere!, vote: 'recused' as const }],
    };
    const before = tableCounts(core);
    expect(await core.dispatch('motions.record', { ...motion, declaredResult: 'carried' })).toMatchObject({
      ok: false, error: { code: 'INVALID_INPUT', message: 'This motion cannot be recorded as carried: only 2 voting members could vote (1 recused or out of the room) and the quorum is 3.' },
    });
    expect(tableCounts(core)).toEqual(before);
    const after = await core.call('motions.record', motion);
    expect(after.motions[0]).toMatchObject({ result: 'failed', threshold: 'majority' });
    expect((await core.call('policies.version', { id: versionId })).state).toBe('in-review');
  });

  it('counts a member out of the room for one vote like a recusal', async () => {
    const meetingId = await meetingOf(mec, 'December MEC', '2026-12-08T15:30:00Z', ['Quillmere', 'Brambleton', 'Cinderfield']);
    const after = await core.call('motions.record', {
      meetingId, kind: 'other', text: 'Adopt the sepsis audit', moverMemberId: members.Brambleton!, votes: [...yes('Brambleton', 'Cinderfield'), { memberId: members.Quillmere!, vote: 'out-of-room' }],
    });
    expect(after.motions[0]).toMatchObject({ result: 'failed', tally: { yes: 2, outOfRoom: 1 } });
  });

  it('needs two thirds to amend adopted minutes: 3 yes and 2 no fails, unless the committee’s rules say a majority', async () => {
    const november = await meetingOf(mec, 'November MEC', '2026-11-10T16:30:00Z', everyoneBut());
    const december = await meetingOf(mec, 'December MEC', '2026-12-08T15:30:00Z', everyoneBut());
    await core.call('motions.record', { meetingId: december, kind: 'approve', text: 'Approve the November minutes', moverMemberId: members.Brambleton!, subject: { kind: 'minutes', id: november }, votes: yes(...everyoneBut()) });
    const amendment = {
      meetingId: november, text: 'Called to order at 8:35 am.', motionMeetingId: december, moverMemberId: members.Brambleton!,
      votes: [...yes('Quillmere', 'Brambleton', 'Cinderfield'), { memberId: members.Dapplewood!, vote: 'no' as const }, { memberId: members.Ellingham!, vote: 'no' as const }],
    };
    expect((await core.call('minutes.amend', amendment)).amendments).toEqual([]);
    const motions = (await core.call('meetings.get', { id: december })).motions;
    expect(motions[1]).toMatchObject({ kind: 'amend', result: 'failed', threshold: 'two-thirds', tally: { yes: 3, no: 2 } });
    expect((await core.call('committees.setRules', { id: mec, motionThresholds: { amend: 'majority' } })).motionThresholds).toEqual({ amend: 'majority' });
    expect((await core.call('minutes.amend', amendment)).amendments).toMatchObject([{ text: 'Called to order at 8:35 am.' }]);
  });
});

describe('the consent agenda', () => {
  it('approves every consent item by one motion, each dated by the meeting, with the authors recused', async () => {
    const november = await meetingOf(mec, 'November MEC', '2026-11-10T16:30:00Z', everyoneBut());
    const first = await policyInReview('IC-001');
    const second = await policyInReview('IC-002');
    const december = await meetingOf(mec, 'December MEC', '2026-12-08T15:30:00Z', everyoneBut());
    const agenda = (await core.call('meetings.get', { id: december })).agenda;
    await core.call('agenda.update', { id: agenda[1]!.id, patch: { consent: true } });
    for (const [reference, versionId] of [['IC-001', first], ['IC-002', second]] as const) {
      await core.call('agenda.add', { meetingId: december, title: `${reference} for approval`, kind: 'decision', consent: true, link: { kind: 'policy-version', id: versionId } });
    }
    await core.call('agenda.add', { meetingId: december, title: 'Falls report', kind: 'information', consent: true });
    const rules = await core.call('motions.rules', { meetingId: december, kind: 'approve', subject: { kind: 'consent-agenda', id: december } });
    expect(rules.recused).toEqual([{ memberId: members.Quillmere, name: 'Amara Quillmere, MD', reason: 'author of IC-001 v1, IC-002 v1' }]);

    const after = await core.call('motions.record', {
      meetingId: december, kind: 'approve', text: 'Approve the consent agenda', moverMemberId: members.Brambleton!, subject: { kind: 'consent-agenda', id: december },
      votes: yes('Brambleton', 'Cinderfield', 'Dapplewood', 'Ellingham'),
    });
    const motionId = after.motions[0]!.id;
    expect(after.motions).toHaveLength(1);
    expect(after.motions[0]).toMatchObject({ subject: { kind: 'consent-agenda', id: december }, result: 'carried', tally: { yes: 4, recused: 1 } });
    expect(after.agenda.filter((a) => a.consent).map((a) => a.title)).toEqual(['Approval of the minutes of the previous meeting', 'IC-001 for approval', 'IC-002 for approval', 'Falls report']);
    expect(await core.call('meetings.get', { id: november })).toMatchObject({ status: 'minutes-approved', minutesApprovedAt: '2026-12-08T15:30:00Z' });
    for (const versionId of [first, second]) {
      const approved = await core.call('policies.version', { id: versionId });
      expect(approved).toMatchObject({ state: 'active', effectiveOn: '2026-12-08' });
      expect(approved.approvals[0]).toMatchObject({ motionId, decidedAt: '2026-12-08T15:30:00Z' });
    }
  });

  it('refuses the whole consent agenda when one item is another committee’s to approve, and writes nothing', async () => {
    await core.call('committees.create', { name: 'Pharmacy & Therapeutics Committee', kind: 'pharmacy-therapeutics' });
    const ours = await policyInReview('IC-001');
    const theirs = await policyInReview('PH-001', 'Pharmacy & Therapeutics Committee');
    const december = await meetingOf(mec, 'December MEC', '2026-12-08T15:30:00Z', everyoneBut());
    for (const [reference, versionId] of [['IC-001', ours], ['PH-001', theirs]] as const) {
      await core.call('agenda.add', { meetingId: december, title: `${reference} for approval`, kind: 'decision', consent: true, link: { kind: 'policy-version', id: versionId } });
    }
    const before = tableCounts(core);
    const refused = await core.dispatch('motions.record', {
      meetingId: december, kind: 'approve', text: 'Approve the consent agenda', moverMemberId: members.Brambleton!, subject: { kind: 'consent-agenda', id: december }, votes: yes('Brambleton', 'Cinderfield', 'Dapplewood', 'Ellingham'),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/PH-001 v1 asks Pharmacy & Therapeutics Committee/) } });
    expect(tableCounts(core)).toEqual(before);
    expect((await core.call('policies.version', { id: ours })).state).toBe('in-review');
  });

  it('keeps closed-session items and empty consent agendas out', async () => {
    const december = await meetingOf(mec, 'December MEC', '2026-12-08T15:30:00Z', everyoneBut());
    expect(await core.dispatch('agenda.add', { meetingId: december, title: 'Peer review', kind: 'discussion', consent: true, executiveSession: true })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/executive-session item cannot go on the consent agenda/) } });
    expect(await core.dispatch('motions.record', {
      meetingId: december, kind: 'approve', text: 'Approve the consent agenda', moverMemberId: members.Brambleton!, subject: { kind: 'consent-agenda', id: december }, votes: yes('Brambleton'),
    })).toMatchObject({ ok: false, error: { message: 'December MEC has no items on its consent agenda: mark the routine items “consent agenda” first.' } });
  });
});
