// Defaults that come from the organisation: the sample hospital keeps Pacific time, so a new meeting starts in it; a
// committee approver is chosen from the committees that exist, never typed.
import { expect, saveScreenshot, test } from './fixtures';
import { MeetingsListPage } from './pages/meetings';

test.use({ viewport: { width: 1366, height: 850 } });

test('a new meeting at the sample hospital defaults to its zone, America/Los_Angeles', async ({ page, chartroom }) => {
  await chartroom.core.call('app.seedSample', {});
  await page.goto(`${chartroom.url}#/meetings`);
  const list = new MeetingsListPage(page);
  await list.scheduleButton.click();
  const dialog = page.getByRole('dialog', { name: 'Schedule a meeting' });
  await expect(dialog.getByLabel('Time zone')).toHaveValue('America/Los_Angeles');
  await saveScreenshot(page, 'meetings-schedule-zone');
});

test('a committee approver is picked from the committees', async ({ page, chartroom }) => {
  const { core } = chartroom;
  await core.call('app.seedSample', {});
  const committees = (await core.call('committees.list', {})).map((c) => c.name).sort();
  const draft = (await core.call('policies.list', { filter: 'drafts' })).rows[0]!;
  const policy = await core.call('policies.get', { id: draft.id });
  const version = policy.versions.find((v) => v.state === 'draft')!;
  await page.goto(`${chartroom.url}#/policies/${policy.id}/edit/${version.id}`);
  await page.getByRole('button', { name: 'Submit for approval' }).click();
  const dialog = page.getByRole('dialog', { name: /^Submit version/ });
  const picker = dialog.getByRole('combobox', { name: 'Add a committee' });
  await expect(picker.locator('option')).toHaveText(['Choose a committee…', ...committees]);
  await picker.selectOption({ label: 'Medical Executive Committee' });
  await dialog.getByRole('button', { name: 'Add committee' }).click();
  await expect(dialog.getByRole('list', { name: 'Approvers in order' })).toContainText('Medical Executive Committee');
  // Chosen once, it is no longer offered.
  await expect(picker.locator('option', { hasText: 'Medical Executive Committee' })).toHaveCount(0);
  await saveScreenshot(page, 'policies-submit-committee-picker');
});
