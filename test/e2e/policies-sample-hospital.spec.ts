// The sample hospital's policy manual: the library with its filters on realistic data, a policy's page, search and the
// standards crosswalk, as a director first meets them.
import { expect, saveScreenshot, test } from './fixtures';
import { PolicyDetailPage, PolicyLibraryPage } from './pages/policies';
import { PolicySearchPage, StandardsPage } from './pages/policies-views';
import { ShellPage } from './pages/shell';

test('the sample hospital’s policy manual: library, filters, a policy, search and standards', async ({ page, chartroom }) => {
  test.setTimeout(90_000);
  const { core } = chartroom;
  await core.call('app.seedSample', { staff: 250 });
  const all = await core.call('policies.list', { filter: 'all', limit: 500 });
  expect(all.total).toBeGreaterThan(0);

  const shell = new ShellPage(page);
  const library = new PolicyLibraryPage(page);
  await shell.open(chartroom.url);
  await shell.go('Policies');
  await expect(library.summary).toHaveText(`${all.total} policies`);
  await expect(library.chip('All')).toContainText(String(all.total));
  await shell.dismissToasts();
  await saveScreenshot(page, 'policies-library', { readme: true });

  // Each chip shows exactly what the core counts for it.
  for (const [label, filter] of [['Overdue', 'overdue'], ['Review due', 'review-due'], ['In review', 'in-review']] as const) {
    const expected = await core.call('policies.list', { filter, limit: 1 });
    await library.chip(label).click();
    await expect(library.summary).toHaveText(`${expected.total} ${expected.total === 1 ? 'policy' : 'policies'}`);
    if (label === 'Overdue' && expected.total > 0) {
      await expect(library.rows.first()).toContainText(/\d+ days? overdue/);
      await saveScreenshot(page, 'policies-library-overdue');
    }
  }

  // The policy with the most versions makes the fullest page.
  await library.chip('All').click();
  let fullest = all.rows[0]!;
  let most = -1;
  for (const row of all.rows) {
    const policy = await core.call('policies.get', { id: row.id });
    const score = policy.versions.length + (policy.attestation.assigned > 0 ? 2 : 0) + policy.standards.length;
    if (score > most) (most = score), (fullest = row);
  }
  await library.search.fill(fullest.reference);
  await library.row(fullest.reference).getByRole('link', { name: fullest.title }).click();
  const detail = new PolicyDetailPage(page);
  await expect(detail.title).toHaveText(fullest.title);
  await expect(detail.versions.first()).toBeVisible();
  await shell.dismissToasts();
  await saveScreenshot(page, 'policies-policy-sample');

  await page.getByRole('navigation', { name: 'Policies views' }).getByRole('link', { name: 'Search' }).click();
  const search = new PolicySearchPage(page);
  const word = fullest.title.split(/\s+/).find((w) => w.length > 5) ?? fullest.title;
  await search.box.fill(word);
  await expect(search.hits.first().locator('mark').first()).toBeVisible();
  await saveScreenshot(page, 'policies-search-sample');

  await page.getByRole('navigation', { name: 'Policies views' }).getByRole('link', { name: 'Standards' }).click();
  const standards = new StandardsPage(page);
  await expect(standards.summary).toContainText('standards');
  await saveScreenshot(page, 'policies-standards-sample');
});
