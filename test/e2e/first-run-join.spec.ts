// First run on a new laptop: join the team's shared folder from the welcome, and the app opens on the team's records,
// with the same fingerprint in Settings → Sync as the laptop that wrote the folder.
process.env.CHARTROOM_AUTO_SYNC = '0';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../../electron/core/core';
import { expect, saveScreenshot, test } from './fixtures';
import { DashboardPage } from './pages/dashboard';
import { ShellPage } from './pages/shell';
import { JoinFolderForm, SyncPage } from './pages/sync';

const passphrase = 'lantern bay team passphrase';

test('"Join a shared folder" loads the team\'s records and the app opens on them', async ({ page, chartroom }) => {
  // The sample hospital, three key derivations (scrypt) and a full first sync: more than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chartroom-e2e-join-'));
  const folder = path.join(root, 'shared');
  fs.mkdirSync(folder);
  const colleague = openCore({ dataDir: path.join(root, 'colleague'), actor: 'Dr Okafor' });
  try {
    await colleague.call('app.seedSample', { staff: 12 });
    await colleague.call('sync.configure', { folder, deviceName: "Dr Okafor's laptop", passphrase });
    await colleague.call('sync.now', {});
    const theirs = await colleague.call('app.info', {});

    const shell = new ShellPage(page);
    const dashboard = new DashboardPage(page);
    const join = new JoinFolderForm(page);
    await shell.open(chartroom.url);
    await expect(dashboard.joinChoice).toBeVisible();
    await expect(dashboard.openSampleButton).toBeVisible();
    await expect(dashboard.emptyDatabaseChoice).toBeVisible();

    // A folder that is not the team's, then a wrong passphrase: a sentence beside the form, nothing loaded.
    await join.join(path.join(root, 'empty-folder-typo'), passphrase);
    await expect(join.error).toContainText('There is no folder');
    await join.join(folder, 'not the team passphrase');
    await expect(join.error).toContainText('passphrase does not open this sync folder');
    await saveScreenshot(page, 'first-run-join-error');
    expect((await chartroom.core.call('app.info', {})).isEmpty).toBe(true);

    await join.join(folder, passphrase);
    await expect(shell.pageTitle()).toHaveText('Dashboard', { timeout: 30_000 });
    await expect(dashboard.welcomeHeading).toBeHidden();
    await expect(shell.organisationName).toHaveText(theirs.organisationName);
    await expect(dashboard.countCard('staff')).toContainText('12');

    // The same records as the colleague's laptop, by the fingerprint two directors compare by eye.
    const expected = await colleague.call('sync.digest', {});
    await shell.go('Settings');
    const sync = new SyncPage(page);
    await expect(sync.fingerprint).toHaveText(expected.short);
    expect((await chartroom.core.call('sync.digest', {})).total).toBe(expected.total);
    await expect(sync.devices).toContainText("Dr Okafor's laptop");
  } finally {
    colleague.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
