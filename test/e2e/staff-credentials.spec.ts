// Credentials from end to end: import a roster (bad rows reported by line), import it again (no twins), read the expirations board by week,
// record a verification and see it leave the queue, export the board as .ics with numbers masked, and reveal a number on purpose.
import fs from 'node:fs';
import { parseISO } from 'date-fns';
import { addDays, weekStart } from '../../shared/domain/calendar-day';
import { expect, saveScreenshot, test } from './fixtures';
import { ShellPage } from './pages/shell';
import { StaffPage } from './pages/staff';
import { organisationWithoutStaff } from './pages/staff-organisation';
import { roster, writeRosterFile } from './pages/staff-roster-file';
import { ExpirationsPage, PractitionerPage, RosterImportPage, StaffSubnav, VerificationQueuePage } from './pages/staff-views';

// Dates show in the user's locale; the browser here runs in en-US (playwright.config.ts).
const day = (iso: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(parseISO(iso));

test('import a roster, read the expirations board, record a verification, export .ics and reveal a number', async ({ page, chartroom }, testInfo) => {
  test.setTimeout(90_000);
  const { core } = chartroom;
  await organisationWithoutStaff(core);
  const { today } = await core.call('credentials.expirations', { withinDays: 90, includeExpired: true });
  fs.mkdirSync(testInfo.outputDir, { recursive: true });
  const rosterFile = writeRosterFile(testInfo.outputDir, today);

  const shell = new ShellPage(page);
  const subnav = new StaffSubnav(page);
  const importer = new RosterImportPage(page);
  await shell.open(chartroom.url);
  await shell.go('Staff & Credentials');
  await expect(page.getByText('No practitioners yet')).toBeVisible();

  // Preview: the guessed mapping, the counts, and every bad row with its line and reason.
  await subnav.go('Import');
  await expect(page).toHaveURL(/#\/staff\/import$/);
  await importer.fileInput.setInputFiles(rosterFile);
  await expect(importer.counts).toHaveText('Will create 4, update 0; 4 rows have problems and will be left out.');
  await expect(importer.mappingFor('NPI')).toHaveValue('NPI');
  await expect(importer.mappingFor('Licence expires')).toHaveValue('License Expires');
  // "Primary Email" is not a header the guesser knows: the director maps it by hand, and the preview follows.
  await expect(importer.mappingFor('Email')).toHaveValue('');
  await importer.mappingFor('Email').selectOption('Primary Email');
  await expect(page.getByRole('table', { name: 'Column mapping' }).getByRole('row', { name: /^Email/ })).toContainText('amara.quillmere@harbourview.example');
  const previewProblems = importer.problemTable('Rows with problems');
  for (const bad of roster.bad) await expect(previewProblems.getByRole('row', { name: new RegExp(`^Line ${bad.line} `) })).toContainText(bad.reason);
  await expect(importer.sampleRows).toHaveCount(8);
  await shell.dismissToasts();
  await saveScreenshot(page, 'staff-import-preview', { readme: true });
  await previewProblems.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'staff-import-problems', { readme: true });

  // Import: the good rows in, the bad rows listed by line with their reasons.
  await importer.importButton.click();
  await expect(importer.reportValue('created')).toHaveText('4');
  await expect(importer.reportValue('updated')).toHaveText('0');
  await expect(importer.reportValue('unchanged')).toHaveText('0');
  await expect(importer.reportValue('problems')).toHaveText('4');
  const reportProblems = importer.problemTable('Rows not imported');
  for (const bad of roster.bad) await expect(reportProblems.getByRole('row', { name: new RegExp(`^Line ${bad.line} `) })).toContainText(bad.reason);
  await shell.dismissToasts();
  await saveScreenshot(page, 'staff-import-report', { readme: true });
  await reportProblems.scrollIntoViewIfNeeded();
  const afterFirst = await core.call('staff.list', { limit: 100 });
  expect(afterFirst.total).toBe(4);
  expect(afterFirst.rows.find((r) => r.npi === roster.good[0].npi)?.email).toBe('amara.quillmere@harbourview.example');

  // The same file again: matched on NPI, so it updates (here: changes nothing) instead of adding twins.
  await page.getByRole('button', { name: 'Import another file' }).click();
  await importer.fileInput.setInputFiles(rosterFile);
  await expect(importer.counts).toHaveText('Will create 0, update 4; 4 rows have problems and will be left out.');
  await importer.importButton.click();
  await expect(importer.reportValue('created')).toHaveText('0');
  await expect(importer.reportValue('unchanged')).toHaveText('4');
  await expect(importer.reportValue('credentials')).toHaveText('0');
  expect((await core.call('staff.list', { limit: 100 })).total).toBe(4);
  expect((await core.call('app.stats', {}))['credentials']).toBe((await Promise.all(afterFirst.rows.map((r) => core.call('credentials.forStaff', { staffId: r.id })))).flat().length);

  // The roster shows where each practitioner stands, in words.
  await subnav.go('Roster');
  const staff = new StaffPage(page);
  await expect(staff.summary).toHaveText('4 people');
  await expect(staff.row('Vashti')).toContainText('Privileges suspended');
  await expect(staff.row('Quillmere')).toContainText('Expires in 10 days');
  await shell.dismissToasts();
  await saveScreenshot(page, 'staff-roster-imported');

  // The expirations board: lapsed first, then one group per week, as the shared weekStart groups them.
  await subnav.go('Expirations');
  const board = new ExpirationsPage(page);
  const expected = await core.call('credentials.expirations', { withinDays: 90, includeExpired: true });
  expect(expected.rows).toHaveLength(7);
  await expect(board.rows).toHaveCount(expected.rows.length);
  const weeks = [...new Set(expected.rows.filter((r) => r.status.state !== 'expired').map((r) => weekStart(r.expiresOn!)))].sort();
  expect(await board.groupTitles()).toEqual(['Expired', ...weeks.map((w) => `Week of ${day(w)}`)]);
  const expiredGroup = board.group('Expired');
  await expect(expiredGroup.getByTestId('expiration-row')).toHaveCount(2);
  await expect(expiredGroup.getByRole('row', { name: /Corinne Vashti/ })).toContainText('Lapsed — privileges suspended 5 days ago');
  await expect(expiredGroup.getByRole('row', { name: /Bastian Ferrowood/ })).toContainText('Expired 3 days ago');
  const licenceWeek = board.group(`Week of ${day(weekStart(addDays(today, 10)))}`);
  await expect(licenceWeek.getByRole('row', { name: /Amara Quillmere/ }).first()).toContainText('•••••••3977');
  await expect(page.getByText('TX-48213977')).toHaveCount(0);
  await saveScreenshot(page, 'staff-expirations', { readme: true });

  // Open a practitioner from the board and record a verification of her licence (a blank source is refused beside the field).
  await board.rows.filter({ hasText: 'State medical licence' }).getByRole('link', { name: 'Amara Quillmere, MD' }).click();
  const profile = new PractitionerPage(page);
  await expect(profile.name).toHaveText('Amara Quillmere, MD');
  await expect(page).toHaveURL(new RegExp(`#/staff/${afterFirst.rows.find((r) => r.familyName === 'Quillmere')!.id}$`));
  const licence = profile.credential('State medical licence — TX');
  await expect(licence).toContainText('Expires in 10 days');
  await expect(profile.numberOf(licence)).toHaveText('•••••••3977');
  await licence.getByRole('button', { name: 'Verifications' }).click();
  await expect(licence.getByText('Not verified yet.')).toBeVisible();
  await licence.getByRole('button', { name: 'Record verification' }).click();
  const form = profile.verificationForm();
  await form.getByRole('button', { name: 'Save verification' }).click();
  await expect(form.getByRole('alert').first()).toContainText('Source is required');
  await form.getByRole('textbox', { name: 'Source' }).fill('Texas Medical Board license lookup');
  await form.getByRole('textbox', { name: 'Verifier' }).fill('R. Okafor, MSO');
  await form.getByRole('combobox', { name: 'Method' }).selectOption({ label: 'Online (primary source website)' });
  await form.getByRole('button', { name: 'Save verification' }).click();
  await expect(form).toHaveCount(0);
  await expect(licence.getByRole('list', { name: /Verifications of/ })).toContainText('Texas Medical Board license lookup');
  await expect(licence).toContainText(`Last verified${day(today)}`);
  await shell.dismissToasts();
  await saveScreenshot(page, 'staff-practitioner', { readme: true });

  // The verified licence has left the queue; her DEA registration, never verified, is still in it.
  await subnav.go('Verification');
  const queue = new VerificationQueuePage(page);
  await expect(queue.rowFor('Amara Quillmere', 'DEA registration')).toHaveCount(1);
  await expect(queue.rowFor('Amara Quillmere', 'State medical licence')).toHaveCount(0);
  await expect(queue.rowFor('Delphine Orrick', 'State medical licence')).toContainText('Never verified');
  const needed = await core.call('verifications.needed', { limit: 500 });
  await expect(queue.summary).toHaveText(`${needed.total} credentials need verification.`);
  await saveScreenshot(page, 'staff-verification-queue', { readme: true });

  // Export the board as a calendar: one event per credential on the board, numbers masked, no full licence number.
  await subnav.go('Expirations');
  await expect(board.rows).toHaveCount(7);
  const [download] = await Promise.all([page.waitForEvent('download'), board.exportIcs.click()]);
  expect(download.suggestedFilename()).toBe(`credential-expirations-${today}.ics`);
  const ics = fs.readFileSync((await download.path())!, 'utf8').replace(/\r\n[ \t]/g, '');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(7);
  expect(ics).toContain('•••••••3977');
  for (const practitioner of roster.good) expect(ics).not.toContain(practitioner.licenceNumber);
  expect(ics).not.toContain('AQ1234563');
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), board.exportCsv.click()]);
  const csv = fs.readFileSync((await csvDownload.path())!, 'utf8');
  expect(csv.trim().split('\r\n')).toHaveLength(8);
  expect(csv).not.toContain('TX-48213977');

  // Reveal on purpose: the number shows, the reveal is logged, and it is masked again after leaving the profile.
  await board.rows.filter({ hasText: 'State medical licence' }).getByRole('link', { name: 'Amara Quillmere, MD' }).click();
  await expect(profile.numberOf(licence)).toHaveText('•••••••3977');
  await licence.getByRole('button', { name: 'Reveal' }).click();
  await expect(profile.numberOf(licence)).toHaveText('TX-48213977');
  const reveals = core.context.db.prepare("SELECT count(*) FROM access_log WHERE action = 'reveal-number'").pluck().get() as number;
  expect(reveals).toBe(1);
  await shell.dismissToasts();
  await saveScreenshot(page, 'staff-reveal');
  await subnav.go('Roster');
  await page.goBack();
  await expect(profile.numberOf(profile.credential('State medical licence — TX'))).toHaveText('•••••••3977');

  // Reappointments: the cycle from settings, Bastian overdue (appointed 800 days ago), Amara due soon.
  await subnav.go('Reappointments');
  await expect(page.getByTestId('reappointment-cycle')).toHaveText('2-year');
  await expect(page.getByRole('table', { name: 'Overdue' })).toContainText('Bastian Ferrowood');
  await expect(page.getByRole('table', { name: 'Due in the next 90 days' })).toContainText('Amara Quillmere');
  await saveScreenshot(page, 'staff-reappointments');
});

