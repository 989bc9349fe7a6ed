// Settings: the core's validation message appears beside the field and nothing is saved; a valid name reaches the header.
import { expect, saveScreenshot, test } from './fixtures';
import { SettingsPage } from './pages/settings';
import { ShellPage } from './pages/shell';

test('a blank organisation name is refused beside the field; a valid one is saved and shown in the header', async ({ page, chartroom }) => {
  const shell = new ShellPage(page);
  const settings = new SettingsPage(page);
  await shell.open(chartroom.url);
  await shell.go('Settings');

  const before = await chartroom.core.call('settings.get', {});
  await expect(settings.organisationName).toHaveValue(before.organisationName);
  const info = await chartroom.core.call('app.info', {});
  await expect(settings.databaseCard).toContainText(info.dataDir);
  await expect(settings.databaseCard).toContainText(info.databaseFile);

  await settings.organisationName.fill('   ');
  await settings.save.click();
  const error = settings.errorFor(settings.organisationName);
  await expect(error).toHaveText('The organisation needs a name');
  await expect(settings.organisationName).toHaveAttribute('aria-invalid', 'true');
  await saveScreenshot(page, 'settings-validation', { readme: true });
  expect(await chartroom.core.call('settings.get', {})).toEqual(before);
  expect((await chartroom.core.call('app.info', {})).isEmpty).toBe(true);
  await expect(shell.organisationName).toHaveText(before.organisationName);

  await settings.organisationName.fill('Harbour View Community Hospital');
  await expect(error).toHaveCount(0);
  await settings.save.click();
  await expect(shell.organisationName).toHaveText('Harbour View Community Hospital');
  await expect(shell.toast()).toContainText('Settings saved');
  expect((await chartroom.core.call('settings.get', {})).organisationName).toBe('Harbour View Community Hospital');

  await page.reload();
  await expect(shell.organisationName).toHaveText('Harbour View Community Hospital');
  await expect(settings.organisationName).toHaveValue('Harbour View Community Hospital');
  await shell.dismissToasts();
  await saveScreenshot(page, 'settings', { readme: true });
});
