// A director's first morning with the medical staff: a credential form that refuses what it cannot keep (a date it
// cannot read, an issue date in the future, an empty form), practitioners added and edited on screen, an appointment
// ended with the record kept, and a role added on screen that a roster import then uses.
import fs from 'node:fs';
import { addDays } from '../../shared/domain/calendar-day';
import { expect, saveScreenshot, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './pages/axe';
import { ShellPage } from './pages/shell';
import { organisationWithoutStaff } from './pages/staff-organisation';
import { PractitionerPage, RosterImportPage, StaffSubnav } from './pages/staff-views';

test.use({ viewport: { width: 1366, height: 850 } });
// Several engineers share two cores: these walk whole screens and run axe, so they get more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

/** A date as a US user types it into a date field: the month, day and year segments, digits only. */
const typed = (iso: string) => `${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(0, 4)}`;


async function practitionerOnFile(core: Parameters<typeof organisationWithoutStaff>[0]) {
  await organisationWithoutStaff(core);
  const roles = await core.call('roles.list', {});
  const departments = await core.call('departments.list', {});
  return core.call('staff.create', {
    givenName: 'Amara', familyName: 'Quillmere', degree: 'MD', npi: '1234567893', roleId: roles.find((r) => r.name === 'Attending Physician')!.id,
    departmentId: departments.find((d) => d.code === 'CARD')!.id, appointmentCategory: 'active', appointmentStart: '2025-01-15',
  });
}

test('an empty credential form, an unreadable expiry and an issue date in the future are refused on their fields, nothing saved', async ({ page, chartroom }) => {
  const { core } = chartroom;
  const amara = await practitionerOnFile(core);
  const { today } = await core.call('credentials.expirations', { withinDays: 90, includeExpired: true });
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await page.goto(`${chartroom.origin}/#/staff/${amara.id}`);
  await expect(new PractitionerPage(page).name).toContainText('Amara Quillmere');

  // Defect 2: Add with nothing typed used to save a blank "State medical licence".
  await page.getByRole('button', { name: 'Add credential' }).click();
  const form = page.getByRole('form', { name: 'Add a credential' });
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form.getByRole('textbox', { name: 'Number' })).toHaveAccessibleDescription(/A number is required/);
  await expect(form.getByLabel('Expires')).toHaveAccessibleDescription(/An expiry date is required/);
  expect(await core.call('credentials.forStaff', { staffId: amara.id })).toEqual([]);

  // Defect 1: 30 February in Expires and an issue date in the future used to save as "No expiry", issued in the future.
  const issuedInFuture = addDays(today, 150);
  await form.getByRole('textbox', { name: 'Number' }).fill('TX-48213977');
  await form.getByLabel('Expires').pressSequentially('02302026');
  await form.getByLabel('Issued').pressSequentially(typed(issuedInFuture));
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form.getByLabel('Expires')).toHaveAccessibleDescription(/This date cannot be read: check that the day exists in that month/);
  await expect(form.getByLabel('Issued')).toHaveAccessibleDescription(new RegExp(`It cannot be issued in the future \\(${issuedInFuture} is after today`));
  await shell.dismissToasts();
  await saveScreenshot(page, 'staff-credential-form-errors');
  expect(await core.call('credentials.forStaff', { staffId: amara.id })).toEqual([]);

  // Corrected, it is kept, and it reaches Expirations.
  const expires = addDays(today, 20);
  await form.getByLabel('Expires').fill(expires);
  await form.getByLabel('Issued').fill(addDays(today, -700));
  await form.getByRole('button', { name: 'Add credential' }).click();
  await expect(form).toHaveCount(0);
  expect(await core.call('credentials.forStaff', { staffId: amara.id })).toMatchObject([{ type: 'state-license', expiresOn: expires, status: { state: 'expiring' } }]);
  await new StaffSubnav(page).go('Expirations');
  await expect(page.getByTestId('expiration-row').filter({ hasText: 'Quillmere' })).toHaveCount(1);
});

test('add a practitioner on screen, every problem shown at once, then edit their details', async ({ page, chartroom }) => {
  const { core } = chartroom;
  await practitionerOnFile(core);
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await shell.go('Staff & Credentials');
  await page.getByRole('button', { name: 'Add practitioner' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a practitioner' });
  await dialog.getByLabel('NPI').fill('1234567890');
  await dialog.getByLabel('Email').fill('ben@harbourview');
  await page.getByRole('button', { name: 'Add practitioner', exact: true }).last().click();
  for (const [label, message] of [
    ['Given name', 'Given name is required'],
    ['Family name', 'Family name is required'],
    ['Role', 'Role is required'],
    ['Department', 'Department is required'],
    ['NPI', /check digit/],
    ['Email', 'That email address is not valid'],
  ] as const) {
    await expect(dialog.getByLabel(label, { exact: true })).toHaveAccessibleDescription(typeof message === 'string' ? new RegExp(`^${message}`) : message);
  }
  await saveScreenshot(page, 'staff-add-practitioner-errors');
  await expectNoSeriousAxeViolations(page);
  expect((await core.call('staff.list', {})).total).toBe(1);

  await dialog.getByLabel('Given name').fill('Ben');
  await dialog.getByLabel('Family name').fill('Ashford');
  await dialog.getByLabel('Degree').fill('DO');
  await dialog.getByLabel('Role', { exact: true }).selectOption({ label: 'Attending Physician' });
  await dialog.getByLabel('Department').selectOption({ label: 'Emergency Medicine' });
  await dialog.getByLabel('NPI').fill('1245319599');
  await dialog.getByLabel('Email').fill('ben.ashford@harbourview.example');
  await dialog.getByLabel('Appointment category').selectOption({ label: 'Provisional' });
  await dialog.getByLabel('Appointed').fill('2026-01-05');
  await page.getByRole('button', { name: 'Add practitioner', exact: true }).last().click();
  const profile = new PractitionerPage(page);
  await expect(profile.name).toContainText('Ben Ashford');
  await expect(page).toHaveURL(/#\/staff\/[A-Za-z0-9_-]+$/);

  await page.getByRole('button', { name: 'Edit details' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Ben Ashford' });
  await expect(edit.getByLabel('NPI')).toHaveValue('1245319599');
  await edit.getByLabel('Specialty').fill('Emergency Medicine');
  await edit.getByLabel('Appointment term ends').fill('2025-12-31');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(edit.getByLabel('Appointment term ends')).toHaveAccessibleDescription(/Ends before it starts|ends before it starts/);
  await edit.getByLabel('Appointment term ends').fill('');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(edit).toHaveCount(0);
  await expect(page.locator('.profile__subtitle')).toContainText('Emergency Medicine · Attending Physician · Emergency Medicine');
  const ben = (await core.call('staff.list', { search: 'Ashford' })).rows[0]!;
  expect(ben).toMatchObject({ specialty: 'Emergency Medicine', appointmentCategory: 'provisional', appointmentStart: '2026-01-05', appointmentEnd: null, email: 'ben.ashford@harbourview.example' });
  await saveScreenshot(page, 'staff-practitioner-added');
});

test('end an appointment: the practitioner leaves the active lists, the record and its history stay', async ({ page, chartroom }) => {
  const { core } = chartroom;
  const amara = await practitionerOnFile(core);
  const { today } = await core.call('credentials.expirations', { withinDays: 90, includeExpired: true });
  await core.call('credentials.create', { staffId: amara.id, type: 'state-license', number: 'TX-48213977', jurisdiction: 'TX', issuedOn: '2025-01-01', expiresOn: addDays(today, 12) });
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await page.goto(`${chartroom.origin}/#/staff/${amara.id}`);
  await page.getByRole('button', { name: 'End appointment' }).click();
  const dialog = page.getByRole('dialog', { name: 'End Amara Quillmere’s appointment' });
  await expect(dialog.getByLabel('Ended on')).toHaveValue(today);
  await page.getByRole('button', { name: 'End appointment' }).last().click();
  await expect(dialog.getByLabel('Reason')).toHaveAccessibleDescription(/^Reason is required/);
  await dialog.getByLabel('Reason').fill('Resigned: moved to another state');
  await saveScreenshot(page, 'staff-end-appointment');
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'End appointment' }).last().click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('note').filter({ hasText: 'Appointment ended on' })).toContainText('Resigned: moved to another state');
  await expect(page.getByRole('button', { name: 'End appointment' })).toHaveCount(0);
  await shell.dismissToasts();
  await saveScreenshot(page, 'staff-appointment-ended');

  // Gone from the active lists; the record, its credential and history stay.
  expect((await core.call('credentials.expirations', { withinDays: 90, includeExpired: true })).rows).toEqual([]);
  expect((await core.call('staff.list', { status: 'active' })).total).toBe(0);
  await new StaffSubnav(page).go('Expirations');
  await expect(page.getByTestId('expiration-row')).toHaveCount(0);
  expect(await core.call('credentials.forStaff', { staffId: amara.id })).toHaveLength(1);
  const history = await core.call('history.forRecord', { entity: 'staff', id: amara.id });
  expect(history.find((h) => h.field === 'appointmentEndReason')).toMatchObject({ newValue: 'Resigned: moved to another state' });
});

test('add a "Hospitalist" role on screen, then import a roster that uses it; a role in use is not deleted', async ({ page, chartroom }, testInfo) => {
  const { core } = chartroom;
  await practitionerOnFile(core);
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await shell.go('Staff & Credentials');
  const subnav = new StaffSubnav(page);

  const csv = 'First Name,Last Name,Degree,NPI,Role,Department\nHiro,Galeton,MD,1245319599,Hospitalist,Hospital Medicine\n';
  fs.mkdirSync(testInfo.outputDir, { recursive: true });
  const file = `${testInfo.outputDir}/hospitalists.csv`;
  fs.writeFileSync(file, csv);
  const importer = new RosterImportPage(page);
  await subnav.go('Import');
  await importer.fileInput.setInputFiles(file);
  await expect(importer.problemTable('Rows with problems').getByRole('row', { name: /^Line 2 / })).toContainText(`Role "Hospitalist" is not one of this hospital's roles`);

  await subnav.go('Organisation');
  const roles = page.getByRole('form', { name: 'Add a role' });
  await roles.getByRole('button', { name: 'Add role' }).click();
  await expect(roles.getByLabel('Name')).toHaveAccessibleDescription(/^Name is required/);
  await roles.getByLabel('Name').fill('Hospitalist');
  await roles.getByRole('button', { name: 'Add role' }).click();
  await expect(page.getByRole('table', { name: 'Roles' }).getByRole('row', { name: /Hospitalist/ })).toBeVisible();
  await expect(roles.getByLabel('Name')).toHaveValue('');
  const departments = page.getByRole('form', { name: 'Add a department' });
  await departments.getByLabel('Code').fill('hosp');
  await departments.getByLabel('Name').fill('Hospital Medicine');
  await departments.getByRole('button', { name: 'Add department' }).click();
  await expect(page.getByRole('table', { name: 'Departments' }).getByRole('row', { name: /HOSP/ })).toBeVisible();

  // Renamed on screen; retiring keeps it on the staff who have it.
  await page.getByRole('button', { name: 'Rename Cardiology' }).click();
  await page.getByRole('form', { name: 'Rename Cardiology' }).getByLabel('Name').fill('Cardiovascular Medicine');
  await page.getByRole('form', { name: 'Rename Cardiology' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('table', { name: 'Departments' })).toContainText('Cardiovascular Medicine');
  await page.getByRole('button', { name: 'Retire Nurse Practitioner' }).click();
  await expect(page.getByRole('table', { name: 'Roles' }).getByRole('row', { name: /Nurse Practitioner/ })).toContainText('Retired');
  // In use: no Delete offered, and the core refuses it with a sentence.
  await expect(page.getByRole('button', { name: 'Delete Attending Physician' })).toHaveCount(0);
  expect(await core.dispatch('roles.remove', { id: (await core.call('roles.list', {})).find((r) => r.name === 'Attending Physician')!.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  await shell.dismissToasts();
  await saveScreenshot(page, 'staff-organisation');
  await expectNoSeriousAxeViolations(page);

  await subnav.go('Import');
  await importer.fileInput.setInputFiles(file);
  await expect(importer.counts).toHaveText('Will create 1, update 0; no rows have problems.');
  await importer.importButton.click();
  await expect(importer.reportValue('created')).toHaveText('1');
  expect((await core.call('staff.list', { search: 'Galeton' })).rows[0]).toMatchObject({ roleName: 'Hospitalist', departmentName: 'Hospital Medicine' });
});
