// Removing an agenda item clears its action items' link to it, and each action item's history says so.
import { committeeWithMembers, meetingWithBusiness } from '../support/meeting-fixtures';
import { smallOrganisation } from '../support/staff-fixtures';
import { expect, test } from './fixtures';
import { MeetingPage } from './pages/meetings';
import { ShellPage } from './pages/shell';

test('an action item’s history shows its agenda link cleared when the agenda item is removed', async ({ page, chartroom }) => {
  const { core } = chartroom;
  await smallOrganisation(core);
  const december = await meetingWithBusiness(core, await committeeWithMembers(core), 'December MEC', '2026-12-08T15:30:00Z');

  const shell = new ShellPage(page);
  const meeting = new MeetingPage(page);
  await shell.open(`${chartroom.url}#/meetings/${december.meetingId}`);
  await expect(shell.pageTitle()).toHaveText('December MEC');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Remove Sepsis bundle audit' }).click();
  await expect(page.getByRole('button', { name: 'Remove Sepsis bundle audit' })).toHaveCount(0);

  await meeting.open('Action items');
  const row = page.getByTestId('action-item').filter({ hasText: 'Circulate the audit tool' });
  await row.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('row', { name: 'History of Circulate the audit tool' });
  await expect(history.getByRole('listitem').first()).toContainText('Agenda item');
  await expect(history.getByRole('listitem').first()).toContainText('Cleared (its agenda item was removed)');
  await expect(history).toContainText('Set to Circulate the audit tool');
  if (process.env.SCREENSHOT_TO) {
    await page.setViewportSize({ width: 1366, height: 850 });
    await page.screenshot({ path: process.env.SCREENSHOT_TO, fullPage: false });
  }
  await row.getByRole('button', { name: 'Hide history' }).click();
  await expect(history).toHaveCount(0);
});
