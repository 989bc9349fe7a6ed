// Standards move: a policy manual cited against the 2025 edition, the director imports Accreditation 360 from its
// CSV file, sees the citations it made stale, moves them to the successors in one click, and the policy page names
// the edition each citation belongs to.
import fs from 'node:fs';
import path from 'node:path';
import { smallOrganisation } from '../support/staff-fixtures';
import { expect, saveScreenshot, test } from './fixtures';
import { StandardsPage } from './pages/policies-views';
import { ShellPage } from './pages/shell';

const csv = (text: string) => ({ fileName: 'manual-2025.csv', dataBase64: Buffer.from(text).toString('base64') });

test('an imported edition shows the citations it made stale, and they move to the successor', async ({ page, chartroom }, testInfo) => {
  test.setTimeout(150_000);
  const { core } = chartroom;
  const org = await smallOrganisation(core);
  await core.call('standards.importEdition', {
    body: 'TJC', name: 'Hospital manual 2025', effectiveOn: '2025-01-01',
    file: csv('code,title,change,replaces\nNPSG.01.01.01,Use at least two patient identifiers,new,\nEC.02.03.01,The hospital manages fire risks,new,\nMS.06.01.05,Privileging is an evidence-based process,new,\n'),
  });
  const ids = Object.fromEntries((await core.call('standards.list', {})).map((s) => [s.code, s.id]));
  const policy = await core.call('policies.create', { reference: 'PC-011', title: 'Patient identification', category: 'Provision of care', ownerId: org.practitioner.id, body: 'Two identifiers.' });
  await core.call('policies.setStandards', { policyId: policy.id, standardIds: [ids['NPSG.01.01.01']!, ids['MS.06.01.05']!] });

  fs.mkdirSync(testInfo.outputDir, { recursive: true });
  const file = path.join(testInfo.outputDir, 'accreditation-360.csv');
  fs.writeFileSync(file, 'code,title,change,replaces\nNPG.01,Identify patients correctly,moved,NPSG.01.01.01\nPE.03,Fire safety,moved,EC.02.03.01\nMS.06.01.05,,unchanged,\n');

  const shell = new ShellPage(page);
  await shell.open(`${chartroom.url}#/policies/standards`);
  const standards = new StandardsPage(page);
  await expect(standards.summary).toContainText('3 standards in force');

  // A file with a bad line is refused by line, and nothing arrives.
  const bad = path.join(testInfo.outputDir, 'bad.csv');
  fs.writeFileSync(bad, 'code,title,change,replaces\nNPG.01,Identify patients correctly,moved,NPSG.09.09.09\n');
  await page.getByRole('textbox', { name: 'Edition' }).fill('Accreditation 360');
  await page.getByLabel('Effective on').fill('2026-01-01');
  await page.getByLabel('Edition file').setInputFiles(bad);
  await page.getByRole('button', { name: 'Import edition' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Line 2' })).toContainText('It replaces TJC NPSG.09.09.09, which is not in the crosswalk. Nothing was imported.');
  await expect(page.getByTestId('edition-row')).toHaveCount(1);

  await page.getByLabel('Edition file').setInputFiles(file);
  await page.getByRole('button', { name: 'Import edition' }).click();
  await expect(page.getByTestId('edition-report')).toContainText('Accreditation 360: 0 new standards, 1 carried, 2 moved, 0 retired. 1 citation to review.');
  await expect(page.getByTestId('edition-row').first()).toContainText('Accreditation 360');
  await expect(page.getByTestId('edition-row').first()).toContainText('In force');
  await expect(page.getByTestId('stale-summary')).toHaveText('1 moved or retired standard still cited');
  const npsg = standards.standard('NPSG.01.01.01');
  await expect(npsg).toContainText('Cited, but no longer in force');
  await expect(npsg).toContainText('Moved in Accreditation 360 (effective Jan 1, 2026) → TJC NPG.01');
  // The successor nobody cites yet is a gap in the crosswalk.
  await expect(standards.standard('NPG.01')).toContainText('Not met by any active policy');
  await shell.dismissToasts();
  await saveScreenshot(page, 'policies-standards-editions');

  // The policy page warns beside the citation.
  await npsg.getByRole('link', { name: /PC-011/ }).click();
  const cited = page.getByTestId('cited-standard');
  await expect(cited.filter({ hasText: 'NPSG.01.01.01' })).toContainText('Moved in Accreditation 360 (effective Jan 1, 2026): cite TJC NPG.01 instead');
  await expect(cited.filter({ hasText: 'MS.06.01.05' })).toContainText('Accreditation 360 · effective');
  await cited.first().scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'policy-stale-citation');

  await page.goBack();
  await standards.standard('NPSG.01.01.01').getByRole('button', { name: 'Cite NPG.01 instead in 1 policy' }).click();
  await expect(page.getByTestId('stale-summary')).toHaveCount(0);
  await expect(standards.standard('NPG.01')).toContainText('PC-011 Patient identification');
  await expect(standards.standard('NPSG.01.01.01')).toContainText('No longer in force');
  const after = await core.call('policies.get', { id: policy.id });
  expect(after.standards.map((s) => s.code)).toEqual(['MS.06.01.05', 'NPG.01']);
});
