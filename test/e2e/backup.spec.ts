// Backups from Settings (Back up now, Restore… and what it said) and the recovery screen a damaged database opens on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBridge } from '../../electron/bridge/server';
import { openCore } from '../../electron/core/core';
import { databasePath } from '../../electron/core/db/open';
import { overwriteMiddle } from '../support/damage';
import { seriousViolations } from './axe';
import { expect, saveScreenshot, test } from './fixtures';
import { ShellPage } from './pages/shell';

const rendererDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/renderer');

test('Back up now, then Restore… from Settings puts the database back and says what sync does next', async ({ page, chartroom }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 850 });
  await chartroom.core.call('departments.create', { code: 'CARD', name: 'Cardiology' });
  const shell = new ShellPage(page);
  await shell.open(chartroom.url);
  await shell.go('Settings');
  const card = page.locator('#backups');
  await expect(card).toContainText('No backup yet');

  await card.getByRole('button', { name: 'Back up now' }).click();
  await expect(shell.toast()).toContainText('Backed up');
  const backups = card.getByRole('list', { name: 'Backups on this laptop' }).getByRole('listitem');
  await expect(backups).toHaveCount(1);
  await expect(card).toContainText('Last backup');
  await shell.dismissToasts();
  await card.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'settings-backups');
  expect(await seriousViolations(page)).toEqual([]);

  // A department added after the backup is gone once it is restored.
  await chartroom.core.call('departments.create', { code: 'LATE', name: 'Added after the backup' });
  await backups.first().getByRole('button', { name: /^Restore…/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('The backup is checked first');
  await saveScreenshot(page, 'settings-backups-restore-confirm');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(dialog.getByRole('heading', { name: 'Restored' })).toBeVisible();
  await expect(dialog).toContainText('This laptop had not synced with a shared folder');
  await expect(dialog).toContainText('before-restore-');
  await saveScreenshot(page, 'settings-backups-restored');
  await dialog.getByRole('button', { name: 'Done' }).click();
  expect((await chartroom.core.call('departments.list', {})).map((d) => d.code)).toEqual(['CARD']);
});

test('a damaged database opens on the recovery screen, and restoring the newest backup opens the app', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 850 });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chartroom-e2e-recovery-'));
  const seeding = openCore({ dataDir });
  await seeding.call('app.seedSample', { staff: 30 });
  await seeding.call('backup.now', {});
  seeding.close();
  overwriteMiddle(databasePath(dataDir));

  // As the app and dev:web open it.
  const core = openCore({ dataDir, checkOutput: true, recoverDamaged: true });
  const bridge = await startBridge({ dispatch: core.dispatch, staticDir: rendererDir });
  try {
    await page.goto(bridge.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Your database needs to be recovered' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('damaged-');
    await expect(page.getByRole('radio')).toHaveCount(1);
    await expect(page.getByRole('radio')).toBeChecked();
    await saveScreenshot(page, 'recovery-screen');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your database is restored' })).toBeVisible();
    await saveScreenshot(page, 'recovery-screen-restored');
    await page.getByRole('button', { name: 'Open Chartroom' }).click();
    const shell = new ShellPage(page);
    await expect(shell.statusLine).toContainText('chartroom', { ignoreCase: true });
    await expect(shell.organisationName).toHaveText('Lantern Bay Regional Medical Center');
  } finally {
    await bridge.close();
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
