// A policy from end to end: create → write (preview, autosave, a reload brings unsaved text back) → save → submit to two
// approvers → both approve → active → new version with a change summary → redline → approve → read-and-sign compliance.
import { expect, saveScreenshot, test } from './fixtures';
import { PolicyDetailPage, PolicyEditorPage, PolicyLibraryPage } from './pages/policies';
import { ShellPage } from './pages/shell';
import { smallOrganisation } from '../support/staff-fixtures';

const firstText = `# Credentialing and privileging

Every practitioner is verified at the primary source before privileges are granted.

## What is verified

- State medical licence
- Board certification
- DEA registration

| Item | Re-verified |
|---|---|
| Licence | Every 2 years |
| Board certification | Every cycle |
`;

test('create, edit with autosave and restore, approve, revise, redline and attest', async ({ page, chartroom }) => {
  test.setTimeout(120_000);
  const { core } = chartroom;
  const org = await smallOrganisation(core);
  await core.call('staff.create', { givenName: 'Ben', familyName: 'Ashford', degree: 'MD', roleId: 'role-attending', departmentId: org.cardiology.id });
  await core.call('staff.create', { givenName: 'Carmen', familyName: 'Brambleton', degree: 'MD', roleId: 'role-attending', departmentId: org.emergency.id });
  // Committee approvers are chosen from the committees that exist.
  await core.call('committees.create', { name: 'Medical Executive Committee', kind: 'medical-executive' });

  const shell = new ShellPage(page);
  const library = new PolicyLibraryPage(page);
  const editor = new PolicyEditorPage(page);
  const detail = new PolicyDetailPage(page);
  await shell.open(chartroom.url);
  await shell.go('Policies');
  await expect(shell.heading('No policies yet')).toBeVisible();

  // Create: the first draft opens in the editor.
  await library.createPolicy({ reference: 'ms-014', title: 'Credentialing and privileging', category: 'Medical staff', ownerSearch: 'Quillmere', ownerName: 'Amara Quillmere, MD' });
  await expect(page).toHaveURL(/#\/policies\/[\w-]+\/edit\/[\w-]+$/);
  const match = /#\/policies\/([\w-]+)\/edit\/([\w-]+)$/.exec(page.url())!;
  const policyId = match[1]!;
  const firstVersionId = match[2]!;

  // Write: the preview follows with headings, lists and a table; the crash buffer has it within a moment.
  await editor.text.fill(firstText);
  await expect(editor.preview.getByRole('heading', { level: 1, name: 'Credentialing and privileging' })).toBeVisible();
  await expect(editor.preview.getByRole('listitem')).toHaveCount(3);
  await expect(editor.preview.getByRole('cell', { name: 'Every 2 years' })).toBeVisible();
  await expect(editor.status).toContainText('Unsaved changes · Autosaved');
  // Raw HTML is shown as text, never run.
  await editor.text.press('End');
  await editor.text.pressSequentially('\n<img src=x onerror=alert(1)>');
  await expect(editor.preview).toContainText('<img src=x onerror=alert(1)>');
  await expect(editor.preview.locator('img')).toHaveCount(0);
  await editor.text.fill(firstText);
  await expect(editor.status).toContainText('Autosaved');
  await page.waitForTimeout(600);
  await shell.dismissToasts();
  await saveScreenshot(page, 'policies-editor', { readme: true });

  // Reload before saving: nothing was saved as a revision, yet nothing typed is lost.
  expect((await core.call('policies.version', { id: firstVersionId })).body).toBe('');
  await page.reload();
  await expect(editor.restoreBanner).toBeVisible();
  await expect(editor.text).toHaveValue('');
  await saveScreenshot(page, 'policies-editor-restore');
  await editor.restoreBanner.getByRole('button', { name: 'Restore unsaved changes' }).click();
  await expect(editor.text).toHaveValue(firstText);
  await expect(editor.restoreBanner).toHaveCount(0);
  await editor.save();
  expect((await core.call('policies.version', { id: firstVersionId })).body).toBe(firstText);

  // Submit to two approvers in order; the author is not offered.
  await editor.submit([
    { person: 'Ashford', name: 'Ben Ashford, MD' },
    { person: 'Brambleton', name: 'Carmen Brambleton, MD' },
  ]);
  await expect(page).toHaveURL(new RegExp(`#/policies/${policyId}$`));
  await expect(detail.approvalChain).toContainText('Waiting for Ben Ashford, MD (step 1 of 2).');
  await expect(detail.steps.first()).toContainText('Their turn');

  await detail.decide('Approve', 'Matches the bylaws.');
  await expect(detail.approvalChain).toContainText('Waiting for Carmen Brambleton, MD (step 2 of 2).');
  await detail.decide('Approve', 'Approved for the MEC.');
  await expect(detail.approvalChain).toContainText('Approved by all 2 approvers.');
  await expect(page.locator('.policy__badges')).toContainText('Active');
  await expect(detail.version(1)).toContainText('Active');

  // In force on: today version 1; the day before, none.
  const today = (await core.call('policies.get', { id: policyId })).activeVersion!.effectiveOn;
  await expect(detail.inForceAnswer).toContainText('version 1');
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  await detail.inForceDate.fill(yesterday);
  await expect(detail.inForceAnswer).toContainText('No version was in force');
  await detail.inForceDate.fill(today);

  // A new version needs a change summary and starts from the approved text, which stays as it was.
  await detail.startNewVersion('Verify board certification with the board itself');
  await expect(editor.text).toHaveValue(firstText);
  await editor.text.fill(firstText.replace('verified at the primary source before', 'verified with the issuing body before').replace('- DEA registration\n', ''));
  await editor.save();
  await expect(editor.changeSummary).toHaveValue('Verify board certification with the board itself');

  // Redline: the words inserted and deleted, each marked and named.
  await page.getByRole('link', { name: 'Compare versions' }).click();
  await expect(page.getByTestId('redline-counts')).toContainText('From version 1 to version 2');
  const redline = page.getByTestId('redline-text');
  // Word level, with neighbouring changes joined: "at the primary source" → "with the issuing body" reads as two phrases.
  await expect(redline.locator('ins').filter({ hasText: 'with the issuing body' })).toHaveCount(1);
  await expect(redline.locator('del').filter({ hasText: 'at the primary source' })).toHaveCount(1);
  await expect(redline.locator('del').filter({ hasText: 'DEA' })).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Inserted');
  await shell.dismissToasts();
  await saveScreenshot(page, 'policies-redline', { readme: true });

  // Approve version 2 (one approver this time): it supersedes version 1.
  await page.getByRole('link', { name: 'Back to the policy' }).click();
  await page.getByRole('button', { name: 'Edit draft version 2' }).click();
  await editor.submit([{ committee: 'Medical Executive Committee' }]);
  await detail.decide('Approve', 'Carried at the March meeting.');
  await expect(detail.version(2)).toContainText('Active');
  await expect(detail.version(1)).toContainText('Superseded');

  // Read-and-sign: assign to a role; compliance counts the attestation to the version in force.
  await detail.assign('Attending Physician');
  await expect(detail.compliance).toHaveText('0 / 3 (0%)');
  await expect(detail.readAndSign.getByRole('list', { name: 'Not attested' }).getByRole('listitem')).toHaveCount(3);
  await detail.recordAttestation('Ben Ashford, MD', 'Paper');
  await expect(detail.compliance).toHaveText('1 / 3 (33%)');
  await expect(detail.readAndSign.getByRole('list', { name: 'Not attested' }).getByRole('listitem')).toHaveCount(2);
  await detail.readAndSign.getByRole('button', { name: /^Attested/ }).click();
  await expect(detail.readAndSign.getByRole('list', { name: 'Attested' })).toContainText('Ben Ashford, MD');
  await expect(detail.readAndSign.getByRole('list', { name: 'Attested' })).toContainText('Paper');
  await detail.readAndSign.getByRole('button', { name: /^Not attested/ }).click();
  await shell.dismissToasts();
  await detail.approvalChain.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'policies-approval-and-read-and-sign', { readme: true });
  await page.locator('.content').evaluate((el) => el.scrollTo({ top: 0 }));
  await saveScreenshot(page, 'policies-policy-page', { readme: true });

  // The library row says it all in one line.
  await shell.go('Policies');
  const row = library.row('MS-014');
  await expect(row).toContainText('Credentialing and privileging');
  await expect(row).toContainText('Version 2');
  await expect(row).toContainText('1 / 3 (33%)');
  await expect(row).toContainText('Current');
  await expect(library.chip('Active')).toContainText('1');
});
