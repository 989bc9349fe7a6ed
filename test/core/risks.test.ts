// The risk register through the handlers: dated assessments, the register as of a day and what moved since, the
// escalation and review-due filters the dashboard counts, and bad input refused with nothing written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { smallOrganisation } from '../support/staff-fixtures';

let core: TempCore;
let owner: string;

beforeEach(async () => {
  core = openTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
  owner = (await smallOrganisation(core)).practitioner.id;
});
afterEach(() => core.dispose());

const scores = (assessedOn: string, rl: number, ri: number) => ({ assessedOn, inherentLikelihood: 5, inherentImpact: 5, residualLikelihood: rl, residualImpact: ri });

async function register() {
  const falls = await core.call('risks.create', {
    reference: 'R-01', title: 'Inpatient falls with harm', ownerStaffId: owner, cause: 'Night staffing', event: 'A fall', consequence: 'Hip fracture',
    controls: [{ control: 'Falls risk assessment on admission', effectiveness: 'partly-effective' }], treatment: 'mitigate', reviewOn: '2027-02-01',
    assessment: scores('2026-03-01', 3, 3),
  });
  await core.call('risks.assess', { riskId: falls.id, ...scores('2026-09-01', 4, 4) });
  const cyber = await core.call('risks.create', { reference: 'R-02', title: 'Ransomware outage', treatment: 'transfer', reviewOn: '2026-11-01', assessment: scores('2026-10-01', 2, 5) });
  const closed = await core.call('risks.create', { reference: 'R-03', title: 'Old lift', closedOn: '2026-06-01', assessment: scores('2026-01-01', 5, 5) });
  return { falls, cyber, closed };
}

describe('the risk register', () => {
  it('keeps each re-score as a dated assessment and reads the register as it stood on a day', async () => {
    const { falls } = await register();
    expect(falls.controls).toEqual([{ control: 'Falls risk assessment on admission', effectiveness: 'partly-effective' }]);
    const history = await core.call('risks.assessments', { riskId: falls.id });
    expect(history.map((a) => [a.assessedOn, a.residualScore])).toEqual([['2026-09-01', 16], ['2026-03-01', 9]]);

    const inJune = await core.call('risks.list', { asOf: '2026-06-15', show: 'all' });
    expect(inJune.rows.map((r) => [r.reference, r.current?.residualScore, r.escalated])).toEqual([['R-03', 25, true], ['R-01', 9, false]]);
    const now = await core.call('risks.list', { since: '2026-06-15' });
    expect(now.rows.map((r) => [r.reference, r.current?.residualScore, r.moved?.movement])).toEqual([['R-01', 16, 'up'], ['R-02', 10, 'new']]);
  });

  it('replaces a second assessment on the same day instead of adding one', async () => {
    const { falls } = await register();
    await core.call('risks.assess', { riskId: falls.id, ...scores('2026-09-01', 2, 4) });
    const history = await core.call('risks.assessments', { riskId: falls.id });
    expect(history.map((a) => [a.assessedOn, a.residualScore])).toEqual([['2026-09-01', 8], ['2026-03-01', 9]]);
  });

  it('filters exactly what the dashboard counts: escalated (residual ≥ 15) or due for review, open ones only', async () => {
    await register();
    const attention = await core.call('risks.list', { show: 'attention' });
    expect(attention.rows.map((r) => [r.reference, r.escalated, r.reviewDue])).toEqual([['R-01', true, false], ['R-02', false, true]]);
    const dash = await core.call('dashboard.attention', {});
    expect(dash.risks).toEqual({ escalated: 1, reviewDue: 1, attention: 2 });
  });

  it('refuses a likelihood of 6, a missing title, an unknown owner and a residual above inherent, writing nothing', async () => {
    const { falls } = await register();
    const before = tableCounts(core);
    const refusals = [
      ['risks.create', { title: 'X', assessment: { ...scores('2026-11-01', 6, 1) } }, /Residual likelihood is scored 1 to 5/],
      ['risks.create', { title: ' ', assessment: scores('2026-11-01', 1, 1) }, /Title is required/],
      ['risks.create', { title: 'X', ownerStaffId: 'ghost', assessment: scores('2026-11-01', 1, 1) }, /owner is not on the staff list/],
      ['risks.assess', { riskId: falls.id, ...scores('2026-11-01', 1, 1), inherentLikelihood: 1, inherentImpact: 1, residualImpact: 3 }, /controls cannot add risk/],
      ['risks.assess', { riskId: falls.id, ...scores('2026-11-01', 2, 2), inherentImpact: 0 }, /Inherent impact is scored 1 to 5/],
      ['risks.update', { id: falls.id, patch: { reviewOn: '2026-02-30' } }, /Use a date/],
    ] as const;
    for (const [channel, input, message] of refusals) {
      const result = await core.dispatch(channel, input as never);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(message) } });
    }
    expect(tableCounts(core)).toEqual(before);
  });

  it('changes only what a patch names: controls, treatment and owner stay when the review date moves', async () => {
    const { falls } = await register();
    const moved = await core.call('risks.update', { id: falls.id, patch: { reviewOn: '2027-03-01' } });
    expect(moved).toMatchObject({ reviewOn: '2027-03-01', treatment: 'mitigate', ownerStaffId: owner, controls: [{ control: 'Falls risk assessment on admission', effectiveness: 'partly-effective' }] });
  });

  it('deletes a risk with its assessments through the store', async () => {
    const { falls } = await register();
    await core.call('risks.remove', { id: falls.id });
    const { db } = core.context;
    expect(db.prepare('SELECT count(*) FROM risk_assessments WHERE risk_id = ?').pluck().get(falls.id)).toBe(0);
    expect(db.prepare("SELECT entity FROM change_log WHERE field = '_deleted' ORDER BY entity").pluck().all()).toEqual(['risk', 'riskAssessment', 'riskAssessment']);
  });
});
