// The dashboard's "what needs you" figures: counted on the organisation's day, by the same rules as each feature's screen.
import { afterEach, describe, expect, it } from 'vitest';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { smallOrganisation } from '../support/staff-fixtures';

let core: TempCore | undefined;
afterEach(() => core?.dispose());

describe('dashboard.attention', () => {
  it('counts lapsed and lapsing credentials, suspended practitioners, evaluations, drafts, meetings and action items', async () => {
    // 23:30 in Los Angeles on 1 December is already 2 December in UTC: the organisation's day is the 1st.
    core = openTempCore({ now: () => new Date('2026-12-02T07:30:00Z') });
    await core.call('settings.update', { timeZone: 'America/Los_Angeles' });
    const { practitioner, cardiology } = await smallOrganisation(core);
    const other = await core.call('staff.create', { givenName: 'Ben', familyName: 'Brambleton', roleId: 'role-np', departmentId: cardiology.id });
    const credential = (staffId: string, type: 'state-license' | 'bls' | 'dea', expiresOn: string) =>
      core!.call('credentials.create', { staffId, type, number: type === 'dea' ? 'AB1234563' : 'A123456', issuedOn: '2024-01-01', expiresOn });
    await credential(practitioner.id, 'state-license', '2026-11-30'); // lapsed: privileges suspended
    await credential(practitioner.id, 'bls', '2026-11-15'); // lapsed, but suspends nothing
    await credential(other.id, 'dea', '2026-12-01'); // expires today: still valid today
    await credential(other.id, 'state-license', '2026-12-31'); // 30 days left: inside the 30-day band
    await credential(other.id, 'bls', '2027-01-01'); // 31 days left: outside it

    await core.call('evaluations.create', { staffId: practitioner.id, kind: 'fppe', periodStart: '2026-06-01', periodEnd: '2026-11-01', dueOn: '2026-11-20' });
    await core.call('evaluations.create', { staffId: other.id, kind: 'oppe', periodStart: '2026-06-01', periodEnd: '2026-12-01', dueOn: '2026-12-20' });
    await core.call('policies.create', { reference: 'MS-001', title: 'Credentialing', category: 'Medical staff', ownerId: practitioner.id });

    const mec = await core.call('committees.create', { name: 'Medical Executive Committee', kind: 'medical-executive' });
    const schedule = (title: string, startsAt: string) =>
      core!.call('meetings.create', { committeeId: mec.id, title, startsAt, timeZone: 'America/Los_Angeles', location: 'Board room' });
    const past = await schedule('November MEC', '2026-11-10T16:30:00Z');
    await schedule('December MEC', '2026-12-08T15:30:00Z');
    await schedule('January MEC', '2027-01-12T15:30:00Z');
    await core.call('actions.add', { meetingId: past.id, description: 'Revise the sedation policy', ownerName: 'Dr Quillmere', dueOn: '2026-11-30' });
    await core.call('actions.add', { meetingId: past.id, description: 'Audit restraint orders', ownerName: 'Dr Brambleton', dueOn: '2026-12-15' });
    const done = await core.call('actions.add', { meetingId: past.id, description: 'Circulate the bylaws', ownerName: 'Dr Quillmere', dueOn: '2026-11-01' });
    await core.call('actions.update', { id: done.actionItems.find((a) => a.description === 'Circulate the bylaws')!.id, patch: { status: 'done' } });

    const before = tableCounts(core);
    const attention = await core.call('dashboard.attention', {});
    expect(tableCounts(core)).toEqual(before);

    expect(attention.today).toBe('2026-12-01');
    // The DEA and the unexpired licence need verifying; the BLS card is not verified at the source.
    expect(attention.credentials).toEqual({ expired: 2, expiringSoon: 2, expiringSoonDays: 30, suspendedPractitioners: 1, prescribingSuspendedPractitioners: 0, needsVerification: 2 });
    expect(attention.evaluations).toEqual({ overdue: 1, dueSoon: 1, withinDays: 30 });
    expect(attention.policies).toEqual({ reviewOverdue: 0, reviewDueSoon: 0, inReview: 0, drafts: 1 });
    expect(attention.meetings.upcoming.map((m) => m.title)).toEqual(['December MEC', 'January MEC']);
    expect(attention.meetings).toMatchObject({ openActionItems: 2, overdueActionItems: 1 });

    // The lists each tile opens hold exactly the tile's figure.
    const lapsed = await core.call('credentials.expirations', { lapsedOnly: true });
    expect(lapsed.rows.map((r) => r.expiresOn)).toEqual(['2026-11-15', '2026-11-30']);
    const expiring = await core.call('credentials.expirations', { withinDays: 30, includeExpired: false });
    expect(expiring.rows.map((r) => r.expiresOn)).toEqual(['2026-12-01', '2026-12-31']);
    const actions = await core.call('actions.list', {});
    expect(actions.rows.map((a) => [a.description, a.overdue])).toEqual([['Revise the sedation policy', true], ['Audit restraint orders', false]]);
  });

  it('on the sample hospital, agrees with every list the figures link to', async () => {
    core = openTempCore({ now: () => new Date('2026-12-02T12:00:00Z') });
    await core.call('app.seedSample', { staff: 120 });
    const attention = await core.call('dashboard.attention', {});
    const board = await core.call('credentials.expirations', { withinDays: attention.credentials.expiringSoonDays });
    expect(attention.credentials.expired + attention.credentials.expiringSoon).toBe(board.rows.length);
    expect(attention.credentials.expired).toBe((await core.call('credentials.expirations', { lapsedOnly: true })).rows.length);
    expect(attention.credentials.expiringSoon).toBe((await core.call('credentials.expirations', { withinDays: attention.credentials.expiringSoonDays, includeExpired: false })).rows.length);
    const openActions = await core.call('actions.list', { status: 'open' });
    expect(attention.meetings.openActionItems).toBe(openActions.rows.length);
    expect(attention.meetings.overdueActionItems).toBe((await core.call('actions.list', { status: 'overdue' })).rows.length);
    expect(attention.meetings.openActionItems).toBeGreaterThan(0);
    expect(attention.credentials.expired).toBeGreaterThan(0);
    expect(attention.credentials.needsVerification).toBe((await core.call('verifications.needed', {})).total);
    // Suspensions: the tile's figure is the list it opens (lapses with nothing recorded); the sample has both kinds.
    expect(attention.suspensions.unrecordedLapses).toBe((await core.call('suspensions.unrecordedLapses', {})).length);
    expect(attention.suspensions.unrecordedLapses).toBeGreaterThan(0);
    expect(attention.suspensions.practitionersSuspended).toBe(new Set((await core.call('suspensions.current', {})).map((s) => s.staffId)).size);
    expect(attention.suspensions.practitionersSuspended).toBeGreaterThan(0);
    const reappointments = await core.call('staff.reappointments', { withinDays: 90 });
    expect(attention.reappointments.overdue + attention.reappointments.dueSoon).toBe(reappointments.length);
    const policies = async (filter: 'overdue' | 'review-due' | 'in-review' | 'drafts') => (await core!.call('policies.list', { filter })).total;
    expect(attention.policies.reviewOverdue).toBe(await policies('overdue'));
    expect(attention.policies.reviewOverdue).toBeGreaterThan(0);
    expect(attention.policies.reviewOverdue + attention.policies.reviewDueSoon).toBe(await policies('review-due'));
    expect(attention.policies.inReview).toBe(await policies('in-review'));
    expect(attention.meetings.upcoming.length).toBeGreaterThan(0);
    // Risks: the tile's figure is exactly the list it opens (escalated or due for review), and each part is in it.
    const riskList = await core.call('risks.list', { show: 'attention' });
    expect(attention.risks.attention).toBe(riskList.rows.length);
    expect(attention.risks.escalated).toBe((await core.call('risks.list', { show: 'escalated' })).rows.length);
    expect(attention.risks.reviewDue).toBe((await core.call('risks.list', { show: 'review-due' })).rows.length);
    expect(attention.risks.escalated).toBeGreaterThan(0);
    expect(attention.risks.reviewDue).toBeGreaterThan(0);
    expect(attention.meetings.upcoming.every((m) => m.startsAt >= '2026-12-02T12:00:00Z')).toBe(true);
  });
});
