// The keyboard alone: a skip link past the sidebar, a dialog that gives focus back to its opener on Escape, a person
// chosen with Enter keeping focus in the form, and a form that names every missing field at the first try.
import { expect, saveScreenshot, test } from './fixtures';
import { ShellPage } from './pages/shell';

test.beforeEach(async ({ page, chartroom }) => {
  await page.setViewportSize({ width: 1366, height: 850 });
  await chartroom.core.call('app.seedSample', { staff: 20 });
  await new ShellPage(page).open(chartroom.url);
  await new ShellPage(page).dismissToasts();
});

test('Tab first reaches "Skip to content", which moves focus to the screen and leaves the address alone', async ({ page }) => {
  await page.evaluate(() => (window.location.hash = '#/policies'));
  await expect(page.getByRole('heading', { level: 1, name: 'Policies' })).toBeVisible();
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await saveScreenshot(page, 'keyboard-skip-link');
  await page.keyboard.press('Enter');
  await expect(page.locator('main#content')).toBeFocused();
  await expect(page).toHaveURL(/#\/policies$/);
  // The next Tab lands inside the screen, not in the sidebar.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('Escape closes a dialog and gives focus back to the button that opened it', async ({ page }) => {
  await page.evaluate(() => (window.location.hash = '#/policies'));
  const opener = page.getByRole('button', { name: 'New policy' }).first();
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New policy' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('a new policy submitted empty names every missing field at once, the owner among them', async ({ page }) => {
  await page.evaluate(() => (window.location.hash = '#/policies'));
  await page.getByRole('button', { name: 'New policy' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New policy' });

  // Submitted empty: reference, category, title and owner, all at once.
  await dialog.getByRole('button', { name: 'Create and write the draft' }).click();
  await expect(dialog.getByText('Choose the person who owns this policy')).toBeVisible();
  for (const label of ['Reference', 'Category', 'Title']) {
    await expect(dialog.getByRole('textbox', { name: label })).toHaveAttribute('aria-invalid', 'true');
  }
  await saveScreenshot(page, 'keyboard-new-policy-errors');
});

test('choosing the owner with Enter keeps focus in the form', async ({ page }) => {
  await page.evaluate(() => (window.location.hash = '#/policies'));
  await page.getByRole('button', { name: 'New policy' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New policy' });

  const owner = dialog.getByRole('searchbox', { name: 'Owner' });
  await owner.fill('a');
  const firstMatch = dialog.locator('.staff-picker__match').first();
  await expect(firstMatch).toBeVisible();
  await firstMatch.focus();
  await page.keyboard.press('Enter');
  const change = dialog.getByRole('button', { name: 'Change owner' });
  await expect(change).toBeFocused();
  // And "Change" gives the search box back with focus in it.
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('searchbox', { name: 'Owner' })).toBeFocused();
});
