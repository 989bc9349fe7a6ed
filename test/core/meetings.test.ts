// Committees and meetings through the handlers: quorum, votes, motions that approve minutes and policy versions,
// carry-forward of action items, locked minutes and amendments.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { quorumRequired, motionCarries, tally } from '../../shared/domain/quorum';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { smallOrganisation } from '../support/staff-fixtures';

let core: TempCore;
let committeeId: string;
let members: { id: string; name: string; voting: boolean }[];
let author: string;
/** The day the director types: a decision is recorded once its meeting has met. */
let clock: string;

beforeEach(async () => {
  clock = '2026-11-23T12:00:00Z';
  core = openTempCore({ now: () => new Date(clock) });
  const org = await smallOrganisation(core);
  author = org.practitioner.id;
  const mec = await core.call('committees.create', { name: 'Medical Executive Committee', kind: 'medical-executive' });
  committeeId = mec.id;
  for (const [name, role, voting] of [['Dr Ada Ashcombe', 'chair', true], ['Dr Ben Brambleton', 'member', true], ['Dr Cy Cinderfield', 'member', true], ['Dr Di Dapplewood', 'member', true], ['Ed Eldermore (CEO)', 'ex-officio', false]] as const) {
    await core.call('committees.addMember', { committeeId, name, role, voting });
  }
  members = (await core.call('committees.list', {}))[0]!.members.map((m) => ({ id: m.id, name: m.name, voting: m.voting }));
});
afterEach(() => core.dispose());

const member = (name: string) => members.find((m) => m.name.includes(name))!.id;
const schedule = (title: string, startsAt: string) => core.call('meetings.create', { committeeId, title, startsAt, timeZone: 'America/Los_Angeles', location: 'Board room' });
const present = (meetingId: string, names: string[]) =>
  core.call('attendance.set', { meetingId, members: members.map((m) => ({ memberId: m.id, status: names.some((n) => m.name.includes(n)) ? ('present' as const) : ('absent' as const) })) });

describe('quorum and votes (shared rules)', () => {
  it('needs a majority of voting members by default, two thirds or a fixed number when the bylaws say so', () => {
    expect([1, 2, 3, 4, 5, 9].map((n) => quorumRequired(n, 'majority', null))).toEqual([1, 2, 2, 3, 3, 5]);
    expect([3, 4, 9].map((n) => quorumRequired(n, 'two-thirds', null))).toEqual([2, 3, 6]);
    expect(quorumRequired(12, 'fixed', 5)).toBe(5);
  });

  it('carries with more yes than no among votes cast, fails on a tie or without quorum', () => {
    expect(motionCarries(tally(['yes', 'yes', 'no', 'abstain', 'recused']), true)).toBe(true);
    expect(motionCarries(tally(['yes', 'no', 'abstain', 'abstain']), true)).toBe(false);
    expect(motionCarries(tally(['yes', 'yes']), false)).toBe(false);
  });
});

describe('a meeting', () => {
  it('opens with the standing agenda and puts new items before adjournment; reorders by position', async () => {
    const m = await schedule('December MEC', '2026-12-08T15:30:00Z');
    expect(m.agenda.map((a) => a.title)).toEqual(['Call to order', 'Approval of the minutes of the previous meeting', 'Open action items', 'Adjournment']);
    let after = await core.call('agenda.add', { meetingId: m.id, title: 'Credentials report', kind: 'decision', executiveSession: true, link: { kind: 'credential-report', id: null } });
    expect(after.agenda.map((a) => a.title).slice(-2)).toEqual(['Credentials report', 'Adjournment']);
    after = await core.call('agenda.move', { id: after.agenda[3]!.id, toPosition: 1 });
    expect(after.agenda.map((a) => [a.position, a.title])).toEqual([[0, 'Call to order'], [1, 'Credentials report'], [2, 'Approval of the minutes of the previous meeting'], [3, 'Open action items'], [4, 'Adjournment']]);
  });

  it('shows the live quorum from attendance', async () => {
    const m = await schedule('December MEC', '2026-12-08T15:30:00Z');
    expect((await present(m.id, ['Ashcombe', 'Eldermore'])).quorum).toEqual({ required: 3, presentVoting: 1, votingMembers: 4, quorate: false });
    expect((await present(m.id, ['Ashcombe', 'Brambleton', 'Cinderfield'])).quorum.quorate).toBe(true);
  });

  it('computes a motion’s result and refuses more votes than voting members, or a vote from someone absent', async () => {
    const m = await schedule('December MEC', '2026-12-08T15:30:00Z');
    await present(m.id, ['Ashcombe', 'Brambleton', 'Cinderfield']);
    const after = await core.call('motions.record', {
      meetingId: m.id, kind: 'other', text: 'Adopt the sepsis bundle audit', moverMemberId: member('Brambleton'), seconderMemberId: member('Cinderfield'),
      votes: [{ memberId: member('Ashcombe'), vote: 'yes' }, { memberId: member('Brambleton'), vote: 'yes' }, { memberId: member('Cinderfield'), vote: 'no' }, { memberId: member('Dapplewood'), vote: 'absent' }],
    });
    expect(after.motions[0]).toMatchObject({ result: 'carried', tally: { yes: 2, no: 1, absent: 1 }, moverName: 'Dr Ben Brambleton' });
    const before = tableCounts(core);
    const tooMany = await core.dispatch('motions.record', {
      meetingId: m.id, kind: 'other', text: 'X', moverMemberId: member('Ashcombe'),
      votes: [...members.filter((x) => x.voting), members.find((x) => !x.voting)!].map((x) => ({ memberId: x.id, vote: 'yes' })),
    });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '5 votes were given but the committee has 4 voting members.' } });
    const absentVoter = await core.dispatch('motions.record', { meetingId: m.id, kind: 'other', text: 'X', moverMemberId: member('Ashcombe'), votes: [{ memberId: member('Dapplewood'), vote: 'yes' }] });
    expect(absentVoter).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/Dapplewood is not recorded as present/) } });
    const nonVoting = await core.dispatch('motions.record', { meetingId: m.id, kind: 'other', text: 'X', moverMemberId: member('Ashcombe'), votes: [{ memberId: member('Eldermore'), vote: 'yes' }] });
    expect(nonVoting).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not a voting member/) } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('fails a motion when the meeting is not quorate, whatever the votes', async () => {
    const m = await schedule('December MEC', '2026-12-08T15:30:00Z');
    await present(m.id, ['Ashcombe', 'Brambleton']);
    const after = await core.call('motions.record', { meetingId: m.id, kind: 'other', text: 'X', moverMemberId: member('Ashcombe'), seconderMemberId: member('Brambleton'), votes: [{ memberId: member('Ashcombe'), vote: 'yes' }, { memberId: member('Brambleton'), vote: 'yes' }] });
    expect(after.motions[0]!.result).toBe('failed');
  });
});

describe('across meetings', () => {
  it('carries open action items forward, approves the prior minutes by motion, and then locks them', async () => {
    const november = await schedule('November MEC', '2026-11-10T16:30:00Z');
    await core.call('actions.add', { meetingId: november.id, description: 'Audit restraint orders', ownerName: 'Dr Ada Ashcombe', dueOn: '2026-12-01' });
    await core.call('actions.add', { meetingId: november.id, description: 'Circulate the sepsis data', ownerName: 'Dr Ben Brambleton', dueOn: '2026-11-30' });
    const done = (await core.call('meetings.get', { id: november.id })).actionItems[1]!;
    await core.call('actions.update', { id: done.id, patch: { status: 'done' } });
    await core.call('minutes.set', { agendaItemId: november.agenda[0]!.id, text: 'Called to order at 8:32 am.' });
    await core.call('meetings.update', { id: november.id, patch: { status: 'held' } });

    const december = await schedule('December MEC', '2026-12-08T15:30:00Z');
    expect(december.previousMeetingId).toBe(november.id);
    expect(december.agenda[1]!.link).toMatchObject({ kind: 'prior-minutes', id: november.id, label: 'Minutes of November MEC' });
    expect(december.carriedActionItems.map((a) => a.description)).toEqual(['Audit restraint orders']);

    await present(december.id, ['Ashcombe', 'Brambleton', 'Cinderfield']);
    clock = '2026-12-09T12:00:00Z';
    await core.call('motions.record', {
      meetingId: december.id, agendaItemId: december.agenda[1]!.id, kind: 'approve', text: 'Approve the minutes of the November meeting', moverMemberId: member('Ashcombe'),
      seconderMemberId: member('Brambleton'), subject: { kind: 'minutes', id: november.id },
      votes: [{ memberId: member('Ashcombe'), vote: 'yes' }, { memberId: member('Brambleton'), vote: 'yes' }, { memberId: member('Cinderfield'), vote: 'abstain' }],
    });
    const locked = await core.call('meetings.get', { id: november.id });
    expect(locked).toMatchObject({ status: 'minutes-approved', locked: true });
    const before = tableCounts(core);
    const edit = await core.dispatch('minutes.set', { agendaItemId: november.agenda[0]!.id, text: 'Rewritten history' });
    expect(edit).toMatchObject({ ok: false, error: { code: 'LOCKED', message: expect.stringMatching(/amendment with its own motion/) } });
    expect(await core.dispatch('agenda.add', { meetingId: november.id, title: 'Late item', kind: 'information' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    // The action and its owner are words of the locked minutes; only their progress is tracked afterwards.
    const recorded = locked.actionItems[0]!;
    expect(await core.dispatch('actions.update', { id: recorded.id, patch: { description: 'Something else entirely' } })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await core.dispatch('actions.update', { id: recorded.id, patch: { ownerName: 'Somebody else' } })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(tableCounts(core)).toEqual(before);
    expect((await core.call('meetings.get', { id: november.id })).actionItems[0]).toMatchObject({ description: 'Audit restraint orders', ownerName: 'Dr Ada Ashcombe' });
    expect(await core.call('actions.update', { id: recorded.id, patch: { status: 'in-progress', dueOn: '2027-01-15' } })).toEqual({ id: recorded.id, status: 'in-progress' });

    const amended = await core.call('minutes.amend', {
      meetingId: november.id, text: 'The meeting was called to order at 8:35 am, not 8:32 am.', motionMeetingId: december.id, moverMemberId: member('Cinderfield'),
      votes: [{ memberId: member('Ashcombe'), vote: 'yes' }, { memberId: member('Brambleton'), vote: 'yes' }, { memberId: member('Cinderfield'), vote: 'yes' }],
    });
    expect(amended.amendments).toMatchObject([{ text: 'The meeting was called to order at 8:35 am, not 8:32 am.' }]);
    expect(amended.agenda[0]!.minutesText).toBe('Called to order at 8:32 am.');
    const decemberMotions = (await core.call('meetings.get', { id: december.id })).motions;
    expect(decemberMotions.map((m) => [m.kind, m.subject?.kind, m.result])).toEqual([['approve', 'minutes', 'carried'], ['amend', 'minutes-amendment', 'carried']]);
  });

  it('approves a policy version by a carried motion and links the two', async () => {
    const policy = await core.call('policies.create', { reference: 'MS-014', title: 'Privileges', category: 'Medical staff', ownerId: author, body: 'Text' });
    const versionId = policy.versions[0]!.id;
    const chair = (await core.call('staff.create', { givenName: 'Ben', familyName: 'Ashford', roleId: 'role-attending', departmentId: policy.departmentId ?? (await core.call('departments.list', {}))[0]!.id })).id;
    await core.call('policies.submit', { versionId, approvers: [{ kind: 'person', staffId: chair }, { kind: 'committee', name: 'Medical Executive Committee' }] });
    const m = await schedule('December MEC', '2026-12-08T15:30:00Z');
    clock = '2026-12-09T12:00:00Z';
    await present(m.id, ['Ashcombe', 'Brambleton', 'Cinderfield']);
    const motion = { meetingId: m.id, kind: 'approve' as const, text: 'Approve MS-014 v1', moverMemberId: member('Ashcombe'), subject: { kind: 'policy-version' as const, id: versionId }, votes: ['Ashcombe', 'Brambleton', 'Cinderfield'].map((n) => ({ memberId: member(n), vote: 'yes' as const })) };
    const early = await core.dispatch('motions.record', motion);
    expect(early).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Ben Ashford decides before the committee does.' } });
    const step = (await core.call('policies.version', { id: versionId })).approvals[0]!;
    await core.call('policies.decide', { stepId: step.id, decision: 'approved' });
    const after = await core.call('motions.record', motion);
    const approved = await core.call('policies.version', { id: versionId });
    expect(approved.state).toBe('active');
    expect(approved.approvals[1]).toMatchObject({ approverKind: 'committee', decision: 'approved', motionId: after.motions[0]!.id });
  });
});

describe('action items across meetings', () => {
  it('lists them by status, owner and committee, sorted by due date, owner or status, each naming its meeting', async () => {
    const october = await schedule('October MEC', '2026-10-13T15:30:00Z');
    const november = await schedule('November MEC', '2026-11-10T16:30:00Z');
    const quality = await core.call('committees.create', { name: 'Quality Committee', kind: 'quality' });
    const qualityMeeting = await core.call('meetings.create', { committeeId: quality.id, title: 'November Quality', startsAt: '2026-11-12T16:30:00Z', timeZone: 'America/Los_Angeles', location: null });
    const add = (meetingId: string, description: string, ownerName: string, dueOn: string | null) => core.call('actions.add', { meetingId, description, ownerName, dueOn });
    await add(october.id, 'Revise the sedation policy', 'Dr Quillmere', '2026-11-01'); // overdue on 23 November
    await add(november.id, 'Audit restraint orders', 'dr brambleton', '2026-12-15');
    await add(qualityMeeting.id, 'Report falls by unit', 'Dr Ashcombe', null);
    const bylaws = await add(november.id, 'Circulate the bylaws', 'Dr Quillmere', '2026-11-20');
    await core.call('actions.update', { id: bylaws.actionItems.find((a) => a.description === 'Circulate the bylaws')!.id, patch: { status: 'done' } });

    const before = tableCounts(core);
    const open = await core.call('actions.list', {});
    expect(open.today).toBe('2026-11-23');
    expect(open.rows.map((a) => a.description)).toEqual(['Revise the sedation policy', 'Audit restraint orders', 'Report falls by unit']);
    expect(open.rows[0]).toMatchObject({ meetingId: october.id, meetingTitle: 'October MEC', committeeName: 'Medical Executive Committee', overdue: true });
    expect(open.owners).toEqual(['Dr Ashcombe', 'dr brambleton', 'Dr Quillmere']);
    const descriptions = async (input: InputOf<'actions.list'>) => (await core.call('actions.list', input)).rows.map((a) => a.description);
    expect(await descriptions({ status: 'overdue' })).toEqual(['Revise the sedation policy']);
    expect(await descriptions({ status: 'done' })).toEqual(['Circulate the bylaws']);
    expect(await descriptions({ status: 'all', owner: 'DR QUILLMERE' })).toEqual(['Revise the sedation policy', 'Circulate the bylaws']);
    expect(await descriptions({ committeeId: quality.id })).toEqual(['Report falls by unit']);
    expect(await descriptions({ sort: 'owner' })).toEqual(['Report falls by unit', 'Audit restraint orders', 'Revise the sedation policy']);
    expect(await descriptions({ status: 'all', sort: 'status' })).toEqual(['Revise the sedation policy', 'Audit restraint orders', 'Report falls by unit', 'Circulate the bylaws']);
    expect(tableCounts(core)).toEqual(before);
  });

  it('refuses a status, sort or owner it does not know, saying which', async () => {
    await expect(core.call('actions.list', { status: 'late' } as never)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(core.call('actions.list', { sort: 'colour' } as never)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(core.call('actions.list', { owner: '   ' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('refusals that keep the record true', () => {
  it('approves minutes only by a motion to approve: a carried motion to table them leaves them open', async () => {
    const november = await schedule('November MEC', '2026-11-10T16:30:00Z');
    const december = await schedule('December MEC', '2026-12-08T15:30:00Z');
    await present(december.id, ['Ashcombe', 'Brambleton', 'Cinderfield']);
    const before = tableCounts(core);
    const tabled = await core.dispatch('motions.record', {
      meetingId: december.id, kind: 'table', text: 'Table the November minutes', moverMemberId: member('Ashcombe'), seconderMemberId: member('Brambleton'),
      subject: { kind: 'minutes', id: november.id }, votes: ['Ashcombe', 'Brambleton', 'Cinderfield'].map((n) => ({ memberId: member(n), vote: 'yes' as const })),
    });
    expect(tabled).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/Only a motion to approve/) } });
    expect(tableCounts(core)).toEqual(before);
    expect(await core.call('meetings.get', { id: november.id })).toMatchObject({ status: 'scheduled', locked: false });
  });

  it('refuses a motion on a policy version that does not exist, even one that fails', async () => {
    const m = await schedule('December MEC', '2026-12-08T15:30:00Z');
    await present(m.id, ['Ashcombe', 'Brambleton', 'Cinderfield']);
    const before = tableCounts(core);
    const result = await core.dispatch('motions.record', { meetingId: m.id, kind: 'approve', text: 'Approve it', moverMemberId: member('Ashcombe'), subject: { kind: 'policy-version', id: 'no-such-version' }, votes: [{ memberId: member('Ashcombe'), vote: 'no' }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'That policy version does not exist.' } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('refuses links to records that do not exist, or to minutes that are not an earlier meeting of the committee', async () => {
    const m = await schedule('December MEC', '2026-12-08T15:30:00Z');
    const later = await schedule('January MEC', '2027-01-12T15:30:00Z');
    const other = await core.call('committees.create', { name: 'Credentials Committee', kind: 'credentials' });
    const elsewhere = await core.call('meetings.create', { committeeId: other.id, title: 'November CC', startsAt: '2026-11-10T15:30:00Z', timeZone: 'America/Los_Angeles' });
    const before = tableCounts(core);
    for (const link of [{ kind: 'policy-version', id: 'no-such-version' }, { kind: 'policy-version', id: null }, { kind: 'prior-minutes', id: 'no-such-meeting' }, { kind: 'prior-minutes', id: later.id }, { kind: 'prior-minutes', id: elsewhere.id }] as const) {
      expect(await core.dispatch('agenda.add', { meetingId: m.id, title: 'Linked', kind: 'decision', link })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(await core.dispatch('agenda.update', { id: m.agenda[0]!.id, patch: { link } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(tableCounts(core)).toEqual(before);
  });

  it('counts only current voting members towards the quorum', async () => {
    const m = await schedule('December MEC', '2026-12-08T15:30:00Z');
    await core.call('committees.updateMember', { id: member('Dapplewood'), patch: { active: false } });
    const after = await present(m.id, ['Ashcombe', 'Brambleton', 'Dapplewood']);
    expect(after.quorum).toEqual({ required: 2, presentVoting: 2, votingMembers: 3, quorate: true });
    await core.call('committees.updateMember', { id: member('Cinderfield'), patch: { active: false } });
    const fewer = await present(m.id, ['Ashcombe', 'Cinderfield', 'Dapplewood']);
    // Two of the three present have left the committee: one current voting member of two is not a majority.
    expect(fewer.quorum).toEqual({ required: 2, presentVoting: 1, votingMembers: 2, quorate: false });
  });

  it('moves amendments only in a later meeting', async () => {
    const october = await schedule('October MEC', '2026-10-13T15:30:00Z');
    const november = await schedule('November MEC', '2026-11-10T16:30:00Z');
    await present(november.id, ['Ashcombe', 'Brambleton', 'Cinderfield']);
    const yes = ['Ashcombe', 'Brambleton', 'Cinderfield'].map((n) => ({ memberId: member(n), vote: 'yes' as const }));
    await core.call('motions.record', { meetingId: november.id, kind: 'approve', text: 'Approve the October minutes', moverMemberId: member('Ashcombe'), subject: { kind: 'minutes', id: october.id }, votes: yes });
    const september = await schedule('September MEC', '2026-09-08T15:30:00Z');
    await present(september.id, ['Ashcombe', 'Brambleton', 'Cinderfield']);
    const before = tableCounts(core);
    const early = await core.dispatch('minutes.amend', { meetingId: october.id, text: 'Correct the time.', motionMeetingId: september.id, moverMemberId: member('Ashcombe'), votes: yes });
    expect(early).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'An amendment to approved minutes is moved in a later meeting.' } });
    expect(tableCounts(core)).toEqual(before);
  });
});

describe('the minutes a meeting approves', () => {
  it('follows the meeting just before it when one is scheduled in between or moved', async () => {
    const october = await schedule('October MEC', '2026-10-13T15:30:00Z');
    const december = await schedule('December MEC', '2026-12-08T15:30:00Z');
    expect(december.agenda[1]!.link).toMatchObject({ kind: 'prior-minutes', id: october.id });
    const november = await schedule('November MEC', '2026-11-10T16:30:00Z');
    let now = await core.call('meetings.get', { id: december.id });
    expect(now.previousMeetingId).toBe(november.id);
    expect(now.agenda[1]!.link).toMatchObject({ kind: 'prior-minutes', id: november.id, label: 'Minutes of November MEC' });
    // November moves after December: December approves October's minutes again, November approves December's.
    await core.call('meetings.update', { id: november.id, patch: { startsAt: '2026-12-15T16:30:00Z' } });
    now = await core.call('meetings.get', { id: december.id });
    expect(now.agenda[1]!.link).toMatchObject({ id: october.id });
    expect((await core.call('meetings.get', { id: november.id })).agenda[1]!.link).toMatchObject({ id: december.id });
  });

  it('keeps the link of a meeting that has already moved on those minutes, and says when there is no earlier meeting', async () => {
    const first = await schedule('October MEC', '2026-10-13T15:30:00Z');
    expect(first.agenda[1]!.link).toMatchObject({ kind: 'prior-minutes', id: null, label: 'No earlier meeting' });
    const december = await schedule('December MEC', '2026-12-08T15:30:00Z');
    await present(december.id, ['Ashcombe', 'Brambleton', 'Cinderfield']);
    clock = '2026-12-09T12:00:00Z';
    await core.call('motions.record', { meetingId: december.id, kind: 'approve', text: 'Approve the October minutes', moverMemberId: member('Ashcombe'), subject: { kind: 'minutes', id: first.id }, votes: [{ memberId: member('Ashcombe'), vote: 'yes' }, { memberId: member('Brambleton'), vote: 'yes' }] });
    await schedule('November MEC', '2026-11-10T16:30:00Z');
    expect((await core.call('meetings.get', { id: december.id })).agenda[1]!.link).toMatchObject({ id: first.id });
  });
});

describe('committees', () => {
  it('refuses a fixed quorum without a number and a member twice', async () => {
    expect(await core.dispatch('committees.create', { name: 'Board', kind: 'board', quorumRule: 'fixed' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await core.call('committees.addMember', { committeeId, staffId: author });
    expect(await core.dispatch('committees.addMember', { committeeId, staffId: author })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
