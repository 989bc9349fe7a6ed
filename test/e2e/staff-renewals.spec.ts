// A renewal as a surveyor reads it: renew a verified licence on the practitioner's page, see the term it ended in the
// renewal history, find the new term in the verification queue with its reason, verify the new expiry there (a date in
// the future refused first) and see it leave; BLS cards never queue. And the accreditor's window in Settings.
import { addDays, todayIn } from '../../shared/domain/calendar-day';
import { roleEntity } from '../../electron/core/organisation/entities';
import { expect, saveScreenshot, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './pages/axe';
import { ShellPage } from './pages/shell';
import { PractitionerPage, StaffSubnav, VerificationQueuePage } from './pages/staff-views';

test('renew a licence, see its history, verify the new term from the queue and see it leave', async ({ page, chartroom }) => {
  test.setTimeout(90_000);
  const { core } = chartroom;
  const today = todayIn('UTC', new Date());
  const department = await core.call('departments.create', { code: 'MED', name: 'Internal Medicine' });
  core.context.store.insert(roleEntity, { name: 'Attending Physician', kind: 'physician' }, 'role-attending');
  const member = await core.call('staff.create', { givenName: 'Amara', familyName: 'Quillmere', degree: 'MD', roleId: 'role-attending', departmentId: department.id });
  const oldExpiry = addDays(today, 25);
  const licence = await core.call('credentials.create', {
    staffId: member.id, type: 'state-license', number: 'WA-60012345', issuer: 'Washington Medical Commission', jurisdiction: 'WA', issuedOn: addDays(today, -705), expiresOn: oldExpiry,
  });
  await core.call('verifications.record', {
    credentialId: licence.id, kind: 'initial', source: 'Washington Medical Commission provider lookup', verifiedOn: addDays(today, -700), verifier: 'M. Quillmere, CPMSM', method: 'online', result: 'verified',
  });
  // A BLS card, never verified at the source: it is not the queue's business.
  await core.call('credentials.create', { staffId: member.id, type: 'bls', issuer: 'American Heart Association', issuedOn: addDays(today, -100), expiresOn: addDays(today, 630) });
  expect((await core.call('verifications.needed', {})).total).toBe(0);

  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await page.evaluate((hash) => (window.location.hash = hash), `#/staff/${member.id}`);
  const profile = new PractitionerPage(page);
  await expect(profile.name).toHaveText('Amara Quillmere, MD');
  const card = profile.credential('State medical licence — WA');
  await expect(card).toContainText('Expires in 25 days');

  // Renew: a new expiry that does not run past the current one is refused beside the field; then the real one.
  await card.getByRole('button', { name: 'Renew State medical licence — WA' }).click();
  const dialog = page.getByRole('dialog', { name: 'Renew: State medical licence — WA' });
  await expect(dialog.getByRole('textbox', { name: 'Issued' })).toHaveValue(addDays(today, -705));
  const newExpiry = addDays(today, 25 + 730);
  await dialog.getByRole('textbox', { name: 'New expiry' }).fill(addDays(today, 10));
  await dialog.getByRole('button', { name: 'Save renewal' }).click();
  await expect(dialog.getByRole('alert').first()).toContainText('A renewal runs past the current term');
  await dialog.getByRole('textbox', { name: 'New expiry' }).fill(newExpiry);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await saveScreenshot(page, 'staff-renew-dialog');
  await expectNoSeriousAxeViolations(page);
  await dialog.getByRole('button', { name: 'Save renewal' }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await core.call('credentials.forStaff', { staffId: member.id })).find((c) => c.id === licence.id)?.expiresOn).toBe(newExpiry);
  await expect(card).toContainText('Current');
  await shell.dismissToasts();

  // The term it ended stays readable, verified; the new one is not verified yet.
  await card.getByRole('button', { name: 'Verifications and renewals' }).click();
  const history = card.getByRole('list', { name: 'Earlier terms of State medical licence — WA' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').nth(0)).toContainText('Current term');
  await expect(history.getByRole('listitem').nth(0)).toContainText('Not verified');
  await expect(history.getByRole('listitem').nth(1)).toContainText('Verified');
  await expect(card.getByRole('list', { name: /Verifications of/ })).toContainText('— an earlier term');
  await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await saveScreenshot(page, 'staff-renewal-history');

  // The queue holds the renewed licence, with the reason; not the BLS card.
  const subnav = new StaffSubnav(page);
  await subnav.go('Verification');
  const queue = new VerificationQueuePage(page);
  await expect(queue.rows).toHaveCount(1);
  const row = queue.rowFor('Amara Quillmere', 'State medical licence');
  await expect(row).toContainText('Expiry moved past what was verified');
  await saveScreenshot(page, 'staff-verification-renewed');

  // Verify the new term: the form starts from the expiry on file; a date in the future is refused, nothing written.
  await row.getByRole('button', { name: /^Record verification/ }).click();
  const form = page.getByRole('form', { name: /^Record verification of State medical licence/ });
  await expect(form.getByRole('combobox', { name: 'Kind' })).toHaveValue('renewal');
  await expect(form.getByRole('textbox', { name: 'Confirmed expiry' })).toHaveValue(newExpiry);
  await form.getByRole('textbox', { name: 'Source' }).fill('Washington Medical Commission provider lookup');
  await form.getByRole('textbox', { name: 'Verifier' }).fill('R. Okafor, MSO');
  await form.getByRole('textbox', { name: 'Verified on' }).fill(addDays(today, 1));
  await form.getByRole('button', { name: 'Save verification' }).click();
  await expect(form.getByRole('alert').first()).toContainText('A verification cannot be dated in the future');
  expect(await core.call('verifications.forCredential', { credentialId: licence.id })).toHaveLength(1);
  await form.getByRole('textbox', { name: 'Verified on' }).fill(today);
  await form.getByRole('button', { name: 'Save verification' }).click();
  await expect(queue.rows).toHaveCount(0);
  await expect(queue.summary).toHaveText('0 credentials need verification.');
  expect((await core.call('verifications.forCredential', { credentialId: licence.id }))[0]).toMatchObject({ kind: 'renewal', confirmedExpiresOn: newExpiry, verifiedOn: today });
});

test('the accreditor sets the re-verification window in Settings; a window it cannot use is refused beside the field', async ({ page, chartroom }) => {
  test.setTimeout(90_000);
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await shell.go('Settings');
  const accreditor = page.getByRole('combobox', { name: 'Accreditor' });
  const save = page.getByRole('button', { name: 'Save medical staff rules' });
  await expect(accreditor).toHaveValue('joint-commission');
  await expect(page.locator('.field', { has: accreditor })).toContainText('more than 180 days old');

  await accreditor.selectOption({ label: 'NCQA — 120 days' });
  await expect(page.locator('.field', { has: accreditor })).toContainText('more than 120 days old');
  await save.click();
  await expect.poll(async () => (await chartroom.core.call('settings.get', {})).accreditor).toBe('ncqa');
  await expect(save).toBeDisabled();

  await accreditor.selectOption('other');
  const days = page.getByRole('textbox', { name: 'Re-verification window (days)' });
  await days.fill('10');
  await save.click();
  await expect(page.locator('.field', { has: days }).getByRole('alert')).toHaveText('The window is at least 30 days');
  expect((await chartroom.core.call('settings.get', {})).accreditor).toBe('ncqa');
  await days.fill('150');
  await save.click();
  await expect.poll(async () => chartroom.core.call('settings.get', {})).toMatchObject({ accreditor: 'other', otherReverificationDays: 150 });
  await expect(save).toBeDisabled();
  await shell.dismissToasts();
  await page.getByRole('form', { name: 'Medical staff rules' }).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await saveScreenshot(page, 'staff-settings-accreditor');
});
