// Standards with editions: a citation names its edition and effective date, an imported edition moves or retires
// standards, the crosswalk shows the citations that went stale, and a bad edition file writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { citationStanding } from '../../shared/domain/standard-editions';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { smallOrganisation } from '../support/staff-fixtures';

let core: TempCore;
let author: string;
let today = '2025-12-20';

beforeEach(async () => {
  today = '2025-12-20';
  core = openTempCore({ now: () => new Date(`${today}T12:00:00Z`) });
  author = (await smallOrganisation(core)).practitioner.id;
});
afterEach(() => core.dispose());

const csv = (text: string, fileName = 'a360.csv') => ({ fileName, dataBase64: Buffer.from(text).toString('base64') });

/** The 2025 manual, and a policy citing three of its standards. */
async function manual2025() {
  const camh = await core.call('standards.importEdition', {
    body: 'TJC', name: 'Hospital manual 2025', effectiveOn: '2025-01-01',
    file: csv('code,title,change,replaces\nNPSG.01.01.01,Use at least two patient identifiers,new,\nEC.02.03.01,The hospital manages fire risks,new,\nMS.06.01.05,Privileging is evidence-based,new,\nLS.02.01.10,Building features protect from fire,new,\n'),
  });
  const policy = await core.call('policies.create', { reference: 'PC-011', title: 'Patient identification', category: 'Provision of care', ownerId: author, body: 'Two identifiers.' });
  const ids = Object.fromEntries((await core.call('standards.list', {})).map((s) => [s.code, s.id]));
  await core.call('policies.setStandards', { policyId: policy.id, standardIds: [ids['NPSG.01.01.01']!, ids['EC.02.03.01']!, ids['MS.06.01.05']!, ids['LS.02.01.10']!] });
  return { camh, policyId: policy.id, ids };
}

const a360File = 'code,title,change,replaces\nNPG.01,Identify patients correctly,moved,NPSG.01.01.01\nPE.03,Fire safety,moved,EC.02.03.01;LS.02.01.10\nMS.06.01.05,,unchanged,\n';

describe('standards with editions', () => {
  it('a citation names its edition and effective date', async () => {
    const { policyId } = await manual2025();
    const policy = await core.call('policies.get', { id: policyId });
    expect(policy.standards.map((s) => [s.code, s.edition?.name, s.edition?.effectiveOn, s.standing.state])).toEqual([
      ['EC.02.03.01', 'Hospital manual 2025', '2025-01-01', 'current'],
      ['LS.02.01.10', 'Hospital manual 2025', '2025-01-01', 'current'],
      ['MS.06.01.05', 'Hospital manual 2025', '2025-01-01', 'current'],
      ['NPSG.01.01.01', 'Hospital manual 2025', '2025-01-01', 'current'],
    ]);
  });

  it('an edition that moves standards makes their citations stale from its effective date, and announces it before', async () => {
    const { policyId } = await manual2025();
    const result = await core.call('standards.importEdition', { body: 'TJC', name: 'Accreditation 360', effectiveOn: '2026-01-01', file: csv(a360File) });
    expect(result).toMatchObject({ added: 0, carried: 1, moved: 3, retired: 0, notMentioned: 0, staleCitations: 3 });

    // Published, not yet in force: the policy is warned, not yet out of date.
    const before = await core.call('policies.get', { id: policyId });
    const npsg = before.standards.find((s) => s.code === 'NPSG.01.01.01')!;
    expect(npsg.standing).toMatchObject({ state: 'changing', change: 'moved', edition: { name: 'Accreditation 360', effectiveOn: '2026-01-01' }, successors: [{ code: 'NPG.01' }] });
    expect(before.standards.find((s) => s.code === 'MS.06.01.05')).toMatchObject({ edition: { name: 'Accreditation 360' }, standing: { state: 'current' } });

    today = '2026-01-01';
    const list = await core.call('standards.list', {});
    const stale = list.filter((s) => s.standing.state === 'stale').map((s) => [s.code, s.standing.state !== 'current' && s.standing.successors.map((x) => x.code), s.policies.length]);
    expect(stale).toEqual([['EC.02.03.01', ['PE.03'], 1], ['LS.02.01.10', ['PE.03'], 1], ['NPSG.01.01.01', ['NPG.01'], 1]]);
    const editions = await core.call('standards.editions', {});
    expect(editions.map((e) => [e.name, e.inForce, e.standards, e.changes])).toEqual([['Accreditation 360', true, 3, 3], ['Hospital manual 2025', false, 3, 0]]);
  });

  it('moves every citation of a moved standard to its successor, once, in one step', async () => {
    const { policyId, ids } = await manual2025();
    await core.call('standards.importEdition', { body: 'TJC', name: 'Accreditation 360', effectiveOn: '2026-01-01', file: csv(a360File) });
    today = '2026-02-01';
    expect(await core.call('standards.moveCitations', { standardId: ids['EC.02.03.01']! })).toEqual({ policies: 1 });
    expect(await core.call('standards.moveCitations', { standardId: ids['LS.02.01.10']! })).toEqual({ policies: 1 });
    const policy = await core.call('policies.get', { id: policyId });
    // EC and LS both moved into PE.03: the policy cites it once.
    expect(policy.standards.map((s) => s.code)).toEqual(['MS.06.01.05', 'NPSG.01.01.01', 'PE.03']);
    const refused = await core.dispatch('standards.moveCitations', { standardId: ids['MS.06.01.05']! });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/has not been moved/) } });
  });

  it('a retired standard without a successor is stale and its citations are left for the director to replace', async () => {
    const { ids } = await manual2025();
    await core.call('standards.importEdition', { body: 'TJC', name: 'Accreditation 360', effectiveOn: '2026-01-01', file: csv('code,title,change,replaces\nLS.02.01.10,,retired,\n') });
    today = '2026-03-01';
    const ls = (await core.call('standards.list', {})).find((s) => s.code === 'LS.02.01.10')!;
    expect(ls.standing).toMatchObject({ state: 'stale', change: 'retired', successors: [] });
    const refused = await core.dispatch('standards.moveCitations', { standardId: ids['LS.02.01.10']! });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/retired in Accreditation 360 without a successor/) } });
  });

  it('refuses a bad edition file by line, and writes nothing', async () => {
    await manual2025();
    const before = tableCounts(core);
    const cases: [string, RegExp][] = [
      ['code,title,change\nNPG.01,x,new\n', /no replaces column/],
      ['code,title,change,replaces\nNPG.01,Identify patients,moved,NPSG.09.09.09\n', /^Line 2: It replaces TJC NPSG\.09\.09\.09, which is not in the crosswalk/],
      ['code,title,change,replaces\nNPG.01,Identify,new,\nNPG.02,,new,\nMS.06.01.05,x,deleted,\n', /^Line 3: A new, moved or revised standard needs its title \(and 1 more problem\)/],
      ['code,title,change,replaces\nMS.06.01.05,Again,new,\n', /already in the crosswalk: mark it unchanged or revised/],
      ['code,title,change,replaces\nNPG.01,Identify,moved,NPSG.01.01.01\nNPSG.01.01.01,,unchanged,\n', /moved by line 2 but this line keeps it/],
      ['', /is empty/],
    ];
    for (const [text, message] of cases) {
      const result = await core.dispatch('standards.importEdition', { body: 'TJC', name: 'Accreditation 360', effectiveOn: '2026-01-01', file: csv(text) });
      expect(result, text).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(message) } });
    }
    const older = await core.dispatch('standards.importEdition', { body: 'TJC', name: 'Manual 2024', effectiveOn: '2024-01-01', file: csv(a360File) });
    expect(older).toMatchObject({ ok: false, error: { message: expect.stringMatching(/latest edition, Hospital manual 2025, takes effect 2025-01-01: a new edition takes effect after it/) } });
    const again = await core.dispatch('standards.importEdition', { body: 'TJC', name: 'Hospital manual 2025', effectiveOn: '2026-06-01', file: csv(a360File) });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('a standard added by hand belongs to an edition of its own accreditor', async () => {
    const { camh } = await manual2025();
    const cms = await core.dispatch('standards.create', { body: 'CMS', code: '42 CFR 482.22', title: 'Medical staff', editionId: camh.edition.id });
    expect(cms).toMatchObject({ ok: false, error: { message: expect.stringMatching(/That edition is TJC's, not CMS's/) } });
    const dup = await core.dispatch('standards.create', { body: 'TJC', code: 'MS.06.01.05', title: 'Again', editionId: null });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('citationStanding', () => {
  const a360 = { name: 'Accreditation 360', effectiveOn: '2026-01-01' };
  it('is current with no change, changing before the edition takes effect, stale from its first day', () => {
    expect(citationStanding([], '2026-05-01')).toEqual({ state: 'current' });
    const moved = [{ change: 'moved' as const, edition: a360, successorIds: ['pe3'] }];
    expect(citationStanding(moved, '2025-12-31')).toMatchObject({ state: 'changing' });
    expect(citationStanding(moved, '2026-01-01')).toMatchObject({ state: 'stale', change: 'moved', successorIds: ['pe3'] });
  });
  it('a split gathers the successors of the first edition that changed it', () => {
    const later = { name: 'Accreditation 360 update', effectiveOn: '2027-01-01' };
    const standing = citationStanding([
      { change: 'moved', edition: later, successorIds: ['z'] },
      { change: 'moved', edition: a360, successorIds: ['a'] },
      { change: 'moved', edition: a360, successorIds: ['b'] },
    ], '2027-06-01');
    expect(standing).toMatchObject({ edition: a360, successorIds: ['a', 'b'] });
  });
});
