// Ethics, end to end: the passphrase → a request → the four boxes (an identifier typed into the narrative is refused)
// → the recommendation → the de-identified summary reviewed and signed off → linked to an Ethics Committee agenda →
// the packet prints its page. Screenshots of each screen are saved to look at.
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { expect, saveScreenshot, test } from './fixtures';
import { smallOrganisation } from '../support/staff-fixtures';

test('request → analysis → recommendation → summary → review → agenda link → packet page', async ({ page, chartroom }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 850 });
  const { core } = chartroom;
  const org = await smallOrganisation(core);
  const committee = await core.call('committees.create', { name: 'Ethics Committee', kind: 'ethics' });
  const meeting = await core.call('meetings.create', { committeeId: committee.id, title: 'December Ethics Committee', startsAt: '2026-12-08T17:00:00Z', timeZone: 'America/Los_Angeles', location: 'Room 4' });

  await page.goto(`${chartroom.url}#/ethics`);
  await expect(page.getByRole('heading', { name: 'No ethics consultations yet' })).toBeVisible();
  await page.getByLabel('Ethics passphrase').fill('a long ethics passphrase');
  await page.getByLabel('Type it again').fill('a long ethics passphrase');
  await saveScreenshot(page, 'ethics-set-passphrase');
  await page.getByRole('button', { name: 'Set passphrase and open' }).click();

  await page.getByRole('button', { name: 'Record a request' }).click();
  await page.getByLabel('Requester', { exact: true }).fill('Amara Quillmere');
  await page.getByLabel("Requester's role").fill('Attending physician');
  await page.getByLabel('Urgency').selectOption('urgent');
  await page.getByLabel('Unit').selectOption({ label: 'Cardiology' });
  await page.getByLabel('Type').selectOption({ label: 'Capacity and surrogates' });
  await page.getByLabel('The ethical question, as clarified').fill('Who should decide about a pacemaker for a patient who has lost capacity, when her two children disagree?');
  await page.getByLabel('Patient name').fill('Hester Fallowmere');
  await page.getByLabel('Medical record number').fill('MR-448120');
  await page.getByLabel('Date of birth').fill('1931-04-17');
  await page.getByLabel('Admission date').fill('2026-11-28');
  await saveScreenshot(page, 'ethics-new-request');
  await page.getByRole('button', { name: 'Record request' }).click();
  await expect(page.getByRole('heading', { name: /EC-\d{4}-001/ })).toBeVisible();
  await expect(page.getByText('Hester Fallowmere')).toBeVisible();

  // The patient's name typed into the narrative is refused beside the field, and nothing is saved.
  await page.getByLabel('Medical indications').fill('Mrs Fallowmere has complete heart block.');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText(/holds the patient's name/).first()).toBeVisible();
  await page.getByLabel('Medical indications').fill('Complete heart block with syncope; a pacemaker would likely restore a stable rhythm.');
  await page.getByLabel('Patient preferences, capacity and surrogate').fill('She lacks capacity for this decision. Her son Tobias Fenwright wants the device; her daughter, reachable at 503-555-0148, does not.');
  await page.getByLabel('Quality of life').fill('Before admission she gardened daily and lived at 14 Larkspur Lane, Millbrook.');
  await page.getByLabel('Contextual features').fill('Dr. Quillmere asked for the consult on 11/29/2026. The family are devout and want to pray together first.');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('Case saved').first()).toBeVisible();

  for (const step of ['Assemble the information', 'Synthesize']) await page.getByRole('button', { name: `Move to “${step}”` }).click();
  await page.getByRole('button', { name: 'Move to “Explain the synthesis”' }).click();
  await expect(page.getByText('Write the recommendation before explaining it.')).toBeVisible();
  const recommendation = page.locator('form').filter({ has: page.getByLabel('Recommendation', { exact: true }) });
  await page.getByLabel('Stakeholders').fill('The patient, her son and daughter, the cardiology team.');
  await page.getByLabel('Options considered').fill('Implant now; a time-limited trial of medication; comfort care.');
  await page.getByLabel('Recommendation', { exact: true }).fill('The children decide together as her surrogates, guided by what she said she valued; a pacemaker is ethically permissible.');
  await page.getByLabel('Communicated to').fill('Both children and the attending');
  await recommendation.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Case saved').first()).toBeVisible();
  await page.getByRole('button', { name: 'Move to “Explain the synthesis”' }).click();
  await expect(page.locator('[aria-current="step"]')).toHaveText('Explain the synthesis');
  await saveScreenshot(page, 'ethics-case');

  // The summary: what was removed, what still looks like an identifier, the sign-off.
  await page.getByRole('button', { name: 'Make the summary from the case' }).click();
  const summary = page.getByTestId('summary-text');
  await expect(summary).toContainText('[NAME]');
  for (const gone of ['Tobias', '503-555-0148', 'Larkspur', 'Quillmere', '11/29/2026']) await expect(summary).not.toContainText(gone);
  await expect(page.getByRole('region', { name: 'Removed from the case' })).toContainText('Tobias Fenwright');
  await page.getByRole('region', { name: 'Summary' }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'ethics-summary-review');
  // The unlocked case and its review pass axe too (the shared accessibility test sees the Ethics screen locked).
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.getByRole('button', { name: 'Sign off' }).click();
  await expect(page.getByRole('region', { name: 'Summary' }).getByText('Signed off', { exact: true })).toBeVisible();

  // Locked: the screen forgets the case, and the core answers nothing of it.
  await page.getByRole('button', { name: 'Lock cases' }).click();
  await expect(page.getByRole('heading', { name: 'Ethics cases are locked' })).toBeVisible();
  await expect(page.getByText('Hester Fallowmere')).toHaveCount(0);
  await page.getByLabel('Ethics passphrase').fill('a long ethics passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('table', { name: 'Ethics cases' })).toContainText('Capacity and surrogates');
  await saveScreenshot(page, 'ethics-cases');

  // Linked to the Ethics Committee's agenda, and printed in its packet.
  await page.goto(`${chartroom.origin}/#/meetings/${meeting.id}`);
  await page.getByRole('button', { name: 'Add item' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an agenda item' });
  await dialog.getByLabel('Title').fill('Case review: surrogate disagreement');
  await dialog.getByLabel('Type').selectOption({ label: 'Discussion' });
  await dialog.getByLabel('Linked record').selectOption({ label: 'Ethics case summary (de-identified)' });
  await dialog.getByLabel('Signed-off summary').selectOption({ label: `EC-${new Date().getFullYear()}-001 · Capacity and surrogates` });
  await saveScreenshot(page, 'ethics-agenda-link');
  await dialog.getByRole('button', { name: 'Add item' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(/Linked: Ethics case summary EC-\d{4}-001 \(de-identified\)/)).toBeVisible();

  const packet = await core.call('meetings.exportPacket', { meetingId: meeting.id });
  const out = path.join(process.cwd(), 'test-results', 'ethics-packet.pdf');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, Buffer.from(packet.content, 'base64'));
  expect(packet.pageCount).toBeGreaterThan(3);
  void org;
});

test('the sample hospital’s ethics cases: locked at first, then the list, a closed case and the reports', async ({ page, chartroom }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 850 });
  await chartroom.core.call('app.seedSample', { staff: 30 });
  await page.goto(`${chartroom.url}#/ethics`);
  await expect(page.getByRole('heading', { name: 'Ethics cases are locked' })).toBeVisible();
  await page.getByLabel('Ethics passphrase').fill('not it');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('That is not the ethics passphrase. Check it and try again.')).toBeVisible();
  await page.getByLabel('Ethics passphrase').fill('sample ethics passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  const table = page.getByRole('table', { name: 'Ethics cases' });
  await expect(table.getByRole('row')).toHaveCount(9);
  await saveScreenshot(page, 'ethics-sample-cases');
  await page.getByRole('tab', { name: /Reports/ }).click();
  await expect(page.getByRole('table', { name: 'Cases by type' })).toContainText('End of life');
  await saveScreenshot(page, 'ethics-reports');
});
