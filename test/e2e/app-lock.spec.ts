// The app lock through the real renderer and bridge: set in Settings, locked from the header or the shortcut; the lock
// screen shows no name, number or count, the title says only that Chartroom is locked, the core answers nothing, and
// unlocking returns to the screen the director was on.
import { expect, saveScreenshot, test } from './fixtures';
import { expectNoSeriousAxeViolations } from './pages/axe';
import { ShellPage } from './pages/shell';

const passphrase = 'harbour lights at dawn';

test('lock now hides everything until the passphrase is typed, then returns to the same screen', async ({ page, chartroom }) => {
  test.setTimeout(180_000);
  const { core } = chartroom;
  await core.call('app.seedSample', { staff: 20 });
  const staff = (await core.call('staff.list', { limit: 100 })).rows;
  const organisation = (await core.call('settings.get', {})).organisationName;
  const shell = new ShellPage(page);
  await page.setViewportSize({ width: 1366, height: 850 });
  await shell.open(chartroom.url);

  // Settings → Lock: no lock button until a passphrase is set.
  await shell.go('Settings');
  const header = page.locator('header');
  await expect(header.getByRole('button', { name: 'Lock' })).toHaveCount(0);
  const lockForm = page.getByRole('form', { name: 'Lock' });
  await lockForm.getByLabel('Lock passphrase').fill(passphrase);
  await lockForm.getByLabel('Type it again').fill(passphrase);
  await lockForm.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(shell.toast()).toContainText('locks itself');
  await shell.dismissToasts();
  await lockForm.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'settings-lock');
  await expectNoSeriousAxeViolations(page);

  await shell.go('Staff & Credentials');
  const someone = staff[0]!;
  await expect(shell.content).toContainText(someone.familyName);
  const staffAddress = page.url();

  await header.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Chartroom is locked' })).toBeVisible();
  expect(await page.title()).toBe('Chartroom — locked');
  const shown = await page.locator('body').innerText();
  for (const person of staff) {
    expect(shown).not.toContain(person.familyName);
    if (person.npi) expect(shown).not.toContain(person.npi);
  }
  expect(shown).not.toContain(organisation);
  expect(shown).not.toMatch(/\d/); // no number or count of any kind
  // The core itself refuses: a stale or scripted page gets nothing either.
  expect(await core.dispatch('staff.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  await expectNoSeriousAxeViolations(page);
  await saveScreenshot(page, 'app-locked');

  const field = page.getByLabel('Lock passphrase');
  await field.fill('harbour lights at dusk');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('That is not the lock passphrase');
  await expect(page.getByRole('heading', { name: 'Chartroom is locked' })).toBeVisible();

  await field.fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(shell.content).toContainText(someone.familyName);
  expect(page.url()).toBe(staffAddress);
  await expect(shell.link('Staff & Credentials')).toHaveAttribute('aria-current', 'page');
  expect(await page.title()).toBe('Chartroom');
  await expect(shell.organisationName).toHaveText(organisation);

  // The shortcut locks too.
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('heading', { name: 'Chartroom is locked' })).toBeVisible();
  expect(await page.title()).toBe('Chartroom — locked');
});
