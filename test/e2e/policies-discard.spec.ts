// Discarding the open draft of a new version from the policy page: the draft goes, the version in force stays.
import { smallOrganisation } from '../support/staff-fixtures';
import { expect, test } from './fixtures';

test('a draft of a new version can be discarded and the version in force is untouched', async ({ page, chartroom }) => {
  const { core } = chartroom;
  const org = await smallOrganisation(core);
  const chair = await core.call('staff.create', { givenName: 'Ben', familyName: 'Ashford', degree: 'MD', roleId: 'role-attending', departmentId: org.cardiology.id });
  const policy = await core.call('policies.create', { reference: 'IC-001', title: 'Hand hygiene', category: 'Infection control', ownerId: org.practitioner.id, body: 'Clean hands.' });
  const v1 = policy.versions[0]!.id;
  await core.call('policies.submit', { versionId: v1, approvers: [{ kind: 'person', staffId: chair.id }] });
  await core.call('policies.decide', { stepId: (await core.call('policies.version', { id: v1 })).approvals[0]!.id, decision: 'approved', comment: null });
  await core.call('policies.newVersion', { fromVersionId: v1, changeSummary: 'An idea we dropped' });

  await page.goto(`${chartroom.url}#/policies/${policy.id}`);
  await expect(page.getByRole('button', { name: 'Edit draft version 2' })).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Discard draft…' }).click();
  await expect(page.getByRole('button', { name: 'Start a new version' })).toBeVisible();
  const after = await core.call('policies.get', { id: policy.id });
  expect(after.versions.map((v) => [v.number, v.state])).toEqual([[1, 'active']]);
});
