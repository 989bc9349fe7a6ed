// Who decided (issue 16, part G): the director says who they are at first run; a policy is retired by a named
// approver (a backdated day refused with a sentence); an attestation is recorded for someone from a signed sheet
// with the sheet kept; staff on leave are shown but not counted.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Core } from '../../electron/core/core';
import { expect, saveScreenshot, test } from './fixtures';
import { MeetingPage } from './pages/meetings';
import { PolicyDetailPage } from './pages/policies';
import { ShellPage } from './pages/shell';

test.use({ viewport: { width: 1366, height: 850 } });
// Each test sets up its records through the core and walks a whole form: slower than the default on a busy machine.
test.describe.configure({ timeout: 90_000 });

const scannedSheet = { name: 'ward-4B-sheet.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% signed sheet\n%%EOF\n') };

/** The forms added here are not on the accessibility spec's screen list (a dialog, an open form): axe checks them here. */
async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, serious.join('\n')).toEqual([]);
}

/** A small organisation: one department, three doctors, one active policy assigned to the department. */
async function organisationWithPolicy(core: Core) {
  const cardiology = await core.call('departments.create', { code: 'CARD', name: 'Cardiology' });
  const role = await core.call('roles.create', { name: 'Attending Physician', kind: 'physician' });
  const person = (givenName: string, familyName: string) => core.call('staff.create', { givenName, familyName, degree: 'MD', roleId: role.id, departmentId: cardiology.id });
  const owner = await person('Amara', 'Quillmere');
  const approver = await person('Ben', 'Ashford');
  const onLeave = await person('Dara', 'Okonjo');
  await core.call('staff.update', { id: onLeave.id, patch: { status: 'leave' } });
  const policy = await core.call('policies.create', { reference: 'IC-001', title: 'Hand hygiene', category: 'Infection control', ownerId: owner.id, body: '# Hand hygiene\n\nClean hands.' });
  const v = await core.call('policies.submit', { versionId: policy.versions[0]!.id, approvers: [{ kind: 'person', staffId: approver.id }], effectiveOn: '2026-01-05' });
  await core.call('policies.decide', { stepId: v.approvals[0]!.id, decision: 'approved' });
  await core.call('policies.assign', { policyId: policy.id, targets: [{ kind: 'department', id: cardiology.id }] });
  return { policyId: policy.id, versionId: policy.versions[0]!.id, owner, approver };
}

test('first run asks who the director is, and every change is recorded in their name', async ({ page, chartroom }) => {
  await page.goto(chartroom.url);
  const identity = page.getByTestId('welcome-identity');
  await expect(identity.getByRole('heading', { name: 'First, who are you?' })).toBeVisible();
  await identity.getByLabel('Your name').fill('Dr Maya Chen');
  await identity.getByLabel('Your role').fill('   ');
  await identity.getByRole('button', { name: 'Save who I am' }).click();
  await expect(identity.getByText('Your role is required')).toBeVisible();
  expect((await chartroom.core.call('app.info', {})).director).toBeNull();
  await identity.getByLabel('Your role').fill('Chief Medical Officer');
  await saveScreenshot(page, 'who-decided-first-run');
  await expectNoSeriousViolations(page);
  await identity.getByRole('button', { name: 'Save who I am' }).click();
  await expect(identity.getByRole('heading', { name: 'Welcome, Dr Maya Chen' })).toBeVisible();
  await expect(identity).toContainText('recorded as Dr Maya Chen (Chief Medical Officer)');

  const { core } = chartroom;
  expect((await core.call('app.info', {})).director).toEqual({ name: 'Dr Maya Chen', role: 'Chief Medical Officer' });
  const department = await core.call('departments.create', { code: 'CARD', name: 'Cardiology' });
  const history = await core.call('history.forRecord', { entity: 'department', id: department.id });
  expect(history.every((h) => h.actor === 'Dr Maya Chen (Chief Medical Officer)')).toBe(true);

  await new ShellPage(page).go('Settings');
  await expect(page.getByText('Changes made on this laptop are recorded as')).toContainText('Dr Maya Chen (Chief Medical Officer)');
  await saveScreenshot(page, 'who-decided-settings');
});

test('retires a policy with a named approver and the e-mail kept, refusing a backdated day', async ({ page, chartroom }) => {
  const { core } = chartroom;
  await core.call('app.setDirector', { name: 'Dr Maya Chen', role: 'CMO' });
  const { policyId } = await organisationWithPolicy(core);
  const { today } = await core.call('credentials.expirations', { withinDays: 1 });
  const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

  await page.goto(`${chartroom.url}#/policies/${policyId}`);
  await page.getByRole('button', { name: 'Retire…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Retire IC-001' });
  await dialog.getByLabel('Retired from').fill(yesterday);
  await dialog.getByLabel('Reason').fill('Folded into IC-002');
  await dialog.getByRole('button', { name: 'Retire the policy' }).click();
  await expect(dialog.getByRole('alert').first()).toContainText('Choose the person who approved it.');

  await dialog.getByLabel('Approver').fill('Ashford');
  await dialog.getByRole('button', { name: /Ben Ashford/ }).click();
  await dialog.getByLabel('How it reached you').selectOption({ label: 'E-mail' });
  await dialog.locator('input[type="file"]').setInputFiles(scannedSheet);
  await dialog.getByRole('button', { name: 'Retire the policy' }).click();
  await expect(dialog.getByRole('alert').first()).toContainText(`was in force on ${yesterday}, and that cannot change afterwards`);
  expect((await core.call('policies.get', { id: policyId })).retiredOn).toBeNull();
  await saveScreenshot(page, 'who-decided-retire-refused');
  await expectNoSeriousViolations(page);

  await dialog.getByLabel('Retired from').fill(today);
  await dialog.getByRole('button', { name: 'Retire the policy' }).click();
  await expect(dialog).toHaveCount(0);
  const decision = page.getByTestId('retirement-decision');
  await expect(decision).toContainText('by Ben Ashford, MD (e-mail): Folded into IC-002');
  await expect(decision).toContainText('recorded by Dr Maya Chen (CMO)');
  await expect(decision.getByRole('button', { name: 'Open the evidence: ward-4B-sheet.pdf' })).toBeVisible();
  const stored = await core.call('policies.get', { id: policyId });
  expect(stored.retirements).toMatchObject([{ decidedOn: today, effectiveOn: today, approverName: 'Ben Ashford, MD', method: 'e-mail', evidence: { fileName: 'ward-4B-sheet.pdf' } }]);
  await page.getByRole('button', { name: 'Dismiss' }).first().click().catch(() => undefined);
  await saveScreenshot(page, 'who-decided-retired');
});

test('retires a policy by a motion written at the MEC: dated by the meeting, named for the committee', async ({ page, chartroom }) => {
  const { core } = chartroom;
  const { policyId } = await organisationWithPolicy(core);
  const { today } = await core.call('credentials.expirations', { withinDays: 1 });
  const mec = await core.call('committees.create', { name: 'Medical Executive Committee', kind: 'medical-executive' });
  for (const name of ['Dr Ada Ashcombe', 'Dr Ben Brambleton']) await core.call('committees.addMember', { committeeId: mec.id, name, role: 'member', voting: true });
  const members = (await core.call('committees.list', {})).find((c) => c.id === mec.id)!.members;
  // Met yesterday: a decision is recorded once its meeting has met, and dated by it.
  const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const meeting = await core.call('meetings.create', { committeeId: mec.id, title: 'MEC', startsAt: `${yesterday}T12:00:00Z`, timeZone: 'UTC' });
  await core.call('attendance.set', { meetingId: meeting.id, members: members.map((m) => ({ memberId: m.id, status: 'present' as const })) });

  const meetingPage = new MeetingPage(page);
  await page.goto(`${chartroom.url}#/meetings/${meeting.id}`);
  await meetingPage.open('Motions');
  await page.getByRole('button', { name: 'Record a motion' }).click();
  const dialog = meetingPage.motionDialog();
  await dialog.getByLabel('If carried, it also').selectOption({ label: 'Retires a policy' });
  await dialog.getByRole('button', { name: 'Record motion' }).click();
  await expect(dialog.getByText('Choose the policy this motion decides.')).toBeVisible();
  await dialog.getByLabel('Policy', { exact: true }).selectOption({ label: 'IC-001 — Hand hygiene' });
  await dialog.getByLabel('Motion', { exact: true }).fill('Retire IC-001: folded into IC-002');
  await meetingPage.voteEveryoneYes(dialog, 'Dr Ada Ashcombe', 'Dr Ben Brambleton');
  await saveScreenshot(page, 'motion-retires-policy');
  await expectNoSeriousViolations(page);
  await dialog.getByRole('button', { name: 'Record motion' }).click();
  await expect(dialog).toHaveCount(0);
  const stored = await core.call('policies.get', { id: policyId });
  expect(stored.retirements).toMatchObject([{ decidedOn: yesterday, effectiveOn: today, approverName: 'Medical Executive Committee', method: 'by-motion', reason: 'Retire IC-001: folded into IC-002' }]);
});

test('records an attestation for someone from a signed sheet with the sheet kept, and leaves staff on leave out', async ({ page, chartroom }) => {
  const { core } = chartroom;
  await core.call('app.setDirector', { name: 'Dr Maya Chen', role: 'CMO' });
  const { policyId } = await organisationWithPolicy(core);

  await page.goto(`${chartroom.url}#/policies/${policyId}`);
  const policyPage = new PolicyDetailPage(page);
  await expect(policyPage.compliance).toContainText('0 / 2');
  const onLeave = policyPage.readAndSign.getByRole('list', { name: 'On leave' });
  await expect(onLeave).toContainText('Dara Okonjo, MD');
  await expect(policyPage.readAndSign).toContainText('1 on leave, not counted');

  const row = policyPage.readAndSign.getByTestId('attestation-row').filter({ hasText: 'Ben Ashford' });
  await expect(row).toContainText('Due ');
  await row.getByRole('button', { name: /^Record attestation/ }).click();
  await row.getByLabel('How').selectOption({ label: 'Signed sheet' });
  await row.getByLabel('Evidence').setInputFiles(scannedSheet);
  await saveScreenshot(page, 'who-decided-attestation-form');
  await expectNoSeriousViolations(page);
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(policyPage.compliance).toContainText('1 / 2');

  await policyPage.readAndSign.getByRole('button', { name: /^Attested/ }).click();
  const attested = policyPage.readAndSign.getByRole('list', { name: 'Attested' }).getByTestId('attestation-row').filter({ hasText: 'Ben Ashford' });
  await expect(attested).toContainText('Signed sheet');
  await expect(attested).toContainText('Recorded by Dr Maya Chen (CMO)');
  await expect(attested.getByRole('button', { name: 'Open the evidence: ward-4B-sheet.pdf' })).toBeVisible();
  const rows = (await core.call('policies.attestations', { policyId })).rows;
  expect(rows.find((r) => r.staffName === 'Ben Ashford, MD')).toMatchObject({ method: 'signed-sheet', recordedBy: 'Dr Maya Chen (CMO)', evidence: { fileName: 'ward-4B-sheet.pdf' } });
  await saveScreenshot(page, 'who-decided-attested');
});
