// The rest of the policy manual: import (.docx, .md and a broken .docx, each reported), search with marked words as you
// type, the standards crosswalk with a standard no active policy meets, and a controlled-copy PDF export.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Core } from '../../electron/core/core';
import { makeDocx } from '../support/docx';
import { smallOrganisation } from '../support/staff-fixtures';
import { expect, saveScreenshot, test } from './fixtures';
import { pickPerson, PolicyLibraryPage } from './pages/policies';
import { PolicyImportPage, PolicySearchPage, StandardsPage } from './pages/policies-views';
import { ShellPage } from './pages/shell';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

/** A policy made active through the real handlers: created, submitted to one approver, approved. */
async function activePolicy(core: Core, ownerId: string, approverId: string, fields: { reference: string; title: string; category: string; body: string }) {
  const policy = await core.call('policies.create', { ...fields, ownerId });
  const draft = policy.versions[0]!;
  await core.call('policies.submit', { versionId: draft.id, approvers: [{ kind: 'person', staffId: approverId }] });
  const inReview = await core.call('policies.version', { id: draft.id });
  await core.call('policies.decide', { stepId: inReview.approvals[0]!.id, decision: 'approved', comment: null });
  return { policyId: policy.id, versionId: draft.id };
}

async function manual(core: Core) {
  const org = await smallOrganisation(core);
  const chair = await core.call('staff.create', { givenName: 'Ben', familyName: 'Ashford', degree: 'MD', roleId: 'role-attending', departmentId: org.cardiology.id });
  const restraint = await activePolicy(core, org.practitioner.id, chair.id, {
    reference: 'NUR-031', title: 'Restraint and seclusion', category: 'Nursing',
    body: '# Restraint and seclusion\n\nRestraint is used only when less restrictive measures have failed, on the order of a licensed practitioner.\n\nThe patient is monitored every fifteen minutes.',
  });
  const consent = await activePolicy(core, org.practitioner.id, chair.id, {
    reference: 'ADM-007', title: 'Informed consent', category: 'Administration',
    body: '# Informed consent\n\nThe practitioner performing the procedure obtains consent and documents the discussion of risks.',
  });
  await core.call('policies.create', { reference: 'ED-004', title: 'Sepsis screening in the emergency department', category: 'Emergency', ownerId: org.practitioner.id, departmentId: org.emergency.id, body: '# Sepsis screening\n\nEvery adult triaged with a fever is screened for sepsis.' });
  return { org, chair, restraint, consent };
}

test('import .docx and .md files and report a broken one; search marks the words as you type', async ({ page, chartroom }, testInfo) => {
  test.setTimeout(90_000);
  const { core } = chartroom;
  await manual(core);
  fs.mkdirSync(testInfo.outputDir, { recursive: true });
  const docx = path.join(testInfo.outputDir, 'MS-020 Proctoring of new privileges.docx');
  fs.writeFileSync(docx, await makeDocx([
    { text: 'Proctoring of new privileges', style: 'Heading1' },
    { text: 'A proctor observes the first five procedures performed under a new privilege.' },
    { text: 'Proctor assignment', style: 'Heading2' },
    { text: 'The department chair assigns the proctor.' },
  ]));
  const broken = path.join(testInfo.outputDir, 'Visitor policy.docx');
  fs.writeFileSync(broken, 'This is not really a Word document.');
  const markdown = path.join(here, 'fixtures', 'policies', 'IC-002 Hand hygiene.md');

  const shell = new ShellPage(page);
  const importer = new PolicyImportPage(page);
  await shell.open(chartroom.url);
  await shell.go('Policies');
  await page.getByRole('navigation', { name: 'Policies views' }).getByRole('link', { name: 'Import' }).click();
  await expect(page).toHaveURL(/#\/policies\/import$/);
  await importer.files.setInputFiles([docx, markdown, broken]);
  await expect(page.getByRole('list', { name: 'Chosen files' }).getByRole('listitem')).toHaveCount(3);
  await pickPerson(page.locator('main'), 'Owner of the imported policies', 'Quillmere', 'Amara Quillmere, MD');
  await page.getByRole('button', { name: 'Import 3 files' }).click();
  await expect(importer.summary).toHaveText('2 files imported as drafts; 1 file not imported.');
  await expect(importer.outcome('MS-020 Proctoring of new privileges.docx')).toContainText('Imported');
  await expect(importer.outcome('MS-020 Proctoring of new privileges.docx')).toContainText('MS-020');
  await expect(importer.outcome('IC-002 Hand hygiene.md')).toContainText('IC-002');
  await expect(importer.outcome('Visitor policy.docx')).toContainText('Not imported');
  await expect(importer.outcome('Visitor policy.docx')).toContainText('Not a Word document');
  await shell.dismissToasts();
  await saveScreenshot(page, 'policies-import-report', { readme: true });

  // The imported drafts are in the library, under Drafts, with the Word headings as titles.
  await page.getByRole('link', { name: 'See the drafts in the library' }).click();
  const library = new PolicyLibraryPage(page);
  await library.chip('Drafts').click();
  await expect(library.row('MS-020')).toContainText('Proctoring of new privileges');
  await expect(library.row('IC-002')).toContainText('Hand hygiene');
  await expect(library.chip('Drafts')).toContainText('3');

  // Search as you type: ranked hits, the matched words marked; older versions only when asked.
  await page.getByRole('navigation', { name: 'Policies views' }).getByRole('link', { name: 'Search' }).click();
  const search = new PolicySearchPage(page);
  await search.box.pressSequentially('restrai', { delay: 40 });
  await expect(search.hits.first()).toContainText('NUR-031');
  await expect(search.hits.first().locator('mark').first()).toHaveText(/^restrain/i);
  await search.box.fill('proctor');
  await expect(search.hits.first()).toContainText('MS-020');
  await expect(search.hits.first().locator('mark').first()).toHaveText(/^proctor/i);
  await search.box.fill('hand hygiene');
  await expect(search.hits.first()).toContainText('IC-002');
  await expect(search.hits.first().locator('mark')).not.toHaveCount(0);
  await shell.dismissToasts();
  await saveScreenshot(page, 'policies-search', { readme: true });
  // Punctuation and FTS operators are taken literally, never as syntax.
  await search.box.fill('consent ("');
  await expect(search.hits.first()).toContainText('ADM-007');
  await search.box.fill('zeppelin');
  await expect(page.getByTestId('search-count')).toHaveText('Nothing matches “zeppelin”.');
});

test('the standards view shows an unmet standard, and a version exports as a controlled-copy PDF', async ({ page, chartroom }, testInfo) => {
  test.setTimeout(90_000);
  const { core } = chartroom;
  const { restraint, consent } = await manual(core);
  const pc = await core.call('standards.create', { body: 'TJC', code: 'PC.03.05.01', title: 'The hospital uses restraint or seclusion only when it can be clinically justified.' });
  const rights = await core.call('standards.create', { body: 'CMS', code: '42 CFR 482.13(e)', title: 'Restraint or seclusion: patient rights.' });
  await core.call('standards.create', { body: 'TJC', code: 'MS.06.01.05', title: 'The decision to grant or deny a privilege is an objective, evidence-based process.' });
  const ri = await core.call('standards.create', { body: 'TJC', code: 'RI.01.03.01', title: 'The hospital honors the patient’s right to give or withhold informed consent.' });
  await core.call('policies.setStandards', { policyId: restraint.policyId, standardIds: [pc.id, rights.id] });
  await core.call('policies.setStandards', { policyId: consent.policyId, standardIds: [ri.id] });

  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await shell.go('Policies');
  const library = new PolicyLibraryPage(page);
  await expect(library.rows).toHaveCount(3);
  await shell.dismissToasts();
  await saveScreenshot(page, 'policies-library-small');

  await page.getByRole('navigation', { name: 'Policies views' }).getByRole('link', { name: 'Standards' }).click();
  const standards = new StandardsPage(page);
  await expect(standards.summary).toContainText('4 standards in force · 1 not met by any active policy');
  await expect(standards.standard('MS.06.01.05')).toContainText('Not met by any active policy');
  await expect(standards.standard('MS.06.01.05')).toContainText('No policy cites it.');
  await expect(standards.standard('PC.03.05.01')).toContainText('Met');
  await expect(standards.standard('PC.03.05.01')).toContainText('NUR-031 Restraint and seclusion');
  await shell.dismissToasts();
  await saveScreenshot(page, 'policies-standards', { readme: true });

  // Add a standard from the form: it arrives unmet.
  await page.getByRole('combobox', { name: 'Body' }).selectOption('DNV');
  await page.getByRole('textbox', { name: 'Code' }).fill('QM.1');
  await page.getByRole('textbox', { name: 'Title' }).fill('Quality management system');
  await page.getByRole('button', { name: 'Add standard' }).click();
  await expect(standards.summary).toContainText('5 standards in force · 2 not met by any active policy');

  // Export: a real PDF, its first page rendered to look at.
  await standards.standard('PC.03.05.01').getByRole('link', { name: /NUR-031/ }).click();
  await expect(page.locator('main').getByRole('heading', { level: 1 })).toHaveText('Restraint and seclusion');
  await expect(page.getByRole('list', { name: 'Standards cited' })).toContainText('TJC PC.03.05.01');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^NUR-031 v1 .*\.pdf$/);
  fs.mkdirSync(testInfo.outputDir, { recursive: true });
  const pdf = path.join(testInfo.outputDir, 'export.pdf');
  await download.saveAs(pdf);
  expect(fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pngBase = path.join(root, 'test-results', 'screenshots', 'policies-export-page1');
  fs.mkdirSync(path.dirname(pngBase), { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', pdf, pngBase]);
  expect(fs.statSync(`${pngBase}.png`).size).toBeGreaterThan(1000);
});
