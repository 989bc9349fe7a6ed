// Read-and-sign in bulk: the names on a signed attendance sheet ticked at once and recorded in one go, dated, "signed sheet".
import { expect, saveScreenshot, test } from './fixtures';
import { PolicyDetailPage } from './pages/policies';

test.use({ viewport: { width: 1366, height: 850 } });

test('ticks the names on a signed sheet and records them all with the day it was signed', async ({ page, chartroom }) => {
  test.setTimeout(60_000);
  const { core } = chartroom;
  await core.call('app.seedSample', {});
  const policy = (await core.call('policies.list', { filter: 'active' })).rows.find((p) => p.attestation.assigned - p.attestation.attested >= 3)!;
  const before = await core.call('policies.attestations', { policyId: policy.id, pendingOnly: true });
  const signers = before.rows.slice(0, 3);
  const { today } = await core.call('credentials.expirations', { withinDays: 1 });
  const signedOn = new Date(Date.parse(`${today}T12:00:00Z`) - 2 * 86_400_000).toISOString().slice(0, 10);

  await page.goto(`${chartroom.url}#/policies/${policy.id}`);
  const policyPage = new PolicyDetailPage(page);
  const sheet = policyPage.readAndSign.getByRole('group', { name: 'Signed sheet' });
  await expect(sheet.getByRole('button', { name: /as signed sheet/ })).toBeDisabled();
  for (const signer of signers) await policyPage.readAndSign.getByRole('checkbox', { name: `On the signed sheet: ${signer.staffName}` }).check();
  await expect(sheet.getByTestId('signed-sheet-count')).toHaveText(`3 of ${before.rows.length} ticked`);
  await sheet.getByLabel('Signed on').fill(signedOn);
  await saveScreenshot(page, 'policies-signed-sheet');
  await sheet.getByRole('button', { name: 'Record 3 as signed sheet' }).click();

  await expect(policyPage.compliance).toContainText(`${policy.attestation.attested + 3} / ${policy.attestation.assigned}`);
  await expect(policyPage.readAndSign.getByRole('list', { name: 'Not attested' }).getByTestId('attestation-row')).toHaveCount(before.rows.length - 3);
  const after = (await core.call('policies.attestations', { policyId: policy.id })).rows.filter((r) => signers.some((s) => s.staffId === r.staffId));
  expect(after.map((r) => [r.attestedOn, r.method])).toEqual(signers.map(() => [signedOn, 'signed-sheet']));
  await expect(sheet.getByTestId('signed-sheet-count')).toHaveText(`0 of ${before.rows.length - 3} ticked`);
});
