// The quality pages of the board packet, as they stood on the meeting day: PDSA summaries (state, study and decision
// read back from the change log) and the top risks on the heat map with what moved since the previous meeting.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdsaSummaries, topRisks } from '../../../electron/core/planning/packet-pieces';
import { pdsaSummariesHtml } from '../../../electron/core/print/packet/pdsa-summaries-html';
import { riskHeatMapHtml } from '../../../electron/core/print/packet/risk-heat-map-html';
import { openTempCore, type TempCore } from '../../support/temp-core';

let core: TempCore;
let clock = new Date('2026-09-01T09:00:00Z');

beforeEach(() => {
  clock = new Date('2026-09-01T09:00:00Z');
  core = openTempCore({ now: () => clock });
});
afterEach(() => core.dispose());

const scores = (assessedOn: string, rl: number, ri: number) => ({ assessedOn, inherentLikelihood: 5, inherentImpact: 5, residualLikelihood: rl, residualImpact: ri });

describe('top risks for the packet', () => {
  it('places each open risk’s residual score on the heat map as of the meeting and says what moved since the last one', async () => {
    const falls = await core.call('risks.create', { reference: 'R-01', title: 'Falls <with harm>', assessment: scores('2026-03-01', 3, 3) });
    await core.call('risks.assess', { riskId: falls.id, ...scores('2026-08-01', 4, 4) });
    await core.call('risks.create', { reference: 'R-02', title: 'Ransomware', assessment: scores('2026-07-01', 2, 5) });
    // Scored after the meeting: not on its page.
    await core.call('risks.create', { reference: 'R-09', title: 'Later risk', assessment: scores('2026-08-20', 5, 5) });

    const data = topRisks(core.context, '2026-08-15', '2026-06-15');
    expect(data.risks.map((r) => [r.reference, r.residualScore, r.movement, r.before, r.escalated])).toEqual([['R-01', 16, 'up', 9, true], ['R-02', 10, 'new', null, false]]);
    expect(data.heatMap).toEqual([{ label: 'R-01', likelihood: 4, impact: 4 }, { label: 'R-02', likelihood: 2, impact: 5 }]);
    expect(data.moved).toBe(2);

    const html = riskHeatMapHtml(data);
    expect(html).toContain('Top risks as of 2026-08-15');
    expect(html).toContain('<svg');
    expect(html).toMatch(/>R-01</);
    expect(html).toContain('Falls &lt;with harm&gt;');
    expect(html).not.toContain('Later risk');
    expect(html).toMatch(/Worse: 9 → 16/);
    expect(html).toMatch(/New since <span class="nowrap">2026-06-15/);
    expect(html).toContain('16 — escalated');
  });
});

describe('PDSA summaries for the packet', () => {
  it('shows each cycle’s state, study and decision as they stood at the end of the meeting day, in chain order', async () => {
    const { id: periodId } = await core.call('strategy.savePeriod', { name: 'FY2027', startsOn: '2026-07-01', endsOn: '2027-06-30' });
    const { id: perspectiveId } = await core.call('strategy.savePerspective', { planPeriodId: periodId, name: 'Quality & Safety' });
    const { id: goalId } = await core.call('strategy.saveGoal', { perspectiveId, title: 'Zero harm' });
    const { id: initiativeId } = await core.call('strategy.saveInitiative', { goalId, title: 'Sepsis bundle' });
    const first = await core.call('pdsa.save', {
      initiativeId, title: 'Lactate at triage', startsOn: '2026-08-01', question: 'Will triage nurses order lactate?', prediction: '8 in 10', plan: 'ED, two weeks', state: 'doing',
    });
    clock = new Date('2026-09-20T09:00:00Z');
    const base = { id: first.id, initiativeId, title: first.title };
    await core.call('pdsa.save', { ...base, state: 'studying', observations: '17 of 20' });
    await core.call('pdsa.save', { ...base, state: 'decided', study: 'Better than predicted <b>', act: 'adopt' });
    await core.call('pdsa.save', { initiativeId, title: 'Lactate on wards', previousCycleId: first.id, startsOn: '2026-09-25' });

    const atMeeting = pdsaSummaries(core.context, '2026-09-10');
    expect(atMeeting).toEqual([expect.objectContaining({ title: 'Lactate at triage', state: 'doing', study: null, act: null, chain: null, subject: 'Sepsis bundle' })]);
    const later = pdsaSummaries(core.context, '2026-10-01');
    expect(later.map((s) => [s.title, s.stateLabel, s.act, s.chain])).toEqual([['Lactate at triage', 'Decided', 'Adopt', 'Cycle 1 of 2'], ['Lactate on wards', 'Planned', null, 'Cycle 2 of 2']]);

    const html = pdsaSummariesHtml('2026-10-01', later);
    expect(html).toContain('PDSA cycles as of 2026-10-01');
    expect(html).toContain('Better than predicted &lt;b&gt;');
    expect(html).toContain('Cycle 2 of 2');
    expect(pdsaSummariesHtml('2026-01-01', [])).toContain('No PDSA cycles had started');
  });
});
