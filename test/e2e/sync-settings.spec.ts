// Settings → Sync with a colleague's laptop on the same shared folder: set up, sync now, see the colleague, then
// compare a conflict and restore the value that lost.
process.env.CHARTROOM_AUTO_SYNC = '0';
import { staffEntity } from '../../electron/core/staff/entities';
import { expect, saveScreenshot, test } from './fixtures';
import { colleagueLaptop } from './colleague-laptop';
import { ShellPage } from './pages/shell';
import { ConflictsPage, SyncPage } from './pages/sync';

const passphrase = 'lantern bay team passphrase';

test('sync with a colleague, then restore a value that lost a concurrent edit', async ({ page, chartroom }) => {
  // Two laptops, five syncs with key derivation (scrypt): more than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  const { colleague, folder, departmentId, dispose } = await colleagueLaptop();
  try {
    const practitioner = await colleague.call('staff.create', { givenName: 'Amara', familyName: 'Quillmere', degree: 'MD', roleId: 'role-attending', departmentId });
    await colleague.call('sync.configure', { folder, deviceName: "Dr Okafor's laptop", passphrase });
    await colleague.call('sync.now', {});

    const shell = new ShellPage(page);
    const sync = new SyncPage(page);
    await shell.open(chartroom.url);
    await shell.go('Settings');
    await sync.setUp(folder, 'Front office', passphrase);
    await sync.syncNow.click();
    await expect(sync.devices).toContainText("Dr Okafor's laptop");
    await expect(sync.lastSync).toContainText(/Received \d+ changes in 1 file from Dr Okafor's laptop/);
    expect((await chartroom.core.call('staff.get', { id: practitioner.id })).familyName).toBe('Quillmere');

    // The same name changed on both laptops before either synced.
    await colleague.call('staff.update', { id: practitioner.id, patch: { familyName: 'Quill' } });
    await new Promise((r) => setTimeout(r, 10));
    await chartroom.core.call('staff.update', { id: practitioner.id, patch: { familyName: 'Quillmere-Ade' } });
    await colleague.call('sync.now', {});
    await sync.syncNow.click();
    await expect(sync.conflictsLink).toHaveText('Conflicts (1)');
    await saveScreenshot(page, 'sync-card', { readme: true });

    await sync.conflictsLink.click();
    const conflicts = new ConflictsPage(page);
    const conflict = conflicts.conflict(/Staff member .*Family name/);
    await expect(conflict).toContainText('Quillmere-Ade');
    await expect(conflict).toContainText('Quill');
    await expect(conflict).toContainText("Dr Okafor's laptop");
    await saveScreenshot(page, 'sync-conflicts', { readme: true });
    await conflict.getByRole('button', { name: 'Restore the lost value' }).click();
    await expect(page.getByText('No conflicts to review')).toBeVisible();
    expect((await chartroom.core.call('staff.get', { id: practitioner.id })).familyName).toBe('Quill');

    // A licence added here to a practitioner the colleague has just deleted: it waits, and says why in words.
    await chartroom.core.call('credentials.create', { staffId: practitioner.id, type: 'state-license', title: 'State medical licence', number: 'MD4471902', expiresOn: '2031-05-31' });
    await new Promise((r) => setTimeout(r, 10));
    colleague.context.store.remove(staffEntity, practitioner.id);
    await colleague.call('sync.now', {});
    await page.getByRole('link', { name: '← Settings' }).click();
    await sync.syncNow.click();
    const waiting = sync.waitingList.getByRole('listitem', { name: 'Credential “State medical licence”' });
    await expect(waiting).toContainText("waits for staff member “Quill, Amara”, which was deleted on Dr Okafor's laptop");
    await expect(sync.waitingCard).not.toContainText('4471902');
    await waiting.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'sync-waiting');

    // Converged means the same rows: the fingerprint on screen is the colleague's once both have synced.
    await colleague.call('sync.now', {});
    await sync.syncNow.click();
    const theirs = await colleague.call('sync.digest', {});
    await expect(sync.fingerprint).toHaveText(theirs.short);
    expect((await chartroom.core.call('sync.digest', {})).total).toBe(theirs.total);
  } finally {
    dispose();
  }
});

test('a practitioner added on both laptops under one NPI is listed as a duplicate merged, with what each held', async ({ page, chartroom }) => {
  const { colleague, folder, departmentId, dispose } = await colleagueLaptop();
  try {
    await colleague.call('sync.configure', { folder, deviceName: "Dr Okafor's laptop", passphrase });
    await colleague.call('sync.now', {});

    const shell = new ShellPage(page);
    const sync = new SyncPage(page);
    await shell.open(chartroom.url);
    await shell.go('Settings');
    await sync.setUp(folder, 'Front office', passphrase);
    await sync.syncNow.click();
    await expect(sync.devices).toContainText("Dr Okafor's laptop");

    // Both laptops add the same practitioner before either syncs.
    const practitioner = { givenName: 'Noor', npi: '1234567893', roleId: 'role-attending', departmentId };
    await colleague.call('staff.create', { ...practitioner, familyName: 'Haddad', specialty: 'Cardiology' });
    await new Promise((r) => setTimeout(r, 10));
    await chartroom.core.call('staff.create', { ...practitioner, familyName: 'Haddad-Ali', specialty: 'Interventional cardiology' });
    await colleague.call('sync.now', {});
    await sync.syncNow.click();
    await expect(sync.duplicates).toContainText(/Staff member: Haddad(-Ali)?, Noor/);
    await expect(sync.duplicates).toContainText('2 values differed');
    await sync.duplicates.getByText('Staff member').click();
    await expect(sync.duplicates.getByRole('row', { name: /Specialty/ })).toContainText('Interventional cardiology');
    await expect(sync.duplicates.getByRole('row', { name: /Department/ })).toContainText('Cardiology');
    await sync.duplicates.scrollIntoViewIfNeeded();
    await page.setViewportSize({ width: 1366, height: 850 });
    await saveScreenshot(page, 'sync-duplicates');
    expect(await chartroom.core.call('staff.list', {})).toMatchObject({ total: 1 });
  } finally {
    dispose();
  }
});
