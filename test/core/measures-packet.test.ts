// An agenda item links the quality scorecard (or one measure); the packet prints it as of the meeting day, with the
// charts of what is off track drawn from the same definitions as the screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packetSource } from '../../electron/core/meetings/packet-source';
import { goalEntity, perspectiveEntity, planPeriodEntity } from '../../electron/core/planning/entities';
import type { KpiSnapshotRecord } from '../../electron/core/print/packet/packet-data';
import { shiftPeriod } from '../../shared/domain/spc';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { pageTexts } from './print/pdf-reading';

let core: TempCore;
let meetingId: string;
let sepsisId: string;

beforeAll(async () => {
  core = openTempCore({ now: () => new Date('2026-12-03T12:00:00Z') });
  const { store } = core.context;
  const period = store.insert(planPeriodEntity, { name: 'FY2027', startsOn: '2026-07-01', endsOn: '2027-06-30' });
  const perspective = store.insert(perspectiveEntity, { planPeriodId: period, name: 'Quality & Safety', position: 1 });
  const goalId = store.insert(goalEntity, { perspectiveId: perspective, title: 'Reliable sepsis care', position: 1 });
  const sepsis = await core.call('measures.save', {
    measure: { goalId, name: 'Sepsis bundle compliance', definition: null, type: 'proportion', numeratorDefinition: null, denominatorDefinition: null, exclusions: null, source: null, frequency: 'monthly', direction: 'higher-is-better', unit: null, baseline: 80, target: 80 },
  });
  sepsisId = sepsis.measure.id;
  // 2024-12 … 2026-11: steady at 85% until 2026-08, then 50% from 2026-09 (below the limits and the target).
  await core.call('measures.saveValues', {
    measureId: sepsisId,
    values: Array.from({ length: 24 }, (_, i) => ({ period: shiftPeriod('2024-12', 'monthly', i), numerator: i < 21 ? (i % 2 ? 84 : 86) : 50, denominator: 100 })),
  });
  const committee = await core.call('committees.create', { name: 'Medical Executive Committee', kind: 'medical-executive' });
  meetingId = (await core.call('meetings.create', { committeeId: committee.id, title: 'December MEC', startsAt: '2026-12-08T15:30:00Z', timeZone: 'America/Los_Angeles', location: null })).id;
  await core.call('agenda.add', { meetingId, title: 'Quality and patient safety dashboard', kind: 'information', link: { kind: 'kpi-snapshot', id: null } });
});
afterAll(() => core.dispose());

describe('the quality scorecard in a packet', () => {
  it('links the whole scorecard or an existing measure, and refuses a measure that does not exist, writing nothing', async () => {
    const added = await core.call('agenda.add', { meetingId, title: 'Sepsis deep dive', kind: 'discussion', link: { kind: 'kpi-snapshot', id: sepsisId } });
    expect(added.agenda.find((a) => a.title === 'Sepsis deep dive')!.link).toMatchObject({ kind: 'kpi-snapshot', id: sepsisId, label: 'Quality indicator: Sepsis bundle compliance' });
    const before = tableCounts(core);
    const refused = await core.dispatch('agenda.add', { meetingId, title: 'Ghost', kind: 'information', link: { kind: 'kpi-snapshot', id: 'no-such-measure' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/measure does not exist/) } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('shows the data as of the meeting day, not the printing day', async () => {
    const { db } = core.context;
    const september = (await core.call('meetings.create', { committeeId: db.prepare('SELECT id FROM committees').pluck().get() as string, title: 'September MEC', startsAt: '2026-09-15T14:30:00Z', timeZone: 'America/Los_Angeles', location: null })).id;
    await core.call('agenda.add', { meetingId: september, title: 'Quality', kind: 'information', link: { kind: 'kpi-snapshot', id: null } });
    const record = packetSource(core.context).packet(september).agenda.find((a) => a.title === 'Quality')!.linked as KpiSnapshotRecord;
    // On 15 September only August had ended: the fall from September on is not yet known, and nothing is off track.
    expect(record).toMatchObject({ kind: 'kpi-snapshot', asOf: '2026-09-15', scope: 'scorecard', charts: [] });
    expect(record.perspectives[0]!.goals[0]!.lines[0]).toMatchObject({ latestPeriod: '2026-08', latest: '86%', status: 'On track' });

    const december = packetSource(core.context).packet(meetingId).agenda.find((a) => a.title === 'Quality and patient safety dashboard')!.linked as KpiSnapshotRecord;
    expect(december.perspectives[0]!.goals[0]!.lines[0]).toMatchObject({ latestPeriod: '2026-11', latest: '50%', status: 'Off track' });
    expect(december.charts.map((c) => c.title)).toEqual(['Sepsis bundle compliance']);
    expect(december.charts[0]!.svgs[0]).toMatch(/^<svg/);
  });

  it('carries the PDSA cycles and the top risks as they stood on the meeting day, with what moved since the last meeting', async () => {
    const { db } = core.context;
    const committeeId = db.prepare('SELECT id FROM committees').pluck().get() as string;
    const october = (await core.call('meetings.create', { committeeId, title: 'October MEC', startsAt: '2026-10-13T15:30:00Z', timeZone: 'America/Los_Angeles', location: null })).id;
    await core.call('pdsa.save', { measureId: sepsisId, title: 'Sepsis huddle at shift change', question: 'Does a huddle lift bundle compliance?', prediction: 'Above 90% in a month', startsOn: '2026-11-01' });
    const risk = await core.call('risks.create', {
      reference: 'R-07', title: 'Delayed antibiotics in sepsis',
      assessment: { assessedOn: '2026-09-01', inherentLikelihood: 4, inherentImpact: 5, residualLikelihood: 3, residualImpact: 4 },
    });
    await core.call('risks.assess', { riskId: risk.id, assessedOn: '2026-11-20', inherentLikelihood: 4, inherentImpact: 5, residualLikelihood: 4, residualImpact: 4 });
    const quality = (id: string) => packetSource(core.context).packet(id).agenda.find((a) => a.linked?.kind === 'kpi-snapshot' && a.linked.scope === 'scorecard')!.linked as KpiSnapshotRecord;

    // December: the cycle had started; the risk rose from 12 to 16 since the October meeting and is escalated.
    expect(quality(meetingId).pdsa!.map((c) => c.title)).toEqual(['Sepsis huddle at shift change']);
    expect(quality(meetingId).risks).toMatchObject({ asOf: '2026-12-08', since: '2026-10-13', moved: 1, risks: [{ reference: 'R-07', residualScore: 16, escalated: true, movement: 'up', before: 12 }] });
    // October: the cycle had not started, and the risk stood at 12.
    await core.call('agenda.add', { meetingId: october, title: 'Quality', kind: 'information', link: { kind: 'kpi-snapshot', id: null } });
    expect(quality(october).pdsa).toEqual([]);
    expect(quality(october).risks!.risks).toMatchObject([{ reference: 'R-07', residualScore: 12, escalated: false }]);
    // One measure's item carries that measure's cycles, and no risk page.
    const deepDive = packetSource(core.context).packet(meetingId).agenda.find((a) => a.title === 'Sepsis deep dive')!.linked as KpiSnapshotRecord;
    expect(deepDive.pdsa!.map((c) => c.title)).toEqual(['Sepsis huddle at shift change']);
    expect(deepDive.risks).toBeUndefined();
  });

  it('prints one scorecard page and the charts of what is off track, with signals in words', async () => {
    const packet = await core.call('meetings.exportPacket', { meetingId });
    const text = (await pageTexts(new Uint8Array(Buffer.from(packet.content, 'base64')))).join('\n');
    expect(text).toContain('Quality and patient safety scorecard');
    expect(text).toMatch(/As of the meeting day, 2026-12-08/);
    expect(text).toContain('Charts: what is off track');
    expect(text).toMatch(/below the lower control limit/);
    expect(text).toContain('Quality indicator: Sepsis bundle compliance');
    expect(text).toContain('PDSA cycles as of 2026-12-08');
    expect(text).toContain('Top risks as of 2026-12-08');
    expect(text).toMatch(/Delayed antibiotics in sepsis/);
  });
});
