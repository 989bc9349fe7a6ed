// Every channel fed malformed payloads answers INVALID_INPUT with a readable message, and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, contract, type ChannelName } from '../../shared/contract';
import { openTempCore, tableCounts } from '../support/temp-core';

const core = openTempCore();
afterAll(() => core.dispose());
beforeAll(async () => {
  await core.call('app.seedSample', { staff: 20, seed: 3 });
});

/** Payloads no channel accepts: wrong types at the top, unknown fields, and oversized or hostile values. */
const malformedForEvery: unknown[] = [null, 'staff', 42, true, [], [{}], { unexpectedField: 1 }, { __proto__: { polluted: true }, extra: 'x' }];

/** Payloads shaped almost right for a particular channel, wrong in one field. */
const nearMisses: Partial<Record<ChannelName, unknown[]>> = {
  'app.seedSample': [{ staff: 0 }, { staff: 1e9 }, { staff: 12.5 }, { seed: -1 }],
  'settings.get': [{ timeZone: 'UTC' }],
  'history.forRecord': [{ entity: 'staff' }, { entity: '', id: 'a' }, { entity: 'staff', id: 'a b; DROP TABLE staff' }],
  'departments.create': [{ code: 'lower', name: 'Name' }, { code: 'OK' }, { code: 'OK', name: '' }],
  'departments.update': [{ id: 'd', patch: { name: '' } }, { id: 'd', patch: { code: 'a b' } }, { patch: { name: 'X' } }],
  'departments.retire': [{ id: 'd' }, { id: 'd', retired: 'yes' }],
  'departments.remove': [{}, { id: '' }],
  'roles.create': [{ name: 'Hospitalist' }, { name: '', kind: 'physician' }, { name: 'Hospitalist', kind: 'surgeon' }],
  'roles.update': [{ id: 'r', patch: { kind: 'surgeon' } }, { id: 'r', patch: { name: ' ' } }],
  'roles.retire': [{ id: 'r', retired: 1 }],
  'roles.remove': [{ id: '../x' }],
  'staff.endAppointment': [{ id: 'x', endedOn: '2026-02-30', reason: 'Resigned' }, { id: 'x', endedOn: '2026-01-01', reason: '' }, { id: 'x', reason: 'Resigned' }],
  'staff.list': [{ limit: -1 }, { limit: 1e7 }, { sort: 'salary' }, { status: 'fired' }, { search: 'x'.repeat(500) }],
  'staff.get': [{}, { id: '' }, { id: '../../etc/passwd' }],
  'staff.create': [
    { givenName: 'Ann', familyName: 'Test', roleId: 'r', departmentId: 'd', npi: '1234567890' },
    { givenName: '', familyName: 'Test', roleId: 'r', departmentId: 'd' },
    { givenName: 'Ann', familyName: 'Test', roleId: 'r', departmentId: 'd', email: 'not-an-email' },
    { givenName: 'Ann', familyName: 'Test', roleId: 'r', departmentId: 'd', hireDate: '31/12/2020' },
    { givenName: 'Ann', familyName: 'Test', roleId: 'r', departmentId: 'd', hireDate: '2026-02-30' },
    { givenName: 'Ann', familyName: 'Test', roleId: 'r', departmentId: 'd', status: 'retired' },
  ],
  'staff.importPreview': [{ fileName: 'r.csv' }, { fileName: 'r.csv', dataBase64: '' }, { fileName: 'r.csv', dataBase64: 'x', mapping: { shoeSize: 'A' } }],
  'staff.importCommit': [{ dataBase64: 'YQ==' }, { fileName: '', dataBase64: 'YQ==' }],
  'staff.reappointments': [{ withinDays: -1 }, { withinDays: 'soon' }],
  'credentials.create': [
    { staffId: 's', type: 'passport' },
    { staffId: 's', type: 'bls', issuedOn: '2026-05-01', expiresOn: '2026-04-01' },
    { staffId: 's', type: 'dea', number: 'AB1234564' },
    { staffId: 's', type: 'bls', expiresOn: '2026-13-01' },
    { staffId: 's', type: 'state-license', title: '', number: '', issuer: '', jurisdiction: '', issuedOn: null, expiresOn: null, restrictions: '' },
    { staffId: 's', type: 'state-license', number: 'MD1', expiresOn: '2026-02-30' },
    { staffId: 's', type: 'malpractice', issuer: 'Harbour Mutual' },
  ],
  'credentials.update': [{ id: 'c', patch: { staffId: 'other' } }, { id: 'c', patch: { expiresOn: 'soon' } }],
  'credentials.attachDocument': [{ credentialId: 'c', fileName: 'a.pdf' }, { credentialId: 'c', fileName: 'a.pdf', dataBase64: '' }],
  'credentials.expirations': [{ withinDays: 0 }, { withinDays: 5000 }, { includeExpired: 'yes' }, { lapsedOnly: 1 }],
  'policies.attestMany': [{ versionId: 'v', staffIds: [], attestedOn: '2026-01-01' }, { versionId: 'v', staffIds: ['s'], attestedOn: '2026-02-30' }, { versionId: 'v', staffIds: ['s'], attestedOn: '2026-01-01', method: 'fax' }],
  'actions.list': [{ status: 'late' }, { sort: 'colour' }, { owner: '' }, { owner: 'x'.repeat(500) }, { committeeId: 'a b' }],
  'credentials.exportExpirations': [{ format: 'xlsx' }, {}],
  'verifications.record': [
    { credentialId: 'c', kind: 'initial', source: 'Board', verifiedOn: '2026-01-01', verifier: 'M', method: 'telepathy', result: 'verified' },
    { credentialId: 'c', kind: 'initial', source: '', verifiedOn: '2026-01-01', verifier: 'M', method: 'online', result: 'verified' },
  ],
  'attachments.read': [{ id: 'abc' }, { id: '../../chartroom.sqlite3' }],
  'privileges.grant': [
    { staffId: 's', name: '' },
    { staffId: 's', name: 'X', status: 'maybe' },
    { staffId: 's', name: 'X', kind: 'temporary', grantedOn: '2026-11-01', expiresOn: '2027-03-02' },
    { staffId: 's', name: 'X', kind: 'disaster', grantedOn: '2026-11-01' },
    { staffId: 's', name: 'X', kind: 'locum' },
  ],
  'evaluations.complete': [
    { id: 'e', completedOn: '2026-11-20' },
    { id: 'e', decision: 'limit', completedOn: '2026-11-20' },
    { id: 'e', decision: 'maybe', completedOn: '2026-11-20' },
    { id: 'e', decision: 'extend', completedOn: '2026-11-20', extendDays: 3 },
  ],
  'evaluations.create': [{ staffId: 's', kind: 'oppe', periodStart: '2026-04-01', periodEnd: '2026-03-01', dueOn: '2026-05-01' }, { staffId: 's', kind: 'peer', periodStart: '2026-04-01', periodEnd: '2026-05-01', dueOn: '2026-05-01' }],
  'settings.update': [{ organisationName: '' }, { credentialWarningDays: [] }, { credentialWarningDays: [30, 30] }, { reappointmentCycleYears: 4 }, { timeZone: 'Mars/Olympus' }],
  'sync.configure': [{ folder: '', deviceName: 'Front office' }, { folder: '/tmp/x', deviceName: '' }, { folder: '/tmp/x', deviceName: 'A', passphrase: 'short' }, { folder: '/tmp/x\u0000y', deviceName: 'A' }],
  'sync.now': [{ allowMassDelete: 'yes' }, { allowFutureChanges: 1 }],
  'sync.conflicts': [{ limit: 0 }, { limit: 100000 }, { includeResolved: 'all' }],
  'sync.duplicates': [{ limit: 0 }, { limit: 501 }, { limit: 'all' }],
  'sync.resolveConflict': [{ id: 0, choice: 'keep' }, { id: 1, choice: 'merge' }, { id: 'x', choice: 'keep' }, { choice: 'restore' }],
  'staff.update': [{ id: 'x', patch: { npi: '12345' } }, { id: 'x', patch: { salary: 1 } }, { patch: {} }, { id: 'x', patch: { givenName: '' } }],
  'strategy.savePeriod': [{ name: 'FY2028', startsOn: '2028-07-01', endsOn: '2027-06-30' }, { name: '', startsOn: '2027-07-01', endsOn: '2028-06-30' }],
  'strategy.saveGoal': [{ perspectiveId: 'p', title: '' }, { perspectiveId: 'p', title: 'X', ownerStaffId: 'nobody' }],
  'strategy.saveInitiative': [
    { goalId: 'g', title: 'X', startsOn: '2027-01-01', dueOn: '2026-01-01' },
    { goalId: 'g', title: 'X', budgetPlanned: -1 },
    { goalId: 'g', title: 'X', budgetSpent: 'lots' },
    { goalId: 'g', title: 'X', status: 'paused' },
  ],
  'strategy.remove': [{ kind: 'measure', id: 'm' }, { kind: 'goal' }],
  'pdsa.save': [{ title: 'No subject' }, { initiativeId: 'i', title: 'X', state: 'finished' }, { initiativeId: 'i', title: 'X', act: 'adopt', state: 'planned' }],
  'risks.create': [
    { title: 'X', assessment: { assessedOn: '2026-01-01', inherentLikelihood: 6, inherentImpact: 1, residualLikelihood: 1, residualImpact: 1 } },
    { title: '', assessment: { assessedOn: '2026-01-01', inherentLikelihood: 1, inherentImpact: 1, residualLikelihood: 1, residualImpact: 1 } },
    { title: 'X' },
    { title: 'X', controls: [{ control: 'Y', effectiveness: 'great' }], assessment: { assessedOn: '2026-01-01', inherentLikelihood: 1, inherentImpact: 1, residualLikelihood: 1, residualImpact: 1 } },
  ],
  'risks.assess': [{ riskId: 'r', assessedOn: '2026-01-01', inherentLikelihood: 2.5, inherentImpact: 1, residualLikelihood: 1, residualImpact: 1 }],
  'risks.list': [{ show: 'hot' }, { asOf: '2026-02-30' }],
  'training.saveCourse': [{ course: { title: 'Sepsis', creditType: 'ama-pra-1', credits: 1.3, modality: 'online', availableFrom: '2026-01-01' } }, { course: { title: '', creditType: 'ama-pra-1', credits: 1, modality: 'online', availableFrom: '2026-01-01' } }],
  'training.saveRequirement': [{ requirement: { title: 'R', courseId: 'c', recurrence: 'rolling-months', source: 'policy', effectiveFrom: '2026-01-01' } }, { requirement: { title: 'R', courseId: 'c', recurrence: 'annual-date', annualDate: '02-30x', source: 'policy', effectiveFrom: '2026-01-01' } }],
  'training.recordCompletions': [{ courseId: 'c', completedOn: '2026-01-01', staffIds: [] }, { courseId: 'c', completedOn: '2026-02-30', staffIds: ['s'] }, { courseId: 'c', completedOn: '2026-01-01', staffIds: ['s'], credits: 0.1 }],
  'training.grantWaiver': [{ staffId: 's', requirementId: 'r', approver: '', reason: 'Leave', endsOn: '2027-01-01' }, { staffId: 's', requirementId: 'r', reason: 'Leave', endsOn: '2027-01-01' }],
  'training.saveCmeProfile': [{ state: 'Oregon', totalCredits: 60, category1Minimum: 30 }, { state: 'OR', totalCredits: 20, category1Minimum: 30 }],
  'reappointments.start': [{ staffId: 's', applicationReceivedOn: '2026-02-30' }, { staffId: 's', applicationReceivedOn: '2026-01-01', categoryRequested: 'emeritus' }, { staffId: 's', applicationReceivedOn: '2026-01-01', privilegesRequested: [''] }],
  'reappointments.recordStep': [{ id: 'r', step: 'application', on: '2026-01-01', outcome: 'favourable' }, { id: 'r', step: 'board', on: '2026-01-01', outcome: 'maybe' }, { id: 'r', step: 'chair', outcome: 'favourable' }],
};

describe.each(channelNames)('%s', (name) => {
  const payloads = [...malformedForEvery, ...(nearMisses[name] ?? [])];

  it.each(payloads.map((p) => [JSON.stringify(p) ?? String(p), p]))('refuses %s with INVALID_INPUT and writes nothing', async (_label, payload) => {
    const before = tableCounts(core);
    const result = await core.dispatch(name, payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).not.toMatch(/at \w+ \(|node_modules|ZodError/);
    expect(result.error.message.length).toBeGreaterThan(5);
    expect(tableCounts(core)).toEqual(before);
  });

  it('is declared as writing or not', () => {
    expect(typeof contract[name].writes).toBe('boolean');
  });
});
