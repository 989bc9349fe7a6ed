// Exclusion screening on screen: an LEIE file with one true match (the NPI) and one near miss (same name, another date
// of birth) screens the roster; the queue holds the true one, confirmed with a note; a file with a missing column is
// refused in a sentence with nothing written; the practitioner shows the exclusion and records an NPDB query.
import { leieColumns } from '../../shared/domain/exclusion-screening';
import { leieFile } from '../support/leie-file';
import { expect, saveScreenshot, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './pages/axe';
import { ShellPage } from './pages/shell';
import { organisationWithoutStaff } from './pages/staff-organisation';

test.use({ viewport: { width: 1366, height: 850 } });
test.describe.configure({ timeout: 120_000 });

test('an LEIE import with one true match and one near miss, the queue, a confirmed exclusion and an NPDB query', async ({ page, chartroom }) => {
  const { core } = chartroom;
  await organisationWithoutStaff(core);
  const roles = await core.call('roles.list', {});
  const departments = await core.call('departments.list', {});
  const placed = { roleId: roles.find((r) => r.name === 'Attending Physician')!.id, departmentId: departments.find((d) => d.code === 'CARD')!.id };
  const amara = await core.call('staff.create', { givenName: 'Amara', familyName: 'Quillmere', degree: 'MD', npi: '1234567893', appointmentCategory: 'active', appointmentStart: '2025-01-15', ...placed });
  await core.call('staff.create', { givenName: 'Ben', familyName: 'Ashford', degree: 'DO', dateOfBirth: '1971-04-02', appointmentCategory: 'active', appointmentStart: '2024-06-01', ...placed });

  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await page.goto(`${chartroom.origin}/#/staff/screening`);
  await expect(shell.pageTitle()).toHaveText('Exclusion screening');
  await expect(page.getByTestId('last-screening')).toHaveText('No list has been screened yet.');

  // A file without its DOB column is refused in a sentence naming it; nothing is written.
  const files = page.getByLabel('Exclusion list CSV file');
  const before = await core.call('screening.list', {});
  await files.setInputFiles({ name: 'UPDATED.csv', mimeType: 'text/csv', buffer: Buffer.from(leieFile(30, [], leieColumns.filter((c) => c !== 'DOB'))) });
  await expect(page.getByTestId('screening-problem')).toContainText('This is not the OIG LEIE file as published: it has no DOB column.');
  expect(await core.call('screening.list', {})).toEqual(before);
  await saveScreenshot(page, 'staff-screening-refused');

  const planted = [
    { LASTNAME: 'QUILLMERE', FIRSTNAME: 'AMARA', NPI: '1234567893', DOB: '19680105', EXCLTYPE: '1128b4', EXCLDATE: '20240115', ADDRESS: '4100 W CEDAR ST', CITY: 'PORTLAND', STATE: 'OR', ZIP: '97229' },
    { LASTNAME: 'ASHFORD', FIRSTNAME: 'BEN', DOB: '19630812', EXCLTYPE: '1128a1', EXCLDATE: '20210305' },
  ];
  await files.setInputFiles({ name: 'UPDATED.csv', mimeType: 'text/csv', buffer: Buffer.from(leieFile(500, planted)) });
  const report = page.getByTestId('screening-report');
  await expect(report).toContainText('New possible matches1');
  await expect(report).toContainText('Near misses set aside1');
  await expect(report).toContainText('Listed rows read502');
  const rows = page.getByTestId('exclusion-match-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Amara Quillmere, MD');
  await expect(rows.first()).toContainText('Same NPI');
  await expect(rows.first()).not.toContainText('Ashford');
  await rows.first().scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'staff-screening-queue');
  await expectNoSeriousAxeViolations(page);

  // A decision needs a note; confirmed, the match leaves the queue and shows under confirmed exclusions.
  await rows.first().getByRole('button', { name: 'Confirm exclusion' }).click();
  await expect(rows.first().getByRole('textbox')).toHaveAccessibleDescription(/Say how it was decided/);
  await rows.first().getByRole('textbox').fill('NPI and address match the OIG record; verified on exclusions.oig.hhs.gov');
  await rows.first().getByRole('button', { name: 'Confirm exclusion' }).click();
  await expect(page.getByText('No possible matches wait for a decision.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Show', exact: true }).selectOption('confirmed');
  await expect(page).toHaveURL(/#\/staff\/screening\?show=confirmed$/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Excluded');
  await saveScreenshot(page, 'staff-screening-confirmed');
  expect(await core.call('screening.matches', { status: 'confirmed' })).toMatchObject([{ staffId: amara.id, decidedBy: expect.any(String), note: expect.stringContaining('verified') }]);

  // The practitioner shows it, with the last screening and the NPDB query recorded on their tab.
  await rows.first().getByRole('link', { name: 'Amara Quillmere, MD' }).click();
  await expect(page.getByTestId('excluded-alert')).toBeVisible();
  await page.getByRole('tab', { name: /NPDB & exclusions/ }).click();
  await expect(page.getByTestId('npdb-standing')).toContainText('Never queried');
  await expect(page.getByTestId('practitioner-match-row')).toContainText('Excluded');
  const form = page.getByRole('form', { name: 'Record an NPDB query' });
  const { today } = await core.call('dashboard.attention', {});
  await form.getByLabel('Queried on').pressSequentially(`${today.slice(5, 7)}${today.slice(8, 10)}${today.slice(0, 4)}`);
  await form.getByLabel('Note').fill('Initial query at appointment');
  await form.getByRole('button', { name: 'Record the query' }).click();
  await expect(page.getByTestId('npdb-query-row')).toHaveCount(1);
  await expect(page.getByTestId('npdb-standing')).toContainText('Current');
  await expect(form.getByLabel('Note')).toHaveValue('');
  await saveScreenshot(page, 'staff-practitioner-screening');

  // The NPDB due list: Ben was appointed and never queried, so he is due (overdue since his appointment).
  await page.getByRole('navigation', { name: 'Staff & Credentials views' }).getByRole('link', { name: 'NPDB' }).click();
  await expect(shell.pageTitle()).toHaveText('NPDB queries due');
  await expect(page.getByTestId('npdb-due-row')).toHaveCount(1);
  await expect(page.getByTestId('npdb-due-row')).toContainText('Ben Ashford, DO');
  await expectNoSeriousAxeViolations(page);
  await saveScreenshot(page, 'staff-npdb-due');
});
