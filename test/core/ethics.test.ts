// Ethics consultations through their channels: the CASES steps, identifiers kept out of the narrative, the summary's
// sign-off, the reports, and the lock (a locked case is readable through no channel, and stored only as ciphertext).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames, contract, type ChannelName } from '../../shared/contract';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { smallOrganisation } from '../support/staff-fixtures';
import { pageTexts } from './print/pdf-reading';
import { sharedFolderTeam, type TestLaptop } from './sync/support/shared-folder-pair';

let core: TempCore;
let now = new Date('2026-11-02T09:00:00Z');
const passphrase = 'correct horse battery staple';

beforeEach(async () => {
  now = new Date('2026-11-02T09:00:00Z');
  core = openTempCore({ now: () => now });
  await core.call('ethics.setPassphrase', { passphrase, idleMinutes: 10 });
});
afterEach(() => core.dispose());

const request = {
  requestedAt: '2026-11-02T08:30:00Z', requesterName: 'Amara Quillmere', requesterRole: 'Attending physician', urgency: 'urgent' as const,
  unitId: null, type: 'end-of-life' as const, question: 'May the team withdraw dialysis that the surrogate asks to continue?',
  identifiers: { patientName: 'Hester Fallowmere', mrn: 'MR-448120', dateOfBirth: '1931-04-17', admissionDate: '2026-10-28' },
};

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
}

describe('the CASES steps', () => {
  it('moves one step at a time and will not close without a recommendation', async () => {
    const c = await core.call('ethics.create', request);
    expect(c.status).toBe('clarify');
    expect(c.caseNumber).toBe('EC-2026-001');
    await expect(core.call('ethics.advance', { id: c.id, to: 'synthesize' })).rejects.toThrow(/one CASES step at a time/);
    for (const to of ['assemble', 'synthesize'] as const) await core.call('ethics.advance', { id: c.id, to });
    await expect(core.call('ethics.advance', { id: c.id, to: 'explain' })).rejects.toThrow(/recommendation/);
    await core.call('ethics.update', { id: c.id, patch: { recommendation: 'A time-limited trial of two weeks, then reassess with the surrogate.' } });
    for (const to of ['explain', 'support', 'closed'] as const) await core.call('ethics.advance', { id: c.id, to });
    const closed = await core.call('ethics.get', { id: c.id });
    expect(closed.status).toBe('closed');
    expect(closed.recommendedAt).toBe(now.toISOString());
  });

  it('refuses a case with no question, writing nothing', async () => {
    const before = tableCounts(core);
    expect(await code(core.call('ethics.create', { ...request, question: '  ' }))).toBe('INVALID_INPUT');
    expect(tableCounts(core)).toEqual(before);
  });
});

describe('identifiers apart from the narrative', () => {
  it('refuses the patient’s name, record number or date of birth typed into a narrative field, writing nothing', async () => {
    const c = await core.call('ethics.create', request);
    const before = tableCounts(core);
    for (const text of ['Mrs Fallowmere is on dialysis.', 'Chart MR-448120 reviewed.', 'Born April 17, 1931, she is frail.', 'Admitted 10/28/2026 from home.']) {
      await expect(core.call('ethics.update', { id: c.id, patch: { medicalIndications: text } })).rejects.toThrow(/keep identifiers in their own fields/);
    }
    await expect(core.call('ethics.addNote', { caseId: c.id, text: 'Called Hester at home.' })).rejects.toThrow(/patient's name/);
    expect(tableCounts(core)).toEqual(before);
    await core.call('ethics.update', { id: c.id, patch: { medicalIndications: 'End-stage renal disease; dialysis three times a week.' } });
  });
});

describe('the de-identified summary', () => {
  it('removes the identifiers, is signed off, and an edit after sign-off undoes it', async () => {
    const org = await smallOrganisation(core);
    const c = await core.call('ethics.create', { ...request, unitId: org.cardiology.id });
    await core.call('ethics.update', {
      id: c.id,
      patch: {
        stakeholders: 'Her niece Dorothea Pryce (surrogate, 555-201-3344) and Dr. Quillmere.',
        contextualFeatures: 'She lives at 14 Larkspur Lane, Millbrook, OR 97401 and is 95 years old.',
        recommendation: 'Offer a time-limited trial.',
      },
    });
    const draft = await core.call('ethics.draftSummary', { id: c.id });
    expect(draft.status).toBe('draft');
    for (const gone of ['Dorothea', 'Pryce', '555-201-3344', 'Quillmere', 'Larkspur', 'Millbrook', '97401', '95 years']) expect(draft.text).not.toContain(gone);
    expect(draft.text).toContain('[NAME]');
    expect(draft.removed.map((s) => s.text)).toEqual(expect.arrayContaining(['Dorothea Pryce', '555-201-3344', 'Quillmere']));

    // A reviewer who types an identifier back in cannot sign it off.
    await core.call('ethics.saveSummary', { id: c.id, text: `${draft.text}\nCall 503-555-0101.` });
    await expect(core.call('ethics.signOff', { id: c.id })).rejects.toThrow(/still holds what looks like an identifier/);
    await core.call('ethics.saveSummary', { id: c.id, text: draft.text });
    const signed = await core.call('ethics.signOff', { id: c.id });
    expect(signed.status).toBe('signed-off');
    expect(signed.signedOffBy).toBe('test director');
    expect(await core.call('ethics.signedSummaries', {})).toHaveLength(1);

    const edited = await core.call('ethics.saveSummary', { id: c.id, text: `${draft.text}\nThe committee asked for follow-up.` });
    expect(edited.status).toBe('draft');
    expect(edited.signedOffAt).toBeNull();
    expect(await core.call('ethics.signedSummaries', {})).toHaveLength(0);
  });
});

describe('the lock', () => {
  it('stores identifiers and narrative only as ciphertext, in the table and in the change log', async () => {
    const c = await core.call('ethics.create', request);
    await core.call('ethics.update', { id: c.id, patch: { qualityOfLife: 'She values being at home with her garden.' } });
    const { db } = core.context;
    const dump = JSON.stringify(db.prepare('SELECT * FROM ethics_cases').all()) + JSON.stringify(db.prepare("SELECT * FROM change_log WHERE entity LIKE 'ethics%'").all());
    for (const secret of ['Hester', 'MR-448120', '1931-04-17', 'withdraw dialysis', 'her garden', 'Quillmere']) expect(dump).not.toContain(secret);
  });

  it('refuses every ethics channel but the lock itself and plain de-identification while locked, and the case history too', async () => {
    const c = await core.call('ethics.create', request);
    await core.call('ethics.draftSummary', { id: c.id });
    await core.call('ethics.lock', {});
    const inputs: Partial<Record<ChannelName, unknown>> = {
      'ethics.list': {}, 'ethics.get': { id: c.id }, 'ethics.create': request, 'ethics.update': { id: c.id, patch: { followUp: 'x' } },
      'ethics.advance': { id: c.id, to: 'assemble' }, 'ethics.addNote': { caseId: c.id, text: 'x' }, 'ethics.draftSummary': { id: c.id },
      'ethics.summaryReview': { id: c.id }, 'ethics.saveSummary': { id: c.id, text: 'x' }, 'ethics.signOff': { id: c.id },
      'ethics.signedSummaries': {}, 'ethics.report': { from: '2026-01-01', to: '2026-12-31' },
    };
    const open = new Set(['ethics.lockState', 'ethics.setPassphrase', 'ethics.unlock', 'ethics.lock', 'ethics.deidentify']);
    for (const name of channelNames.filter((n) => n.startsWith('ethics.') && !open.has(n))) {
      expect(inputs[name], `${name} is tested locked`).toBeDefined();
      const result = await core.dispatch(name, inputs[name]);
      expect(result.ok ? 'ok' : result.error.code, name).toBe('LOCKED');
    }
    const history = await core.dispatch('history.forRecord', { entity: 'ethicsCase', id: c.id });
    expect(history.ok ? 'ok' : history.error.code).toBe('LOCKED');
    // Nothing of a case reaches the dashboard or the record counts.
    const dashboard = await core.dispatch('dashboard.attention', {});
    expect(dashboard.ok).toBe(true);
    expect(JSON.stringify(dashboard)).not.toMatch(/ethics|EC-2026/i);
  });

  it('lets no channel that needs no id return anything of a locked case: lists, search, stats, dashboard, settings', async () => {
    const c = await core.call('ethics.create', request);
    await core.call('ethics.update', { id: c.id, patch: { qualityOfLife: 'She values being at home with her garden.' } });
    await core.call('ethics.lock', {});
    const secrets = ['Hester', 'Fallowmere', 'MR-448120', '1931-04-17', 'withdraw dialysis', 'her garden', 'Amara Quillmere'];
    let swept = 0;
    for (const name of channelNames) {
      if (contract[name].writes || !contract[name].input.safeParse({}).success) continue;
      const result = await core.dispatch(name, {});
      swept++;
      const text = JSON.stringify(result);
      for (const secret of secrets) expect(text, `${name} shows ${secret}`).not.toContain(secret);
      expect(text, name).not.toContain(c.id);
    }
    expect(swept).toBeGreaterThan(10);
    const search = await core.dispatch('policies.search', { query: 'dialysis' });
    expect(JSON.stringify(search)).not.toContain('Hester');
  });

  it('refuses a wrong passphrase and re-locks after the idle minutes', async () => {
    await core.call('ethics.lock', {});
    expect(await code(core.call('ethics.unlock', { passphrase: 'not the passphrase' }))).toBe('FORBIDDEN');
    await core.call('ethics.unlock', { passphrase });
    await core.call('ethics.list', {});
    now = new Date(now.getTime() + 9 * 60_000);
    await core.call('ethics.list', {});
    now = new Date(now.getTime() + 11 * 60_000);
    expect(await code(core.call('ethics.list', {}))).toBe('LOCKED');
    expect((await core.call('ethics.lockState', {})).unlocked).toBe(false);
  });

  it('opens on another laptop with the same passphrase (the salt and verifier travel as a setting)', async () => {
    const c = await core.call('ethics.create', request);
    core.close();
    const again = openTempCore({ dataDir: core.dataDir, now: () => now });
    try {
      expect(await again.call('ethics.lockState', {})).toMatchObject({ hasPassphrase: true, unlocked: false });
      await again.call('ethics.unlock', { passphrase });
      expect((await again.call('ethics.get', { id: c.id })).identifiers.patientName).toBe('Hester Fallowmere');
    } finally {
      again.close();
    }
    core = openTempCore({ dataDir: core.dataDir, now: () => now });
  });
});

describe('the report', () => {
  it('counts cases by month, type and unit, with the median time from request to recommendation', async () => {
    const a = await core.call('ethics.create', request);
    now = new Date('2026-11-02T14:30:00Z');
    await core.call('ethics.unlock', { passphrase });
    await core.call('ethics.update', { id: a.id, patch: { recommendation: 'Continue.', themes: ['surrogate conflict'], policyRecommendation: 'Clarify the surrogate hierarchy in policy RI-12.' } });
    const b = await core.call('ethics.create', { ...request, requestedAt: '2026-10-05T10:00:00Z', type: 'futility' });
    now = new Date('2026-11-03T10:00:00Z');
    await core.call('ethics.unlock', { passphrase });
    await core.call('ethics.update', { id: b.id, patch: { recommendation: 'Stop.', themes: ['Surrogate conflict'] } });
    const r = await core.call('ethics.report', { from: '2026-01-01', to: '2026-12-31' });
    expect(r.total).toBe(2);
    expect(r.byMonth).toEqual([{ month: '2026-10', count: 1 }, { month: '2026-11', count: 1 }]);
    expect(r.byType).toEqual([{ type: 'end-of-life', count: 1 }, { type: 'futility', count: 1 }]);
    expect(r.medianHoursToRecommendation).toBe((6 + 696) / 2);
    expect(r.themes).toEqual([{ theme: 'surrogate conflict', count: 2 }]);
    expect(r.policyRecommendations).toEqual([{ caseNumber: 'EC-2026-001', text: 'Clarify the surrogate hierarchy in policy RI-12.' }]);
    // As it stood on a day: a later change of theme, step or type does not rewrite an earlier period's report.
    await core.call('ethics.update', { id: a.id, patch: { themes: ['resource allocation'], type: 'conflict' } });
    const asOfThe2nd = await core.call('ethics.report', { from: '2026-01-01', to: '2026-11-02' });
    expect(asOfThe2nd.themes).toEqual([]);
    expect(asOfThe2nd.byType).toEqual([{ type: 'end-of-life', count: 1 }, { type: 'futility', count: 1 }]);
    expect(asOfThe2nd.medianHoursToRecommendation).toBe(6);
    expect((await core.call('ethics.report', { from: '2026-01-01', to: '2026-12-31' })).byType).toEqual([{ type: 'futility', count: 1 }, { type: 'conflict', count: 1 }]);
  });
});

describe('the committee', () => {
  it('links only a signed-off summary, and the packet prints it and the report as of the meeting', async () => {
    const org = await smallOrganisation(core);
    const c = await core.call('ethics.create', { ...request, unitId: org.emergency.id });
    await core.call('ethics.update', { id: c.id, patch: { stakeholders: 'Her niece Dorothea Pryce, reachable at 555-201-3344.', recommendation: 'Offer a time-limited trial.', themes: ['surrogate conflict'] } });
    await core.call('ethics.draftSummary', { id: c.id });
    const committee = await core.call('committees.create', { name: 'Ethics Committee', kind: 'ethics' });
    const mec = await core.call('committees.create', { name: 'Medical Executive Committee', kind: 'medical-executive' });
    const mecMeeting = await core.call('meetings.create', { committeeId: mec.id, title: 'December MEC', startsAt: '2026-12-09T17:00:00Z', timeZone: 'America/Los_Angeles', location: 'Board room' });
    const meeting = await core.call('meetings.create', { committeeId: committee.id, title: 'December Ethics Committee', startsAt: '2026-12-08T17:00:00Z', timeZone: 'America/Los_Angeles', location: 'Room 4' });
    await expect(core.call('agenda.add', { meetingId: meeting.id, title: 'Case review', kind: 'discussion', link: { kind: 'ethics-summary', id: c.id } })).rejects.toThrow(/Only a signed-off ethics summary/);
    await core.call('ethics.signOff', { id: c.id });
    await expect(core.call('agenda.add', { meetingId: mecMeeting.id, title: 'Case review', kind: 'discussion', link: { kind: 'ethics-summary', id: c.id } })).rejects.toThrow(/ethics committee’s agenda only/);
    await core.call('agenda.add', { meetingId: meeting.id, title: 'Case review', kind: 'discussion', link: { kind: 'ethics-summary', id: c.id } });
    const m = await core.call('agenda.add', { meetingId: meeting.id, title: 'Consultation report', kind: 'information', link: { kind: 'ethics-report', id: null } });
    expect(m.agenda.map((a) => a.link?.label).filter((l) => l?.startsWith('Ethics'))).toEqual(['Ethics case summary EC-2026-001 (de-identified)', 'Ethics committee report']);
    await core.call('ethics.update', { id: c.id, patch: { committeeDiscussion: 'The committee agreed the trial respects her stated values.', committeeRecommendation: 'Support the trial; revisit in two weeks.' } });
    // A case requested after the meeting is not in the meeting's report.
    await core.call('ethics.create', { ...request, requestedAt: '2026-12-20T10:00:00Z' });
    await core.call('ethics.lock', {});

    const packet = await core.call('meetings.exportPacket', { meetingId: meeting.id });
    const text = (await pageTexts(new Uint8Array(Buffer.from(packet.content, 'base64')))).join('\n');
    expect(text).toContain('Ethics case summary EC-2026-001');
    expect(text).toContain('[NAME]');
    for (const secret of ['Dorothea', '555-201-3344', 'Hester', 'MR-448120']) expect(text).not.toContain(secret);
    expect(text).toMatch(/Consultations\s*1\b/i);
    expect(text).toContain('Emergency Medicine');
  }, 120_000);
});

describe('two laptops', () => {
  it('each setting the same passphrase before they first sync both open every case after it', async () => {
    const team = sharedFolderTeam(['ward', 'office']);
    try {
      const [a, b] = team.laptops as [TestLaptop, TestLaptop];
      for (const l of [a, b]) await l.core.call('ethics.setPassphrase', { passphrase, idleMinutes: 30 });
      const onA = await a.core.call('ethics.create', request);
      const onB = await b.core.call('ethics.create', { ...request, identifiers: { ...request.identifiers, patientName: 'Orla Penhallow' } });
      for (let round = 0; round < 2; round++) for (const l of [a, b]) l.sync();
      for (const l of [a, b]) {
        await l.core.call('ethics.lock', {});
        await l.core.call('ethics.unlock', { passphrase });
        expect((await l.core.call('ethics.get', { id: onA.id })).identifiers.patientName).toBe('Hester Fallowmere');
        expect((await l.core.call('ethics.get', { id: onB.id })).identifiers.patientName).toBe('Orla Penhallow');
      }
    } finally {
      team.dispose();
    }
  }, 60_000);
});
