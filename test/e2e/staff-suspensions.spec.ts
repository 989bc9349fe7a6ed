// Suspensions from end to end: a lapsed licence in the state of practice is listed as a lapse to record (one from
// another state is not), the suspension is recorded from it, its notice recorded, and once the licence is renewed
// the practitioner is reinstated; each step looked at as a screenshot.
import { parseISO } from 'date-fns';
import { addDays } from '../../shared/domain/calendar-day';
import { expect, saveScreenshot, test } from './fixtures';
import { ShellPage } from './pages/shell';
import { organisationWithoutStaff } from './pages/staff-organisation';
import { PractitionerPage, StaffSubnav } from './pages/staff-views';

test.use({ viewport: { width: 1366, height: 850 } });

const day = (iso: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(parseISO(iso));

test('a lapsed licence is listed, its suspension recorded, noticed and reinstated once renewed', async ({ page, chartroom }) => {
  test.setTimeout(90_000);
  const { core } = chartroom;
  await organisationWithoutStaff(core);
  await core.call('settings.update', { practiceStates: ['WA'] });
  const [department] = await core.call('departments.list', {});
  const [role] = (await core.call('roles.list', {})).filter((r) => r.kind === 'advanced-practice');
  const vashti = await core.call('staff.create', { givenName: 'Corinne', familyName: 'Vashti', degree: 'NP', roleId: role!.id, departmentId: department!.id });
  const { today } = await core.call('credentials.expirations', {});
  const licence = await core.call('credentials.create', { staffId: vashti.id, type: 'state-license', number: 'WA-77420019', jurisdiction: 'WA', issuedOn: '2024-01-01', expiresOn: addDays(today, -5) });
  // Licensed in Oregon too, and let that one lapse: it suspends nothing in Washington.
  await core.call('credentials.create', { staffId: vashti.id, type: 'state-license', number: 'OR-1100', jurisdiction: 'OR', issuedOn: '2024-01-01', expiresOn: addDays(today, -20) });

  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await shell.go('Staff & Credentials');
  await new StaffSubnav(page).go('Suspensions');
  await expect(page).toHaveURL(/#\/staff\/suspensions$/);
  const lapses = page.getByTestId('unrecorded-lapse');
  await expect(lapses).toHaveCount(1);
  await expect(lapses.first()).toContainText('Corinne Vashti');
  await expect(lapses.first()).toContainText('State medical licence — WA');
  await expect(lapses.first()).toContainText(`since ${day(addDays(today, -4))}`);
  await shell.dismissToasts();
  await saveScreenshot(page, 'staff-suspensions-lapses');

  // Record it: the dialog is prefilled from the lapse (all privileges, from the day after expiry).
  await lapses.first().getByRole('button', { name: 'Record suspension' }).click();
  const record = page.getByRole('dialog', { name: 'Record the suspension: Corinne Vashti' });
  await expect(record.getByLabel('Suspends')).toHaveValue('all-privileges');
  await expect(record.getByLabel('Started on')).toHaveValue(addDays(today, -4));
  // Bad input first: a notice dated before the suspension started is refused beside its field, nothing written.
  await record.getByLabel('Notice sent on').fill(addDays(today, -6));
  await record.getByRole('button', { name: 'Record suspension' }).click();
  await expect(record.getByText(/The notice .* is dated before the suspension started/)).toBeVisible();
  await saveScreenshot(page, 'staff-suspensions-record-refused');
  expect(await core.call('suspensions.forStaff', { staffId: vashti.id })).toEqual([]);
  await record.getByLabel('Notice sent on').fill('');
  await record.getByRole('button', { name: 'Record suspension' }).click();
  await expect(record).toHaveCount(0);
  await expect(lapses).toHaveCount(0);
  const card = page.getByTestId('suspension-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('No notice recorded');
  await expect(card.getByRole('button', { name: 'Reinstate' })).toBeDisabled();
  await shell.dismissToasts();
  await saveScreenshot(page, 'staff-suspensions-recorded');

  // The notice, sent today.
  await card.getByRole('button', { name: 'Record notice' }).click();
  const notice = page.getByRole('dialog', { name: 'Record notice: Corinne Vashti' });
  await expect(notice.getByLabel('Notice sent on')).toHaveValue(today);
  await notice.getByRole('button', { name: 'Record notice' }).click();
  await expect(notice).toHaveCount(0);
  await expect(card).toContainText(`Notice sent${day(today)}`);
  await expect(card).not.toContainText('No notice recorded');

  // The licence is renewed; on the practitioner's Suspensions tab the reinstatement is now open.
  await core.call('credentials.update', { id: licence.id, patch: { expiresOn: addDays(today, 700), issuedOn: today } });
  await card.getByRole('link', { name: 'Corinne Vashti' }).click();
  const practitioner = new PractitionerPage(page);
  await expect(practitioner.name).toContainText('Corinne Vashti');
  await expect(page.getByRole('note').filter({ hasText: 'All privileges are suspended' })).toBeVisible();
  await practitioner.tab('Suspensions').click();
  const onTab = page.getByTestId('suspension-card');
  await expect(onTab.getByRole('button', { name: 'Reinstate' })).toBeEnabled();
  await shell.dismissToasts();
  await saveScreenshot(page, 'staff-suspensions-practitioner');
  await onTab.getByRole('button', { name: 'Reinstate' }).click();
  const reinstate = page.getByRole('dialog', { name: 'Reinstate: Corinne Vashti' });
  await expect(reinstate).toContainText('The lapse is resolved');
  await reinstate.getByRole('button', { name: 'Reinstate' }).click();
  await expect(reinstate).toHaveCount(0);
  await expect(onTab).toContainText(`Reinstated ${day(today)}`);
  await expect(page.getByText('All privileges are suspended')).toHaveCount(0);
  await shell.dismissToasts();
  await saveScreenshot(page, 'staff-suspensions-reinstated');
  const [stored] = await core.call('suspensions.forStaff', { staffId: vashti.id });
  expect(stored).toMatchObject({ credentialId: licence.id, scope: 'all-privileges', startedOn: addDays(today, -4), noticeSentOn: today, reinstatedOn: today, active: false });
});
