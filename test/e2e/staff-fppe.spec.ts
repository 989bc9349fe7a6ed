// FPPE and OPPE on screen (issue 15, part E): a privilege granted opens its FPPE; the FPPE cannot be closed without
// a decision; "limit" shows on the privilege; the due list holds an OPPE 12 months after the last and a temporary
// privilege ending.
import { addDays, addMonths } from '../../shared/domain/calendar-day';
import { npiCheckDigit } from '../../shared/domain/npi';
import { expect, saveScreenshot, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './pages/axe';
import { ShellPage } from './pages/shell';
import { organisationWithoutStaff } from './pages/staff-organisation';
import { PractitionerPage } from './pages/staff-views';

test.use({ viewport: { width: 1366, height: 850 } });
test.describe.configure({ timeout: 120_000 });

/** A date as a US user types it into a date field: the month, day and year segments, digits only. */
const typed = (iso: string) => `${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(0, 4)}`;

async function practitioners(core: Parameters<typeof organisationWithoutStaff>[0]) {
  await organisationWithoutStaff(core);
  const roles = await core.call('roles.list', {});
  const departments = await core.call('departments.list', {});
  const person = (givenName: string, familyName: string, npi: string) =>
    core.call('staff.create', {
      givenName, familyName, degree: 'MD', npi, roleId: roles.find((r) => r.name === 'Attending Physician')!.id,
      departmentId: departments.find((d) => d.code === 'CARD')!.id, appointmentCategory: 'active', appointmentStart: '2025-01-15',
    });
  const npi = (firstNine: string) => `${firstNine}${npiCheckDigit(firstNine)}`;
  return { amara: await person('Amara', 'Quillmere', npi('123456789')), tomas: await person('Tomas', 'Okafor', npi('124531959')) };
}

test('a privilege granted opens its FPPE; closing it needs a decision; "limit" shows on the privilege', async ({ page, chartroom }) => {
  const { core } = chartroom;
  const { amara } = await practitioners(core);
  const { today } = await core.call('credentials.expirations', { withinDays: 90, includeExpired: true });
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await page.goto(`${chartroom.origin}/#/staff/${amara.id}`);
  const profile = new PractitionerPage(page);
  await expect(profile.name).toContainText('Amara Quillmere');

  await profile.tab('Privileges').click();
  await page.getByRole('button', { name: 'Grant privilege' }).click();
  const grant = page.getByRole('form', { name: 'Grant a privilege' });
  await grant.getByRole('textbox', { name: 'Privilege' }).fill('Moderate sedation');
  await grant.getByRole('textbox', { name: 'Conditions' }).fill('Proctored for the first 5 cases');
  await grant.getByRole('button', { name: 'Grant privilege' }).click();
  const row = page.getByTestId('privilege-row').filter({ hasText: 'Moderate sedation' });
  await expect(row).toContainText('Under FPPE');

  // The FPPE is there without anyone opening it: 90 days from today, due 30 days after.
  await profile.tab('FPPE & OPPE').click();
  const card = page.getByTestId('evaluation-card').filter({ hasText: 'For Moderate sedation' });
  await expect(card).toContainText(addDays(today, 120).slice(0, 4));
  await card.getByRole('button', { name: 'Record result or decide' }).click();
  const form = page.getByRole('form', { name: 'Record evaluation result' });
  await form.getByLabel('Completed').pressSequentially(typed(today));
  await form.getByRole('button', { name: 'Save evaluation' }).click();
  await expect(form.getByLabel('Decision')).toHaveAccessibleDescription(/Completing an FPPE needs a decision: confirm, extend or limit the privilege/);
  const [stillOpen] = await core.call('evaluations.forStaff', { staffId: amara.id });
  expect(stillOpen).toMatchObject({ completedOn: null, decision: null, outcome: 'pending' });

  await form.getByLabel('Decision').selectOption('limit');
  await form.getByRole('textbox', { name: 'The privilege’s conditions from now on' }).fill('ASA I–II patients only; proctored for 5 more cases');
  await shell.dismissToasts();
  await saveScreenshot(page, 'staff-fppe-decision');
  await expectNoSeriousAxeViolations(page);
  await form.getByRole('button', { name: 'Complete FPPE' }).click();
  await expect(form).toBeHidden();
  await expect(card).toContainText('Limited');
  await expect(card).toContainText('Limit the privilege: ASA I–II patients only; proctored for 5 more cases');
  await shell.dismissToasts();
  await saveScreenshot(page, 'staff-fppe-limited');

  await profile.tab('Privileges').click();
  await expect(row).toContainText('ASA I–II patients only; proctored for 5 more cases');
  await expect(row).not.toContainText('Under FPPE');
  await saveScreenshot(page, 'staff-privileges-limited');
  await expectNoSeriousAxeViolations(page);
});

test('the due list: an OPPE 12 months after the last is overdue the day after, a temporary privilege ends', async ({ page, chartroom }) => {
  const { core } = chartroom;
  const { tomas } = await practitioners(core);
  const { today } = await core.call('credentials.expirations', { withinDays: 90, includeExpired: true });
  const lastOppe = addMonths(addDays(today, -1), -12);
  const corePrivilege = await core.call('privileges.grant', { staffId: tomas.id, name: 'Core privileges — Cardiology', isCore: true, grantedOn: '2025-01-15' });
  const [fppe] = await core.call('evaluations.forStaff', { staffId: tomas.id });
  await core.call('evaluations.complete', { id: fppe!.id, decision: 'confirm', completedOn: '2025-04-20' });
  expect(fppe!.privilegeId).toBe(corePrivilege.id);
  await core.call('evaluations.create', { staffId: tomas.id, kind: 'oppe', periodStart: addMonths(lastOppe, -7), periodEnd: addMonths(lastOppe, -1), dueOn: lastOppe, outcome: 'satisfactory', completedOn: lastOppe });
  await core.call('privileges.grant', { staffId: tomas.id, name: 'Temporary privileges — Locum coverage', kind: 'temporary', grantedOn: addDays(today, -100), expiresOn: addDays(today, 12) });

  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await page.goto(`${chartroom.origin}/#/staff/evaluations`);
  await expect(shell.pageTitle()).toHaveText('Evaluations due');
  const overdue = page.getByRole('table', { name: 'Overdue' });
  await expect(overdue.getByTestId('evaluation-due-row')).toHaveCount(1);
  await expect(overdue.locator('[data-kind="oppe"]')).toContainText('Overdue by 1 day');
  await expect(overdue.locator('[data-kind="oppe"]')).toContainText('Not opened yet');
  const soon = page.getByRole('table', { name: 'Due in the next 30 days' });
  await expect(soon.locator('[data-kind="privilege-end"]')).toContainText('Temporary ends');
  await expect(soon.locator('[data-kind="privilege-end"]')).toContainText('Due in 12 days');
  await saveScreenshot(page, 'staff-evaluations-due-kinds');
});
