// Training on screen: a requirement added on screen assigns the people it names, a sign-in sheet records a completion
// and the matrix cell turns current; an LMS export with bad rows is reported row by row and only the good rows recorded.
import { expect, saveScreenshot, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './pages/axe';
import { ShellPage } from './pages/shell';
import { organisationWithoutStaff } from './pages/staff-organisation';

test.use({ viewport: { width: 1366, height: 850 } });
test.describe.configure({ timeout: 120_000 });


async function hospitalWithCourse(core: Parameters<typeof organisationWithoutStaff>[0]) {
  await organisationWithoutStaff(core);
  const roles = await core.call('roles.list', {});
  const departments = await core.call('departments.list', {});
  const attending = roles.find((r) => r.name === 'Attending Physician')!;
  const amara = await core.call('staff.create', {
    givenName: 'Amara', familyName: 'Quillmere', degree: 'MD', npi: '1234567893', email: 'amara@harbourview.example', roleId: attending.id, departmentId: departments.find((d) => d.code === 'CARD')!.id,
  });
  const np = await core.call('staff.create', { givenName: 'Ben', familyName: 'Ashford', roleId: roles.find((r) => r.name === 'Nurse Practitioner')!.id, departmentId: departments.find((d) => d.code === 'EM')!.id });
  const course = await core.call('training.saveCourse', { course: { title: 'Sepsis recognition', provider: 'Harbour View Education', creditType: 'ama-pra-1', credits: 1.5, modality: 'online', availableFrom: '2020-01-01' } });
  return { amara, np, course };
}

test('requirement → assignment → completion → the matrix cell turns current', async ({ page, chartroom }) => {
  const { core } = chartroom;
  const { amara } = await hospitalWithCourse(core);
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await shell.go('Training');
  await expect(page.getByRole('heading', { name: 'No training requirements yet' })).toBeVisible();

  await page.getByRole('link', { name: 'Requirements' }).click();
  await page.getByRole('button', { name: 'Add requirement' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add requirement' });
  await dialog.getByLabel('Title').fill('Sepsis every year');
  await dialog.getByLabel('Applies to').selectOption({ label: 'A role' });
  await dialog.getByLabel('Which').selectOption({ label: 'Attending Physician' });
  await dialog.getByLabel('Every (months)').fill('12');
  await dialog.getByLabel('First due (days after it applies)').fill('0');
  await saveScreenshot(page, 'training-requirement-form');
  await page.getByRole('button', { name: 'Add requirement' }).last().click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId('requirement-row').filter({ hasText: 'Sepsis every year' });
  await expect(row).toContainText('Attending Physician');
  await expect(row).toContainText('Every 12 months');
  await expect(row.getByRole('cell').nth(4)).toHaveText('1');

  await page.getByRole('link', { name: 'Compliance matrix' }).click();
  const amaraRow = page.getByTestId('matrix-row').filter({ hasText: 'Amara Quillmere' });
  await expect(amaraRow.locator('[data-requirement="Sepsis every year"]')).toHaveAttribute('data-state', 'Due soon');
  await expect(page.getByTestId('matrix-row').filter({ hasText: 'Ben Ashford' }).locator('td.matrix__cell')).toHaveAttribute('data-state', 'Not required');

  await page.getByRole('link', { name: 'Completions' }).click();
  await page.getByRole('checkbox', { name: 'Quillmere, Amara, MD' }).check();
  await page.getByRole('button', { name: 'Record 1 completion' }).click();
  await expect(page.getByRole('table', { name: 'Latest completions' })).toContainText('Amara Quillmere, MD');

  await page.getByRole('link', { name: 'Compliance matrix' }).click();
  await expect(amaraRow.locator('[data-requirement="Sepsis every year"]')).toHaveAttribute('data-state', 'Current');
  expect(await core.call('training.assignments', { staffId: amara.id })).toMatchObject([{ state: 'complete' }]);
  await saveScreenshot(page, 'training-matrix');
  await expectNoSeriousAxeViolations(page);
});

test('an LMS export with bad rows: each refused row says why, only the good rows are recorded', async ({ page, chartroom }) => {
  const { core } = chartroom;
  const { course } = await hospitalWithCourse(core);
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await page.goto(`${chartroom.origin}/#/training/completions`);
  const csv = [
    'NPI,Email,Course,Completion date,Credits',
    '1234567893,,Sepsis recognition,2026-01-15,1.5',
    ',nobody@example.com,Sepsis recognition,2026-01-15,1',
    '1234567893,,Sepsis recognition,2026-01-16,1.3',
    ',amara@harbourview.example,Basket weaving,2026-01-15,1',
  ].join('\n');
  await page.getByLabel('CSV file').setInputFiles({ name: 'lms-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('import-summary')).toHaveText('1 ready to record, 3 refused.');
  const rows = page.getByTestId('import-row');
  await expect(rows.nth(1)).toContainText('No one on staff has e-mail nobody@example.com');
  await expect(rows.nth(2)).toContainText('steps of 0.25');
  await expect(rows.nth(3)).toContainText('No course is titled "Basket weaving"');
  expect(await core.call('training.completions', { courseId: course.id })).toEqual([]);
  await page.getByTestId('import-summary').scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'training-import');
  await page.getByRole('button', { name: 'Record 1 good row' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText('1 recorded, 3 refused.');
  expect((await core.call('training.completions', { courseId: course.id })).map((c) => [c.completedOn, c.method])).toEqual([['2026-01-15', 'lms-import']]);
});

test('on the sample hospital: CME shortfall on the practitioner and the reappointments list, training beside attestation on a policy', async ({ page, chartroom }) => {
  const { core } = chartroom;
  await core.call('app.seedSample', {});
  const [short] = await core.call('training.cmeShortfalls', { withinDays: 90 });
  expect(short, 'the sample hospital has a physician short of CME before reappointment').toBeTruthy();
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);

  await page.goto(`${chartroom.origin}/#/staff/${short!.staffId}`);
  await page.getByRole('tab', { name: /Training & CME/ }).click();
  await expect(page.getByTestId('practitioner-cme')).toContainText('Short:');
  await expect(page.getByTestId('practitioner-assignment').first()).toBeVisible();
  await saveScreenshot(page, 'training-practitioner');

  await page.goto(`${chartroom.origin}/#/staff/reappointments`);
  await expect(page.getByTestId('reappointment-row').filter({ hasText: short!.staffName }).getByTestId('reappointment-cme')).toContainText('CME short');
  await saveScreenshot(page, 'training-reappointments-cme');

  const { rows } = await core.call('policies.list', { limit: 200 });
  const assigned = rows.find((p) => p.attestation.assigned > 0 && p.activeVersion)!;
  await page.goto(`${chartroom.origin}/#/policies/${assigned.id}`);
  const training = page.getByTestId('policy-training');
  await training.getByRole('combobox', { name: 'Course that teaches it' }).selectOption({ label: 'Hand hygiene and infection prevention' });
  await training.getByRole('button', { name: 'Require training' }).click();
  // Training goes to everyone the policy is assigned to; like read-and-sign, those on leave are shown but not counted.
  const compliance = (await core.call('training.policyCompliance', { policyId: assigned.id }))!;
  expect(compliance.onLeave).toBeGreaterThan(0);
  await expect(page.getByTestId('policy-training-compliance')).toContainText(`of ${compliance.assigned} current`);
  await expect(page.getByTestId('policy-training-compliance')).toContainText(`${compliance.onLeave} on leave, not counted`);
  await page.getByTestId('policy-training').scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'training-policy-compliance');

  await page.goto(`${chartroom.origin}/#/training/cme`);
  await expect(page.getByTestId('cme-shortfall-row').first()).toBeVisible();
  await saveScreenshot(page, 'training-cme');
  await page.goto(`${chartroom.origin}/#/training/requirements`);
  await expect(page.getByTestId('requirement-row').first()).toBeVisible();
  await saveScreenshot(page, 'training-requirements');
});

test('a course names the policy versions it teaches, chosen from the library', async ({ page, chartroom }) => {
  const { core } = chartroom;
  const { amara, course } = await hospitalWithCourse(core);
  const policy = await core.call('policies.create', { reference: 'CL-014', title: 'Sepsis screening and bundle', category: 'Clinical', ownerId: amara.id, body: 'Screen every adult on arrival.' });
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await shell.go('Training');
  await page.getByRole('link', { name: 'Courses' }).click();
  await page.getByRole('button', { name: 'Sepsis recognition', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit course' });
  await dialog.getByRole('checkbox', { name: 'CL-014 v1 — Sepsis screening and bundle (draft)' }).check();
  await expectNoSeriousAxeViolations(page);
  await dialog.getByRole('button', { name: 'Save course' }).click();
  await expect(dialog).toBeHidden();
  const version = (await core.call('policies.get', { id: policy.id })).versions[0]!;
  expect((await core.call('training.courses', {})).find((c) => c.id === course.id)!.policyVersionIds).toEqual([version.id]);
});
