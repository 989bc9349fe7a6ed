// The sample hospital's medical staff: a practitioner's credentials, privileges and evaluations, the expirations board and
// the verification queue on realistic data, and the medical staff rules in Settings moving the reminder bands.
import { expect, saveScreenshot, test } from './fixtures';
import { ShellPage } from './pages/shell';
import { StaffPage } from './pages/staff';
import { ExpirationsPage, PractitionerPage, StaffSubnav, VerificationQueuePage } from './pages/staff-views';

test('a sample practitioner’s profile, the board and the queue on the sample hospital', async ({ page, chartroom }) => {
  test.setTimeout(180_000);
  const { core } = chartroom;
  await core.call('app.seedSample', { staff: 250 });
  const shell = new ShellPage(page);
  const subnav = new StaffSubnav(page);
  await shell.open(chartroom.url);
  await shell.go('Staff & Credentials');

  // The practitioner with the most privileges and evaluations on file makes the fullest profile.
  const { rows } = await core.call('staff.list', { limit: 250 });
  let chosen = rows[0]!;
  let best = -1;
  for (const row of rows.filter((r) => r.appointmentCategory)) {
    const [privileges, evaluations, credentials] = await Promise.all([
      core.call('privileges.forStaff', { staffId: row.id }),
      core.call('evaluations.forStaff', { staffId: row.id }),
      core.call('credentials.forStaff', { staffId: row.id }),
    ]);
    const score = privileges.length + evaluations.length * 2 + (credentials.some((c) => c.status.state === 'expiring') ? 3 : 0);
    if (score > best) (best = score), (chosen = row);
  }
  const staff = new StaffPage(page);
  await staff.search.fill(`${chosen.givenName} ${chosen.familyName}`);
  await staff.rows.filter({ hasText: `${chosen.familyName}, ${chosen.givenName}` }).first().getByRole('link').click();
  const profile = new PractitionerPage(page);
  await expect(profile.name).toContainText(`${chosen.givenName} ${chosen.familyName}`);
  await expect(page.getByTestId('credential-card').first()).toBeVisible();
  await saveScreenshot(page, 'staff-profile-credentials', { readme: true });

  // The tabs' content is what these pictures are about: the header scrolls out of the way.
  const tabsInView = () => page.getByRole('tablist', { name: 'Practitioner record' }).evaluate((tabs) => tabs.scrollIntoView({ block: 'start' }));
  await profile.tab('Privileges').click();
  await expect(page.getByRole('tab', { name: /^Privileges/ })).toHaveAttribute('aria-selected', 'true');
  await tabsInView();
  await saveScreenshot(page, 'staff-profile-privileges', { readme: true });
  await profile.tab('FPPE & OPPE').click();
  await tabsInView();
  await saveScreenshot(page, 'staff-profile-evaluations', { readme: true });
  await profile.tab('History').click();
  await tabsInView();
  await saveScreenshot(page, 'staff-profile-history');

  await subnav.go('Expirations');
  const board = new ExpirationsPage(page);
  const expected = await core.call('credentials.expirations', { withinDays: 90, includeExpired: true });
  await expect(board.rows).toHaveCount(expected.rows.length);
  await saveScreenshot(page, 'staff-expirations-sample', { readme: true });
  await board.window.selectOption('30 days');
  const within30 = await core.call('credentials.expirations', { withinDays: 30, includeExpired: true });
  await expect(board.rows).toHaveCount(within30.rows.length);

  await subnav.go('Verification');
  const queue = new VerificationQueuePage(page);
  const needed = await core.call('verifications.needed', { limit: 500 });
  await expect(queue.rows).toHaveCount(needed.rows.length);
  await saveScreenshot(page, 'staff-verification-sample');

  await subnav.go('Reappointments');
  await saveScreenshot(page, 'staff-reappointments-sample', { readme: true });
});

test('the medical staff rules in Settings: reminder days and the reappointment cycle, refused beside the field when wrong', async ({ page, chartroom }) => {
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await shell.go('Settings');
  const reminders = page.getByRole('textbox', { name: 'Credential reminders (days before expiry)' });
  const cycle = page.getByRole('combobox', { name: 'Reappointment cycle' });
  const save = page.getByRole('button', { name: 'Save medical staff rules' });
  await expect(reminders).toHaveValue('90, 60, 30, 7');
  await expect(cycle).toHaveValue('2');

  await reminders.fill('120, 60, 60');
  await save.click();
  await expect(page.locator('.field', { has: reminders }).getByRole('alert')).toHaveText('Each reminder day appears once');
  expect((await chartroom.core.call('settings.get', {})).credentialWarningDays).toEqual([90, 60, 30, 7]);
  await saveScreenshot(page, 'staff-settings-validation');

  await reminders.fill('120, 60, 14');
  await cycle.selectOption('3');
  await save.click();
  await expect(shell.toast()).toContainText('Medical staff rules saved');
  const saved = await chartroom.core.call('settings.get', {});
  expect(saved.credentialWarningDays).toEqual([120, 60, 14]);
  expect(saved.reappointmentCycleYears).toBe(3);
  await page.reload();
  await expect(reminders).toHaveValue('120, 60, 14');
  await expect(cycle).toHaveValue('3');
  await shell.dismissToasts();
  await saveScreenshot(page, 'staff-settings', { readme: true });
});
