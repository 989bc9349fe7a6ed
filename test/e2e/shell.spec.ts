// The shell: every sidebar screen opens on an empty database and says what it is for; the status line names the database.
import path from 'node:path';
import { expect, saveScreenshot, test } from './fixtures';
import { ShellPage, type SidebarLabel } from './pages/shell';

/** The heading each screen shows on an empty database. */
const emptyHeadings: Record<SidebarLabel, string> = {
  Dashboard: 'Welcome to Chartroom',
  Policies: 'No policies yet',
  'Staff & Credentials': 'No staff yet',
  Meetings: 'No meetings yet',
  Planning: 'No measures yet',
  Training: 'No training requirements yet',
  Ethics: 'No ethics consultations yet',
  Settings: 'Organisation',
};

test('every sidebar screen opens and shows its empty state; the status line names the database', async ({ page, chartroom }) => {
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);

  const info = await chartroom.core.call('app.info', {});
  await expect(shell.statusLine).toContainText(info.databaseFile);
  await expect(shell.statusLine).toContainText(`Chartroom ${info.appVersion}`);
  await expect(shell.statusLine).toContainText(`Schema ${info.schemaVersion}`);
  await expect(shell.organisationName).toHaveText(info.organisationName);

  for (const [label, heading] of Object.entries(emptyHeadings) as [SidebarLabel, string][]) {
    await shell.go(label);
    await expect(shell.heading(heading)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#/[a-z]+$`));
    await saveScreenshot(page, `empty-${label.toLowerCase().replace(/[^a-z]+/g, '-')}`, { readme: label === 'Policies' });
  }
  expect(path.basename(info.databaseFile)).not.toBe('');
});

test('the bridge token leaves the address bar and the app keeps working', async ({ page, chartroom }) => {
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  expect(page.url()).not.toContain('token=');
  await shell.go('Meetings');
  await expect(shell.heading('No meetings yet')).toBeVisible();
});

test('the route survives a reload', async ({ page, chartroom }) => {
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await shell.go('Training');
  await expect(page).toHaveURL(/#\/training$/);

  await page.reload();
  await expect(shell.statusLine).toContainText(path.basename((await chartroom.core.call('app.info', {})).databaseFile));
  await expect(shell.link('Training')).toHaveAttribute('aria-current', 'page');
  await expect(shell.heading('No training requirements yet')).toBeVisible();

  // Back goes to the previous screen, because the route is the address's hash.
  await shell.go('Ethics');
  await page.goBack();
  await expect(shell.link('Training')).toHaveAttribute('aria-current', 'page');
});
