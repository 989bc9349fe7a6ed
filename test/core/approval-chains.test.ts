// Reusable approval chains per policy category, and committee approvers that must exist, through the handlers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { smallOrganisation } from '../support/staff-fixtures';

let core: TempCore;
let author: string;
let chair: string;

beforeEach(async () => {
  core = openTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
  const org = await smallOrganisation(core);
  author = org.practitioner.id;
  chair = (await core.call('staff.create', { givenName: 'Ben', familyName: 'Ashford', degree: 'MD', roleId: 'role-attending', departmentId: org.cardiology.id })).id;
  await core.call('committees.create', { name: 'Medical Executive Committee', kind: 'medical-executive' });
});
afterEach(() => core.dispose());

describe('approval chains per category', () => {
  it('saves, lists, replaces and removes a category’s chain, in order, logged in the change log', async () => {
    const saved = await core.call('policies.saveApprovalChain', { category: ' Infection control ', steps: [{ kind: 'person', staffId: chair }, { kind: 'committee', name: 'Medical Executive Committee' }] });
    expect(saved).toMatchObject({ category: 'Infection control', steps: [{ kind: 'person', staffId: chair, name: 'Ben Ashford, MD', missing: false }, { kind: 'committee', name: 'Medical Executive Committee', missing: false }] });
    const logged = core.context.db.prepare("SELECT count(*) FROM change_log WHERE entity = 'approvalChain'").pluck().get() as number;
    expect(logged).toBeGreaterThan(0);

    await core.call('policies.saveApprovalChain', { category: 'Infection control', steps: [{ kind: 'committee', name: 'Medical Executive Committee' }] });
    const list = await core.call('policies.approvalChains', {});
    expect(list).toHaveLength(1);
    expect(list[0]!.steps).toEqual([{ kind: 'committee', name: 'Medical Executive Committee', missing: false }]);

    expect(await core.call('policies.removeApprovalChain', { category: 'Infection control' })).toEqual({ removed: true });
    expect(await core.call('policies.approvalChains', {})).toEqual([]);
  });

  it('refuses an unknown committee, an unknown person, an empty chain and a repeated approver, writing nothing', async () => {
    const before = tableCounts(core);
    const cases = [
      { steps: [{ kind: 'committee', name: 'Made-up Committee' }], message: /no committee named “Made-up Committee”/ },
      { steps: [{ kind: 'person', staffId: 'nobody-here' }], message: /not on the staff list/ },
      { steps: [], message: /at least one approver/ },
      { steps: [{ kind: 'person', staffId: chair }, { kind: 'person', staffId: chair }], message: /twice/ },
    ] as const;
    for (const { steps, message } of cases) {
      const result = await core.dispatch('policies.saveApprovalChain', { category: 'Infection control', steps: steps as never });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(message) } });
    }
    expect(await core.dispatch('policies.saveApprovalChain', { category: '  ', steps: [{ kind: 'person', staffId: chair }] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('marks a step whose person has since left the staff list instead of hiding it', async () => {
    await core.call('policies.saveApprovalChain', { category: 'Nursing', steps: [{ kind: 'person', staffId: chair }] });
    core.context.db.prepare('DELETE FROM staff WHERE id = ?').run(chair);
    const [chain] = await core.call('policies.approvalChains', {});
    expect(chain!.steps[0]).toMatchObject({ kind: 'person', missing: true });
  });
});

describe('submitting with a committee step', () => {
  it('refuses a committee that does not exist, with a sentence, and writes nothing', async () => {
    const policy = await core.call('policies.create', { reference: 'IC-009', title: 'Isolation', category: 'Infection control', ownerId: author, body: 'Text' });
    const before = tableCounts(core);
    const result = await core.dispatch('policies.submit', { versionId: policy.versions[0]!.id, approvers: [{ kind: 'person', staffId: chair }, { kind: 'committee', name: 'Board of Wizards' }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/no committee named “Board of Wizards”.*Meetings → Committees/) } });
    expect(tableCounts(core)).toEqual(before);
  });
});
