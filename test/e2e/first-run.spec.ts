// First run: open the sample hospital from the welcome, see the counts, then browse, search and sort the staff list.
import { expect, saveScreenshot, test } from './fixtures';
import { DashboardPage } from './pages/dashboard';
import { SettingsPage } from './pages/settings';
import { ShellPage } from './pages/shell';
import { StaffPage } from './pages/staff';

test('"Open the sample hospital" fills the dashboard and the staff list, and search narrows it', async ({ page, chartroom }) => {
  const shell = new ShellPage(page);
  const dashboard = new DashboardPage(page);
  await shell.open(chartroom.url);

  await expect(dashboard.welcomeHeading).toBeVisible();
  await expect(dashboard.emptyDatabaseChoice).toBeVisible();
  await saveScreenshot(page, 'first-run-welcome', { readme: true });

  await dashboard.openSampleButton.click();
  await expect(shell.pageTitle()).toHaveText('Dashboard', { timeout: 20_000 });

  const stored = await chartroom.core.call('app.stats', {});
  await expect(dashboard.countCard('staff')).toContainText((stored['staff'] ?? 0).toLocaleString('en-US'));
  expect(await dashboard.count('staff')).toBe(stored['staff']);
  expect(await dashboard.count('departments')).toBe(stored['departments']);
  expect(await dashboard.count('roles')).toBe(stored['roles']);
  expect(stored['staff']).toBeGreaterThan(0);

  const info = await chartroom.core.call('app.info', {});
  await expect(shell.organisationName).toHaveText(info.organisationName);
  await shell.dismissToasts();
  await saveScreenshot(page, 'dashboard-sample-hospital', { readme: true });

  const staff = new StaffPage(page);
  await shell.go('Staff & Credentials');
  await expect(staff.rows.first()).toBeVisible();
  await expect(staff.summary).toHaveText(`${(stored['staff'] ?? 0).toLocaleString('en-US')} people`);
  // The roster is virtualized: only the rows in view, and a few either side, are in the page.
  const inPage = await staff.rows.count();
  expect(inPage).toBeGreaterThan(5);
  expect(inPage).toBeLessThan(stored['staff'] ?? 0);
  await saveScreenshot(page, 'staff-list', { readme: true });

  // Search for one real family name: every row left must carry it.
  const someone = (await chartroom.core.call('staff.list', { limit: 1, offset: 7 })).rows[0]!;
  await staff.search.fill(someone.familyName);
  await expect(staff.summary).toContainText('match');
  const matching = await chartroom.core.call('staff.list', { search: someone.familyName, limit: 1 });
  await expect.poll(() => staff.total()).toBe(matching.total);
  expect(matching.total).toBeLessThan(stored['staff'] ?? 0);
  const names = await staff.rows.locator('td:first-child').allInnerTexts();
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name.toLowerCase()).toContain(someone.familyName.toLowerCase());

  // A word matches department and specialty too: "cardio" finds Cardiology's staff and cardiologists elsewhere.
  await staff.search.fill('cardio');
  const cardio = await chartroom.core.call('staff.list', { search: 'cardio', limit: 1 });
  await expect.poll(() => staff.total()).toBe(cardio.total);
  for (const row of await staff.rows.allInnerTexts()) expect(row).toMatch(/cardio/i);
  await saveScreenshot(page, 'staff-search', { readme: true });

  // A department filter narrows to that department only.
  await staff.search.fill('');
  await staff.department.selectOption({ label: someone.departmentName });
  // The summary already says "match" from the search before: wait for the department's own rows instead.
  await expect.poll(async () => [...new Set(await staff.rows.locator('td:nth-child(3)').allInnerTexts())]).toEqual([someone.departmentName]);

  // Sorting by name descending puts the last family name first.
  await staff.department.selectOption({ label: 'All departments' });
  await staff.sortBy('Name');
  await expect(staff.columnHeader('Name')).toHaveAttribute('aria-sort', 'descending');
  const last = (await chartroom.core.call('staff.list', { sort: 'name', direction: 'desc', limit: 1 })).rows[0]!;
  await expect(staff.cell(0, 0)).toContainText(`${last.familyName}, ${last.givenName}`);
});

test('the staff screen on an empty database points to the sample hospital', async ({ page, chartroom }) => {
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await shell.go('Staff & Credentials');
  await expect(shell.heading('No staff yet')).toBeVisible();
  await page.getByRole('button', { name: 'Open the sample hospital from the Dashboard' }).click();
  await expect(new DashboardPage(page).welcomeHeading).toBeVisible();
});

test('a refused call shows the core’s sentence in a toast, never a stack trace', async ({ page, chartroom }) => {
  const shell = new ShellPage(page);
  const dashboard = new DashboardPage(page);
  await shell.open(chartroom.url);
  await expect(dashboard.openSampleButton).toBeVisible();

  // Someone else filled the database after this window opened: the core answers CONFLICT.
  await chartroom.core.call('app.seedSample', { staff: 10 });
  await dashboard.openSampleButton.click();

  const toast = shell.toast();
  await expect(toast).toContainText('The sample hospital could not be opened');
  await expect(toast).toHaveAttribute('role', 'alert');
  const text = await toast.innerText();
  expect(text).not.toMatch(/\bat \S+:\d+|Error:|ClientError/);
  await saveScreenshot(page, 'error-toast');
});

test('saving the organisation’s name, as the welcome advises, keeps the welcome and its choices', async ({ page, chartroom }) => {
  const shell = new ShellPage(page);
  const dashboard = new DashboardPage(page);
  const settings = new SettingsPage(page);
  await shell.open(chartroom.url);
  await expect(dashboard.emptyDatabaseChoice).toBeVisible();

  await page.getByRole('button', { name: 'Go to Settings' }).click();
  await settings.organisationName.fill('Harbour View Community Hospital');
  await settings.save.click();
  await expect(shell.organisationName).toHaveText('Harbour View Community Hospital');

  await shell.go('Dashboard');
  await expect(dashboard.welcomeHeading).toBeVisible();
  await expect(dashboard.openSampleButton).toBeEnabled();
  await expect(dashboard.joinChoice).toBeVisible();
  await expect(dashboard.emptyDatabaseChoice).toBeVisible();
  // Still there after a restart of the window.
  await page.reload();
  await expect(dashboard.welcomeHeading).toBeVisible();

  // The sample hospital, chosen now, fills the database; then the welcome has done its work.
  await dashboard.openSampleButton.click();
  await expect(dashboard.countCard('staff')).toBeVisible({ timeout: 20_000 });
  await expect(dashboard.welcomeHeading).toBeHidden();
});
