// The command palette by keyboard alone: Ctrl+K from anywhere reaches every screen and runs commands; the search finds a
// policy by a word of its text and a practitioner by NPI, and opens them; axe finds nothing serious in the open palette.
import { expectNoSeriousAxeViolations } from './pages/axe';
import { expect, saveScreenshot, test } from './fixtures';
import { PalettePage } from './pages/palette';
import { ShellPage } from './pages/shell';
import { sampleEthicsPassphrase } from '../../electron/core/sample/ethics';

/** Every screen and view, by the command that goes there and the address it lands on. */
const destinations: readonly [command: string, hash: string][] = [
  ['Go to Dashboard', '#/dashboard'],
  ['Go to Policies', '#/policies'],
  ['Go to Policies: Search', '#/policies/search'],
  ['Go to Policies: Standards', '#/policies/standards'],
  ['Go to Policies: Import', '#/policies/import'],
  ['Go to Staff & Credentials', '#/staff'],
  ['Go to Expirations', '#/staff/expirations'],
  ['Go to Verification', '#/staff/verification'],
  ['Go to Reappointments', '#/staff/reappointments'],
  ['Go to Evaluations', '#/staff/evaluations'],
  ['Go to Suspensions', '#/staff/suspensions'],
  ['Go to Exclusions', '#/staff/screening'],
  ['Go to NPDB', '#/staff/npdb'],
  ['Go to Import', '#/staff/import'],
  ['Go to Organisation', '#/staff/organisation'],
  ['Go to Meetings', '#/meetings'],
  ['Go to Action items', '#/meetings/actions'],
  ['Go to Committees', '#/meetings/committees'],
  ['Go to Planning', '#/planning'],
  ['Go to Planning: Scorecard', '#/planning'],
  ['Go to Planning: Measures', '#/planning/measures'],
  ['Go to Planning: Strategy', '#/planning/strategy'],
  ['Go to Planning: PDSA cycles', '#/planning/pdsa'],
  ['Go to Planning: Risks', '#/planning/risks'],
  ['Go to Training', '#/training'],
  ['Go to Training: Compliance matrix', '#/training'],
  ['Go to Training: Requirements', '#/training/requirements'],
  ['Go to Training: Courses', '#/training/courses'],
  ['Go to Training: Completions', '#/training/completions'],
  ['Go to Training: CME', '#/training/cme'],
  ['Go to Ethics', '#/ethics'],
  ['Go to Settings', '#/settings'],
  ['Go to Sync settings', '#/settings/sync'],
  ['Go to Sync conflicts', '#/settings/conflicts'],
];

test.beforeEach(async ({ page, chartroom }) => {
  await page.setViewportSize({ width: 1366, height: 850 });
  await chartroom.core.call('app.seedSample', { staff: 30 });
});

test('the palette reaches every screen by keyboard alone', async ({ page, chartroom }) => {
  test.setTimeout(360_000);
  const shell = new ShellPage(page);
  const palette = new PalettePage(page);
  await shell.open(chartroom.url);
  await shell.dismissToasts();

  // Every "Go to" the palette offers is one this test visits: a new view gets its line above.
  await palette.open();
  const offered = (await palette.group('Commands').getByRole('option').allInnerTexts()).filter((t) => t.startsWith('Go to'));
  expect(offered.sort()).toEqual(destinations.map(([command]) => command).sort());
  await page.keyboard.press('Escape');
  await expect(palette.dialog).toBeHidden();

  for (const [command, hash] of destinations) {
    await palette.open();
    await palette.type(command, { atOnce: true });
    await expect(palette.activeOption()).toHaveText(command);
    await page.keyboard.press('Enter');
    await expect(palette.dialog).toBeHidden();
    await expect.poll(() => page.evaluate(() => window.location.hash), { message: command }).toBe(hash);
    await expect(shell.pageTitle().first()).toBeVisible();
  }
});

test('runs commands by keyboard alone: a new policy, the packet of the next MEC', async ({ page, chartroom }) => {
  test.setTimeout(120_000);
  const shell = new ShellPage(page);
  const palette = new PalettePage(page);
  await shell.open(chartroom.url);
  await shell.dismissToasts();

  await palette.open();
  await palette.type('new policy');
  await expect(palette.activeOption()).toHaveText('New policy');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'New policy' })).toBeVisible();
  await page.keyboard.press('Escape');

  const mec = (await chartroom.core.call('committees.list', {})).find((c) => c.kind === 'medical-executive')!;
  const now = new Date().toISOString();
  const next = (await chartroom.core.call('meetings.list', { committeeId: mec.id }))
    .filter((m) => m.startsAt >= now && (m.status === 'draft' || m.status === 'scheduled'))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0]!;
  await palette.open();
  await palette.type('packet next mec');
  await expect(palette.activeOption()).toHaveText('Export the packet for the next MEC');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/meetings/${next.id}?tab=packet`);
  await expect(page.getByRole('tab', { name: 'Packet' })).toHaveAttribute('aria-selected', 'true');
});

test('finds a policy by a word of its text and a practitioner by NPI, and opens each', async ({ page, chartroom }) => {
  test.setTimeout(120_000);
  const { core } = chartroom;
  const owner = (await core.call('staff.list', { limit: 1 })).rows[0]!;
  const policy = await core.call('policies.create', {
    reference: 'LAB-077', title: 'Specimen labelling', category: 'Laboratory', ownerId: owner.id,
    body: '## Procedure\n\nEvery tube is labelled at the bedside with two identifiers before it leaves the phlebotomist.',
  });
  const practitioner = (await core.call('staff.list', { limit: 50 })).rows.find((r) => r.npi)!;

  const shell = new ShellPage(page);
  const palette = new PalettePage(page);
  await shell.open(chartroom.url);
  await shell.dismissToasts();

  await palette.open();
  await palette.type('phlebotomist');
  const hit = palette.group('Policies').getByRole('option', { name: /LAB-077 Specimen labelling/ });
  await expect(hit).toContainText('phlebotomist');
  await expect(hit.locator('mark')).toHaveText(['phlebotomist']);
  await expect(palette.activeOption()).toContainText('LAB-077');
  await saveScreenshot(page, 'search-palette-policy-text');
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/policies/${policy.id}`);
  await expect(shell.pageTitle().first()).toContainText('Specimen labelling');

  await palette.open();
  await palette.type(practitioner.npi!);
  await expect(palette.group('Practitioners').getByRole('option').first()).toContainText(practitioner.familyName);
  await saveScreenshot(page, 'search-palette-npi');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/staff/${practitioner.id}`);

  // The header's box opens the same palette; a word with many kinds of records shows them grouped.
  await page.getByTestId('palette-launcher').click();
  await expect(palette.box).toBeFocused();
  await palette.type('credential');
  await expect(palette.list.getByRole('group')).not.toHaveCount(0);
  await saveScreenshot(page, 'search-palette-groups');
  await page.keyboard.press('Escape');
  await expect(palette.dialog).toBeHidden();
});

test('finds an ethics case only while the cases are unlocked, and opens it', async ({ page, chartroom }) => {
  test.setTimeout(120_000);
  const { core } = chartroom;
  await core.call('ethics.unlock', { passphrase: sampleEthicsPassphrase });
  const [first] = await core.call('ethics.list', {});
  // The question's longest word: one a director might remember the case by.
  const word = first!.question.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!;

  const shell = new ShellPage(page);
  const palette = new PalettePage(page);
  await shell.open(chartroom.url);
  await shell.dismissToasts();
  await palette.open();
  await palette.type(word);
  const hit = palette.group('Ethics cases').getByRole('option', { name: new RegExp(first!.caseNumber) });
  await expect(hit).toBeVisible();
  await hit.click();
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/ethics?case=${first!.id}`);
  await expect(page.getByRole('heading', { name: new RegExp(first!.caseNumber) })).toBeVisible();

  // Locked by command, by keyboard: the same word then finds no case.
  await palette.open();
  await palette.type('lock ethics');
  await expect(palette.activeOption()).toHaveText('Lock ethics cases');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await core.call('ethics.lockState', {})).unlocked).toBe(false);
  await palette.open();
  await palette.type(word);
  await expect(palette.group('Ethics cases')).toHaveCount(0);
});
