// A committee and its meetings made through the real handlers: agenda items with motions, votes and action items
// hanging off them, for tests of what a delete does to the records that depend on it.
import type { Core } from '../../electron/core/core';

export async function committeeWithMembers(core: Core, name = 'Medical Executive Committee') {
  const committee = await core.call('committees.create', { name, kind: 'medical-executive' });
  for (const member of ['Dr Ada Ashcombe', 'Dr Ben Brambleton', 'Dr Cy Cinderfield']) {
    await core.call('committees.addMember', { committeeId: committee.id, name: member, role: 'member', voting: true });
  }
  const members = (await core.call('committees.list', {})).find((c) => c.id === committee.id)!.members.map((m) => m.id);
  return { committeeId: committee.id, members };
}

/** A held meeting with one agenda item of business: a carried motion on it with everyone's vote, and two action items. */
export async function meetingWithBusiness(core: Core, committee: { committeeId: string; members: string[] }, title: string, startsAt: string) {
  const { committeeId, members } = committee;
  const meeting = await core.call('meetings.create', { committeeId, title, startsAt, timeZone: 'America/Los_Angeles', location: 'Board room' });
  await core.call('attendance.set', { meetingId: meeting.id, members: members.map((memberId) => ({ memberId, status: 'present' as const })), guests: ['Pat Visitor'] });
  const withItem = await core.call('agenda.add', { meetingId: meeting.id, title: 'Sepsis bundle audit', kind: 'decision' });
  const agendaItemId = withItem.agenda.find((a) => a.title === 'Sepsis bundle audit')!.id;
  await core.call('motions.record', {
    meetingId: meeting.id, agendaItemId, kind: 'other', text: 'Adopt the sepsis bundle audit', moverMemberId: members[0]!, seconderMemberId: members[1]!,
    votes: members.map((memberId) => ({ memberId, vote: 'yes' as const })),
  });
  await core.call('actions.add', { meetingId: meeting.id, agendaItemId, description: 'Circulate the audit tool', ownerName: 'Dr Ada Ashcombe', dueOn: '2027-01-15' });
  const after = await core.call('actions.add', { meetingId: meeting.id, agendaItemId, description: 'Report the first month', ownerName: 'Dr Ben Brambleton', dueOn: '2027-02-15' });
  return { meetingId: meeting.id, agendaItemId, actionItemIds: after.actionItems.filter((a) => a.meetingId === meeting.id).map((a) => a.id), motionIds: after.motions.map((m) => m.id) };
}
