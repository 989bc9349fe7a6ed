// Planning's strategy, PDSA and risk views: a goal → initiative → PDSA cycle moved through its states, a risk added
// and re-scored onto the heat map, and each view of the sample hospital at 1366×850.
import { expect, saveScreenshot, test } from './fixtures';
import { ShellPage } from './pages/shell';

test.use({ viewport: { width: 1366, height: 850 } });

test('a goal gets an initiative with a budget, and a PDSA cycle on it moves only as the rule allows', async ({ page, chartroom }) => {
  test.setTimeout(90_000);
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await page.goto(`${chartroom.url}#/planning/strategy`);
  await page.getByRole('button', { name: 'New plan period' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Add period' }).click();
  await page.getByRole('button', { name: 'Add perspective' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Quality & Safety');
  await page.getByRole('dialog').getByRole('button', { name: 'Add perspective' }).click();
  await page.getByRole('button', { name: 'Add goal to Quality & Safety' }).click();
  await page.getByRole('dialog').getByLabel('Title').fill('Reliable sepsis care');
  await page.getByRole('dialog').getByRole('button', { name: 'Add goal' }).click();

  await page.getByRole('button', { name: 'Add initiative to Reliable sepsis care' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title').fill('Sepsis bundle in the ED');
  await dialog.getByLabel('Starts').fill('2026-09-01');
  await dialog.getByLabel('Due').fill('2026-08-01');
  await dialog.getByLabel('Planned budget (USD)').fill('-5');
  await dialog.getByRole('button', { name: 'Add initiative' }).click();
  await expect(dialog.getByText('The due date cannot be before the start')).toBeVisible();
  await expect(dialog.getByText('The planned budget cannot be negative')).toBeVisible();
  await dialog.getByLabel('Due').fill('2027-03-31');
  await dialog.getByLabel('Planned budget (USD)').fill('60,000');
  await dialog.getByLabel('Spent so far (USD)').fill('15000');
  await dialog.getByLabel('Status').selectOption('active');
  await dialog.getByRole('button', { name: 'Add initiative' }).click();
  await expect(page.getByTestId('initiative-row')).toContainText('$15,000 / $60,000');
  await expect(page.getByRole('region', { name: 'Timeline of initiatives' })).toContainText('Sepsis bundle in the ED');

  await page.getByRole('link', { name: 'PDSA cycles' }).click();
  await page.getByRole('button', { name: 'New cycle' }).click();
  const cycle = page.getByRole('dialog');
  await cycle.getByLabel('Title').fill('Lactate at triage');
  await cycle.getByLabel('Tests a change for').selectOption({ label: 'Initiative: Sepsis bundle in the ED' });
  await cycle.getByRole('button', { name: 'Add cycle' }).click();
  await expect(page.getByTestId('pdsa-cycle')).toContainText('Planned');

  // Doing needs a prediction and a plan: refused on screen, beside the fields.
  await page.getByRole('button', { name: 'Move to doing: Lactate at triage' }).click();
  await cycle.getByRole('button', { name: 'Save cycle' }).click();
  await expect(cycle.getByText(/Write the prediction before the test starts/)).toBeVisible();
  await cycle.getByLabel('Prediction').fill('8 of 10 positive screens get lactate');
  await cycle.getByLabel('Plan', { exact: true }).fill('Two triage nurses, day shift, two weeks');
  await cycle.getByRole('button', { name: 'Save cycle' }).click();
  await expect(page.getByTestId('pdsa-cycle').getByText('Doing', { exact: true }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Move to studying: Lactate at triage' }).click();
  await cycle.getByLabel('Observations (Do)').fill('17 of 20');
  await cycle.getByRole('button', { name: 'Save cycle' }).click();
  await expect(cycle).toBeHidden();
  await page.getByRole('button', { name: 'Move to decided: Lactate at triage' }).click();
  await cycle.getByRole('button', { name: 'Save cycle' }).click();
  await expect(cycle.getByText(/Choose adopt, adapt or abandon/)).toBeVisible();
  await cycle.getByLabel('Study').fill('Better than predicted');
  await cycle.getByLabel('Act').selectOption('adapt');
  await cycle.getByRole('button', { name: 'Save cycle' }).click();
  await expect(cycle).toBeHidden();
  await expect(page.getByTestId('pdsa-cycle')).toContainText('Decided: Adapt');

  await page.getByRole('button', { name: 'Next cycle after Lactate at triage' }).click();
  await cycle.getByLabel('Title').fill('Lactate on all shifts');
  await cycle.getByRole('button', { name: 'Add cycle' }).click();
  await expect(page.getByRole('region', { name: /Chain of 2 cycles/ })).toContainText('Cycle 2 of 2');

  // Deleting the goal says what goes with it first.
  await page.getByRole('link', { name: 'Strategy' }).click();
  await page.getByRole('button', { name: 'Delete goal Reliable sepsis care' }).click();
  const preview = page.getByTestId('removal-preview');
  await expect(preview).toContainText('Sepsis bundle in the ED');
  await expect(preview).toContainText('PDSA cycles (2)');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete goal' }).click();
  await expect(page.getByTestId('initiative-row')).toHaveCount(0);
  expect(await chartroom.core.call('pdsa.list', {})).toEqual([]);
});

test('a risk added and re-scored lands on the heat map, escalates at 15, and shows what moved', async ({ page, chartroom }) => {
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await page.goto(`${chartroom.url}#/planning/risks`);
  await page.getByRole('button', { name: 'Add risk' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Reference').fill('R-20');
  await dialog.getByLabel('Title').fill('Delayed results follow-up');
  await dialog.getByLabel('Cause').fill('Results return after discharge');
  await dialog.getByRole('button', { name: 'Add control' }).click();
  await dialog.getByLabel('Control 1', { exact: true }).fill('Results inbox per consultant');
  await dialog.getByLabel('Effectiveness of control 1').selectOption('ineffective');
  await dialog.getByLabel('Assessed on').fill('2026-09-01');
  await dialog.getByLabel('Inherent likelihood').selectOption('4');
  await dialog.getByLabel('Inherent impact').selectOption('4');
  await dialog.getByLabel('Residual likelihood (with controls)').selectOption('3');
  await dialog.getByLabel('Residual impact (with controls)').selectOption('3');
  await dialog.getByRole('button', { name: 'Add risk' }).click();
  await expect(page.getByTestId('risk-row')).toContainText('3×3 = 9');
  const heatMap = page.getByRole('img', { name: /Heat map of 1 risks/ });
  await expect(heatMap).toBeVisible();
  await expect(heatMap.locator('text', { hasText: 'R-20' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Re-score Delayed results follow-up' }).click();
  await dialog.getByLabel('Residual likelihood (with controls)').selectOption('5');
  await dialog.getByLabel('Residual impact (with controls)').selectOption('4');
  await dialog.getByRole('button', { name: 'Save assessment' }).click();
  await expect(dialog.getByText(/controls cannot add risk/)).toBeVisible();
  await dialog.getByLabel('Residual likelihood (with controls)').selectOption('4');
  await dialog.getByLabel('Residual impact (with controls)').selectOption('4');
  await dialog.getByRole('button', { name: 'Save assessment' }).click();
  await expect(page.getByTestId('risk-row')).toContainText('Escalated');
  await expect(page.getByRole('img', { name: /1 escalated/ })).toBeVisible();

  await page.getByLabel('Compare with (last meeting)').fill('2026-10-01');
  await expect(page.getByTestId('risks-moved')).toContainText('R-20 Delayed results follow-up: Worse since 2026-10-01 (9 → 16)');
  await expect(page).toHaveURL(/#\/planning\/risks\?since=2026-10-01$/);
});

test('the strategy, PDSA and risk views of the sample hospital', async ({ page, chartroom }) => {
  test.setTimeout(90_000);
  await chartroom.core.call('app.seedSample', {});
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  for (const [name, hash, ready] of [
    ['planning-strategy', '#/planning/strategy', 'initiative-row'],
    ['planning-pdsa', '#/planning/pdsa', 'pdsa-cycle'],
    ['planning-risks', `#/planning/risks?since=${monthAgo}`, 'risk-row'],
  ] as const) {
    await page.goto(`${chartroom.url}${hash}`);
    await expect(page.getByTestId(ready).first()).toBeVisible();
    await saveScreenshot(page, name);
  }
  await expect(page.getByTestId('risk-row')).toHaveCount(14);
});
