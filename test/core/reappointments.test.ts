// Reappointment as a dated process, through the handlers: steps in order and in date order, what an overdue one
// lacks, the slate as of a meeting's day, and the motions that carry it to the board and renew the appointment.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packetSource } from '../../electron/core/meetings/packet-source';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { npiFor, smallOrganisation } from '../support/staff-fixtures';

let core: TempCore;
let now: Date;
let amara: string;
let bo: string;
let cy: string;

beforeEach(async () => {
  now = new Date('2026-11-23T20:00:00Z');
  core = openTempCore({ now: () => now });
  const org = await smallOrganisation(core);
  amara = org.practitioner.id;
  const appoint = async (id: string, appointmentStart: string, category: 'active' | 'provisional' = 'active') =>
    core.call('staff.update', { id, patch: { appointmentCategory: category, appointmentStart, appointmentEnd: null } });
  await appoint(amara, '2024-12-10');
  bo = (await core.call('staff.create', { givenName: 'Bo', familyName: 'Brindlecombe', degree: 'DO', roleId: 'role-attending', departmentId: org.emergency.id, npi: npiFor(2) })).id;
  await appoint(bo, '2024-10-01', 'provisional');
  cy = (await core.call('staff.create', { givenName: 'Cy', familyName: 'Cobblewick', degree: 'MD', roleId: 'role-attending', departmentId: org.cardiology.id, npi: npiFor(3) })).id;
  await appoint(cy, '2024-12-20');
  for (const id of [amara, bo, cy]) {
    await core.call('privileges.grant', { staffId: id, name: 'Core privileges', isCore: true, status: 'granted', grantedOn: '2024-10-01', fppeRequired: false });
    await core.call('evaluations.create', { staffId: id, kind: 'oppe', periodStart: '2025-07-01', periodEnd: '2026-06-30', dueOn: '2026-07-31', outcome: 'satisfactory', completedOn: '2026-07-15' });
  }
});
afterEach(() => core.dispose());

const reappointment = (staffId: string, applicationReceivedOn: string) => core.call('reappointments.start', { staffId, applicationReceivedOn });
const step = (id: string, s: 'chair' | 'committee' | 'mec' | 'board', on: string, outcome: 'favourable' | 'with-conditions' | 'unfavourable' = 'favourable') =>
  core.dispatch('reappointments.recordStep', { id, step: s, on, outcome });
const fileOf = async (staffId: string) => (await core.call('reappointments.list', { withinDays: 90 })).rows.find((r) => r.staffId === staffId)!;

describe('steps in order', () => {
  it('refuses a step out of order, dated before the one it follows, after today, or twice, with a sentence, writing nothing', async () => {
    const r = await reappointment(amara, '2026-09-01');
    expect(r).toMatchObject({ dueOn: '2026-12-10', status: 'open', categoryRequested: 'active', privilegesRequested: ['Core privileges'] });
    const before = tableCounts(core);
    expect(await step(r.id, 'committee', '2026-09-15')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'The department chair’s review comes first: record it before the Credentials Committee’s recommendation.' } });
    expect(await step(r.id, 'chair', '2026-08-31')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'The department chair’s review cannot be dated 2026-08-31, before the application on 2026-09-01.' } });
    expect(await step(r.id, 'chair', '2026-11-24')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'The department chair’s review cannot be dated 2026-11-24: that is after today (2026-11-23). Record it on the day it happens.' } });
    expect(await step(r.id, 'board', '2026-11-01')).toMatchObject({ ok: false, error: { message: 'The department chair’s review comes first: record it before the board’s decision.' } });
    expect(tableCounts(core)).toEqual(before);

    expect(await step(r.id, 'chair', '2026-09-10')).toMatchObject({ ok: true });
    expect(await step(r.id, 'chair', '2026-09-11')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'The department chair’s review is already recorded, on 2026-09-10.' } });
    expect(await step(r.id, 'committee', '2026-09-09')).toMatchObject({ ok: false, error: { message: 'The Credentials Committee’s recommendation cannot be dated 2026-09-09, before the department chair’s review on 2026-09-10.' } });
    expect(await core.dispatch('reappointments.start', { staffId: amara, applicationReceivedOn: '2026-09-02' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses an application dated after today', async () => {
    const before = tableCounts(core);
    expect(await core.dispatch('reappointments.start', { staffId: amara, applicationReceivedOn: '2026-11-24' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'The application cannot be dated 2026-11-24: that is after today (2026-11-23).' } });
    expect(tableCounts(core)).toEqual(before);
  });
});

describe('what an overdue reappointment lacks', () => {
  it('names exactly the steps not yet dated, the credentials still to verify and a missing FPPE/OPPE outcome', async () => {
    // Bo's appointment began 2024-10-01: on a 2-year cycle the reappointment fell due on 2026-10-01.
    let file = await fileOf(bo);
    expect(file).toMatchObject({ state: 'overdue', dueOn: '2026-10-01', daysLeft: -53, process: null });
    expect(file.missing.map((m) => m.text)).toEqual([
      'Application received: not yet recorded', 'Department chair: not yet recorded', 'Credentials Committee: not yet recorded', 'MEC recommendation: not yet recorded', 'Board decision: not yet recorded',
    ]);

    const r = await reappointment(bo, '2026-10-15');
    await step(r.id, 'chair', '2026-10-20');
    await core.call('credentials.create', { staffId: bo, type: 'state-license', number: 'DO55120', jurisdiction: 'WA', issuedOn: '2025-01-01', expiresOn: '2027-06-30' });
    file = await fileOf(bo);
    expect(file.missing.map((m) => m.text)).toEqual([
      'Credentials Committee: not yet recorded', 'MEC recommendation: not yet recorded', 'Board decision: not yet recorded',
      'Verification incomplete: 1 credential in the verification queue',
    ]);

    // Cy's only OPPE was completed before an appointment that begins later: none counts for this appointment.
    await core.call('staff.update', { id: cy, patch: { appointmentStart: '2026-08-01', appointmentEnd: '2026-12-01' } });
    expect((await fileOf(cy)).missing.map((m) => m.code)).toEqual(['step', 'step', 'step', 'step', 'step', 'evaluation']);
  });
});

describe('the slate and the motions on it', () => {
  async function committee(kind: 'credentials' | 'medical-executive' | 'board', name: string) {
    const c = await core.call('committees.create', { name, kind });
    for (const person of ['Dr Ada Ashcombe', 'Dr Ben Brambleton', 'Dr Di Dapplewood']) await core.call('committees.addMember', { committeeId: c.id, name: person, role: 'member', voting: true });
    return (await core.call('committees.list', {})).find((x) => x.id === c.id)!;
  }
  async function meetingWithSlate(kind: 'credentials' | 'medical-executive' | 'board', name: string, startsAt: string) {
    const c = await committee(kind, name);
    const m = await core.call('meetings.create', { committeeId: c.id, title: `${name} meeting`, startsAt, timeZone: 'America/Los_Angeles' });
    const withSlate = await core.call('agenda.add', { meetingId: m.id, title: 'Reappointments', kind: 'decision', executiveSession: true, link: { kind: 'recommendation-slate', id: null } });
    const item = withSlate.agenda.find((a) => a.link?.kind === 'recommendation-slate')!;
    await core.call('attendance.set', { meetingId: m.id, members: c.members.map((x) => ({ memberId: x.id, status: 'present' as const })) });
    const carry = (vote: 'yes' | 'no' = 'yes', slateExceptions: { reappointmentId: string; outcome: 'favourable' | 'with-conditions' | 'unfavourable' }[] = []) =>
      core.dispatch('motions.record', {
        meetingId: m.id, agendaItemId: item.id, kind: 'approve', text: 'Adopt the recommendation slate', moverMemberId: c.members[0]!.id, seconderMemberId: c.members[1]!.id,
        subject: { kind: 'recommendation-slate', id: item.id }, votes: c.members.map((x) => ({ memberId: x.id, vote })), slateExceptions,
      });
    return { meetingId: m.id, carry };
  }

  it('lists, as of the meeting day, the applicants whose chair review came before it, and not the one reviewed after', async () => {
    const a = await reappointment(amara, '2026-09-01');
    await step(a.id, 'chair', '2026-09-10');
    const b = await reappointment(bo, '2026-10-15');
    await step(b.id, 'chair', '2026-10-20', 'with-conditions');
    const c = await reappointment(cy, '2026-11-01');
    await step(c.id, 'chair', '2026-11-16');
    // 10 November at noon in Los Angeles; the slate reads that day, whatever today is.
    const { meetingId } = await meetingWithSlate('credentials', 'Credentials Committee', '2026-11-10T20:00:00Z');
    const slate = await core.call('reappointments.slate', { meetingId });
    expect(slate).toMatchObject({ asOf: '2026-11-10', step: 'committee' });
    expect(slate.rows.map((r) => [r.practitioner, r.category, r.privileges, r.evaluation, r.verificationComplete, r.recommendation, r.decision])).toEqual([
      ['Bo Brindlecombe, DO', 'Provisional', ['Core privileges'], 'OPPE satisfactory, 2026-07-15', true, 'Department chair: Recommends with conditions', null],
      ['Amara Quillmere, MD', 'Active', ['Core privileges'], 'OPPE satisfactory, 2026-07-15', true, 'Department chair: Recommends reappointment', null],
    ]);
  });

  it('records each applicant’s step on the meeting’s day when its motion carries, through MEC to the board, which renews the appointment', async () => {
    const a = await reappointment(amara, '2026-09-01');
    await step(a.id, 'chair', '2026-09-10');
    const b = await reappointment(bo, '2026-10-15');
    await step(b.id, 'chair', '2026-10-20');
    const credentials = await meetingWithSlate('credentials', 'Credentials Committee', '2026-11-10T20:00:00Z');
    const mec = await meetingWithSlate('medical-executive', 'Medical Executive Committee', '2026-11-17T16:00:00Z');
    const board = await meetingWithSlate('board', 'Board of Trustees', '2026-11-20T01:30:00Z'); // 19 November, 17:30 in Los Angeles

    // A motion that fails records nothing.
    const before = tableCounts(core);
    expect(await credentials.carry('no')).toMatchObject({ ok: true });
    expect((await core.call('reappointments.list', { withinDays: 90 })).rows.find((r) => r.staffId === amara)!.process!.committee.on).toBeNull();
    expect(tableCounts(core).reappointments).toBe(before.reappointments);

    const carried = await credentials.carry();
    expect(carried).toMatchObject({ ok: true });
    const afterCommittee = await core.call('reappointments.list', { withinDays: 90 });
    const amaraFile = afterCommittee.rows.find((r) => r.staffId === amara)!.process!;
    const motionId = (carried as { ok: true; value: { motions: { id: string; result: string }[] } }).value.motions.find((m) => m.result === 'carried')!.id;
    expect(amaraFile.committee).toEqual({ on: '2026-11-10', outcome: 'favourable', note: null, meetingId: credentials.meetingId, motionId });

    // The MEC takes Bo with conditions, an exception named in its motion.
    expect(await mec.carry('yes', [{ reappointmentId: b.id, outcome: 'with-conditions' }])).toMatchObject({ ok: true });
    const boardSlate = await core.call('reappointments.slate', { meetingId: board.meetingId });
    expect(boardSlate.rows.map((r) => [r.practitioner, r.recommendation])).toEqual([
      ['Bo Brindlecombe, DO', 'MEC recommendation: Recommends with conditions'],
      ['Amara Quillmere, MD', 'MEC recommendation: Recommends reappointment'],
    ]);

    now = new Date('2026-11-23T20:00:00Z');
    expect(await board.carry()).toMatchObject({ ok: true });
    const amaraStaff = await core.call('staff.get', { id: amara });
    const boStaff = await core.call('staff.get', { id: bo });
    // Dated by the board's meeting day in its time zone (19 November), not the day the motion was typed (23 November).
    expect([amaraStaff.appointmentStart, amaraStaff.appointmentEnd, boStaff.appointmentStart, boStaff.appointmentEnd]).toEqual(['2026-11-19', '2028-11-19', '2026-11-19', '2028-11-19']);
    const remaining = await core.call('reappointments.list', { withinDays: 90 });
    expect(remaining.rows.map((r) => r.staffId)).not.toContain(amara);

    // Printed afterwards, the board's packet still shows the slate as of its day, with each decision.
    const packet = packetSource(core.context).packet(board.meetingId);
    const slate = packet.agenda.find((i) => i.linked?.kind === 'recommendation-slate')!;
    expect(slate.confidential).toBe(true);
    expect(slate.linked).toMatchObject({
      kind: 'recommendation-slate', asOf: '2026-11-19', recommendedBy: 'Medical Executive Committee',
      rows: [
        { practitioner: 'Bo Brindlecombe, DO', recommendation: 'Recommends with conditions', decision: 'Reappointed with conditions' },
        { practitioner: 'Amara Quillmere, MD', recommendation: 'Recommends reappointment', decision: 'Reappointed' },
      ],
    });
  });

  it('refuses the slate on a committee that does not act on it', async () => {
    const quality = await core.call('committees.create', { name: 'Quality Committee', kind: 'quality' });
    const m = await core.call('meetings.create', { committeeId: quality.id, title: 'Quality', startsAt: '2026-11-10T20:00:00Z', timeZone: 'America/Los_Angeles' });
    const before = tableCounts(core);
    expect(await core.dispatch('agenda.add', { meetingId: m.id, title: 'Slate', kind: 'decision', link: { kind: 'recommendation-slate', id: null } })).toMatchObject({
      ok: false, error: { code: 'INVALID_INPUT', message: 'The recommendation slate goes on the agenda of the Credentials Committee, the MEC or the board.' },
    });
    expect(tableCounts(core)).toEqual(before);
  });
});

describe('the sample hospital', () => {
  it('has reappointments at several steps, and the next Credentials Committee’s slate lists those the chair has reviewed', async () => {
    const sample = openTempCore({ now: () => new Date('2026-12-03T18:00:00Z') });
    try {
      await sample.call('app.seedSample', { staff: 120, seed: 7 });
      const { rows } = await sample.call('reappointments.list', { withinDays: 90 });
      const reached = new Set(rows.map((r) => (r.process ? (['mec', 'committee', 'chair'] as const).find((s) => r.process![s].on) ?? 'application' : 'none')));
      expect([...reached].sort()).toEqual(['application', 'chair', 'committee', 'mec', 'none']);
      const next = (await sample.call('meetings.list', {})).find((m) => m.committeeName === 'Credentials Committee' && m.status === 'scheduled')!;
      const meeting = await sample.call('meetings.get', { id: next.id });
      expect(meeting.agenda.some((a) => a.link?.kind === 'recommendation-slate')).toBe(true);
      const slate = await sample.call('reappointments.slate', { meetingId: next.id });
      expect(slate.rows.length).toBeGreaterThan(0);
      expect(slate.rows.every((r) => r.recommendation.startsWith('Department chair: '))).toBe(true);
    } finally {
      sample.dispose();
    }
  });
});
