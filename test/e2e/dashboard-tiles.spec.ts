// Every dashboard tile opens its list filtered to exactly what it counted: the tile's figure is the rows shown, and the
// list shows the filter so it can be cleared.
import { expect, saveScreenshot, test } from './fixtures';
import { DashboardPage } from './pages/dashboard';
import { ShellPage } from './pages/shell';

test.use({ viewport: { width: 1366, height: 850 } });

/** Each tile, and the rows of the list it opens (what the figure must equal). */
const tiles = [
  { key: 'lapsed', title: 'Credential expirations', rows: 'expiration-row', filter: { label: 'Show', value: 'lapsed' } },
  { key: 'expiring', title: 'Credential expirations', rows: 'expiration-row', filter: { label: 'Show', value: 'expiring' } },
  { key: 'suspensions', title: 'Suspensions', rows: 'unrecorded-lapse', filter: { label: 'Show', value: 'unrecorded' } },
  { key: 'verification', title: 'Verification queue', rows: 'verification-row' },
  { key: 'reappointments', title: 'Reappointments', rows: 'reappointment-row' },
  { key: 'evaluations', title: 'Evaluations due', rows: 'evaluation-due-row' },
  { key: 'reviews', title: 'Policies', rows: 'policy-row', chip: 'Review due' },
  { key: 'approvals', title: 'Policies', rows: 'policy-row', chip: 'In review' },
  { key: 'risks', title: 'Risk register', rows: 'risk-row', filter: { label: 'Show', value: 'attention' } },
  { key: 'off-track', title: 'Scorecard', rows: 'scorecard-row', filter: { label: 'Show', value: 'off-track' } },
  // The matrix is virtualized: only the rows in view are in the page, so its count line is what must equal the figure.
  { key: 'training', title: 'Compliance matrix', rows: 'matrix-row', count: 'matrix-count', filter: { label: 'Show', value: 'overdue' } },
  { key: 'cme', title: 'CME by licence cycle', rows: 'cme-shortfall-row' },
  { key: 'exclusion-matches', title: 'Exclusion screening', rows: 'exclusion-match-row', filter: { label: 'Show', value: 'possible' } },
  { key: 'excluded', title: 'Exclusion screening', rows: 'exclusion-match-row', filter: { label: 'Show', value: 'confirmed' } },
  { key: 'screening-overdue', title: 'Exclusion screening', rows: 'screening-overdue-row', filter: { label: 'Show', value: 'overdue' } },
  { key: 'npdb', title: 'NPDB queries due', rows: 'npdb-due-row' },
  // Last: the checks after the loop continue from this tile's list.
  { key: 'actions', title: 'Action items', rows: 'action-list-row', filter: { label: 'Status', value: 'open' } },
] as const;

test('each tile opens a list holding exactly its figure, with the filter shown and clearable', async ({ page, chartroom }) => {
  test.setTimeout(240_000);
  await chartroom.core.call('app.seedSample', {});
  const shell = new ShellPage(page);
  const dashboard = new DashboardPage(page);
  await shell.open(chartroom.url);
  await expect(page.getByTestId('attention-lapsed')).toBeVisible();
  expect(await page.getByTestId(/^attention-/).count()).toBe(tiles.length);

  for (const tile of tiles) {
    await shell.go('Dashboard');
    const figure = await dashboard.tileFigure(tile.key);
    expect(figure, `${tile.key} counts something on the sample hospital`).toBeGreaterThan(0);
    await dashboard.tile(tile.key).getByRole('link').click();
    await expect(shell.pageTitle()).toHaveText(tile.title);
    if ('count' in tile) await expect(page.getByTestId(tile.count), `the ${tile.key} tile's list`).toHaveText(new RegExp(`^${figure} (person|people) ×`));
    else await expect(page.getByTestId(tile.rows), `the ${tile.key} tile's list`).toHaveCount(figure);
    if ('filter' in tile) await expect(page.getByRole('combobox', { name: tile.filter.label, exact: true })).toHaveValue(tile.filter.value);
    if ('chip' in tile) await expect(page.getByRole('button', { name: new RegExp(`^${tile.chip}`) })).toHaveAttribute('aria-pressed', 'true');
    await saveScreenshot(page, `dashboard-tile-${tile.key}`);
  }

  // A reload keeps the filter; clearing it shows the whole list again.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('open');
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('all');
  await expect(page).toHaveURL(/#\/meetings\/actions\?status=all$/);
  const all = (await chartroom.core.call('actions.list', { status: 'all' })).rows.length;
  await expect(page.getByTestId('action-list-row')).toHaveCount(all);
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('open');

  await shell.go('Dashboard');
  await dashboard.tile('lapsed').getByRole('link').click();
  await expect(page.getByRole('combobox', { name: 'Show' })).toHaveValue('lapsed');
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page.getByRole('combobox', { name: 'Show' })).toHaveValue('all');
  const board = await chartroom.core.call('credentials.expirations', {});
  await expect(page.getByTestId('expiration-row')).toHaveCount(board.rows.length);

  await shell.go('Dashboard');
  await dashboard.tile('reviews').getByRole('link').click();
  await page.getByRole('button', { name: /^All/ }).click();
  await expect(page).toHaveURL(/#\/policies$/);
  await expect(page.getByTestId('policy-row')).toHaveCount((await chartroom.core.call('policies.list', {})).total);
});
