// At 1366 × 850 (a common hospital laptop), a policy's page fits its width, and its redline reads as the policy does:
// bold and italics shown as such, never as asterisks.
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './fixtures';
import { ShellPage } from './pages/shell';

/** Elements wider than the screen's content area push it sideways: none may. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const right = main.getBoundingClientRect().right;
    const found: string[] = [];
    if (main.scrollWidth > main.clientWidth + 1) found.push(`main scrolls sideways by ${main.scrollWidth - main.clientWidth}px`);
    for (const element of Array.from(main.querySelectorAll<HTMLElement>('*'))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || element.closest('.visually-hidden')) continue;
      const name = `${element.tagName.toLowerCase()}.${element.className}`;
      if (box.right > right + 1) found.push(`${name} ends at ${Math.round(box.right)} > ${Math.round(right)}`);
      // Text wider than its box spills over what stands beside it, though the box itself fits.
      else if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX === 'visible') found.push(`${name}'s text spills ${element.scrollWidth - element.clientWidth}px past its box`);
    }
    return found.slice(0, 10);
  });
}

test('every policy page of the sample hospital fits 1366 px, and its redline shows emphasis, not asterisks', async ({ page, chartroom }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 850 });
  const { core } = chartroom;
  await core.call('app.seedSample', { staff: 30 });
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await shell.dismissToasts();

  // Long unbroken words (an address, a drug list typed without spaces) must wrap, not widen the page.
  const owner = (await core.call('staff.list', { limit: 1 })).rows[0]!.id;
  await core.call('policies.create', {
    reference: 'PH-099', title: 'AnticoagulationReversalProtocolForWarfarinApixabanRivaroxabanDabigatranEdoxabanPatients', category: 'Medication-management/high-alert-medications/anticoagulants',
    ownerId: owner, keywords: ['anticoagulation/reversal/warfarin/apixaban/rivaroxaban'],
    changeSummary: 'Replaces https://intranet.example-health-system.org/pharmacy/anticoagulation/reversal-protocol-version-eleven-final-FINAL.docx and AnticoagulationReversalProtocolForWarfarinApixabanRivaroxabanDabigatranEdoxabanPatientsVersionTwelve',
  });
  const policies = await core.call('policies.list', { filter: 'all', limit: 500 });
  const found: string[] = [];
  let withVersions: string | null = null;
  for (const row of policies.rows) {
    await page.evaluate((hash) => (window.location.hash = hash), `#/policies/${row.id}`);
    await expect(page.getByRole('heading', { level: 1, name: row.title })).toBeVisible();
    for (const problem of await overflowing(page)) found.push(`${row.reference}: ${problem}`);
    if (row.reference === 'PH-099') await saveScreenshot(page, 'policies-policy-long-words');
    if (!withVersions && (await core.call('policies.get', { id: row.id })).versions.length >= 3) withVersions = row.id;
  }
  expect(found, found.join('\n')).toEqual([]);
  await saveScreenshot(page, 'policies-policy-1366');

  expect(withVersions).not.toBeNull();
  await page.evaluate((hash) => (window.location.hash = hash), `#/policies/${withVersions}/redline`);
  const redline = page.getByTestId('redline-text');
  await expect(redline).toBeVisible();
  await expect(redline.locator('strong').first()).toBeVisible();
  await expect(redline.locator('em').first()).toBeVisible();
  expect(await redline.innerText()).not.toMatch(/\*\*|\*in advance\*/);
  // A change inside bold text is both: inserted, and bold.
  await expect(redline.locator('ins strong').first()).toBeVisible();
  expect(await overflowing(page)).toEqual([]);
  await saveScreenshot(page, 'policies-redline-1366');
});
