// Settings → Conflicts with a licence number changed on two laptops at once: both numbers masked, as on the
// practitioner's profile; "Reveal" shows them whole on purpose and the reveal is recorded on this computer.
process.env.CHARTROOM_AUTO_SYNC = '0';
import { expect, test } from './fixtures';
import { colleagueLaptop } from './colleague-laptop';
import { ShellPage } from './pages/shell';
import { ConflictsPage } from './pages/sync';

const passphrase = 'lantern bay team passphrase';

test('a conflict over a licence number is masked until revealed, and the reveal is logged', async ({ page, chartroom }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 850 });
  const { colleague, folder, departmentId, dispose } = await colleagueLaptop();
  try {
    const practitioner = await colleague.call('staff.create', { givenName: 'Amara', familyName: 'Quillmere', degree: 'MD', roleId: 'role-attending', departmentId });
    const licence = await colleague.call('credentials.create', {
      staffId: practitioner.id, type: 'state-license', number: 'A1000001', jurisdiction: 'CA', issuedOn: '2024-01-01', expiresOn: '2028-01-01',
    });
    await colleague.call('sync.configure', { folder, deviceName: "Dr Okafor's laptop", passphrase });
    await colleague.call('sync.now', {});
    await chartroom.core.call('sync.configure', { folder, deviceName: 'Front office', passphrase });
    await chartroom.core.call('sync.now', {});

    await colleague.call('credentials.update', { id: licence.id, patch: { number: 'A1234567' } });
    await new Promise((r) => setTimeout(r, 10));
    await chartroom.core.call('credentials.update', { id: licence.id, patch: { number: 'A7654321' } });
    await colleague.call('sync.now', {});
    await chartroom.core.call('sync.now', {});

    const shell = new ShellPage(page);
    await shell.open(chartroom.url);
    await page.goto(`${chartroom.origin}/#/settings/conflicts`);
    const conflict = new ConflictsPage(page).conflict(/Credential .*Number/);
    await expect(conflict).toContainText('••••4321');
    await expect(conflict).toContainText('••••4567');
    await expect(conflict).not.toContainText('A7654321');
    await page.screenshot({ path: 'test-results/bounds/sync-conflicts-masked.png' });

    await conflict.getByRole('button', { name: 'Reveal' }).click();
    await expect(conflict).toContainText('A7654321');
    await expect(conflict).toContainText('A1234567');
    await page.screenshot({ path: 'test-results/bounds/sync-conflicts-revealed.png' });
    const logged = chartroom.core.context.db.prepare("SELECT action, entity, record_id AS recordId FROM access_log").all();
    expect(logged).toEqual([{ action: 'reveal-number', entity: 'credential', recordId: licence.id }]);

    await conflict.getByRole('button', { name: 'Hide' }).click();
    await expect(conflict).not.toContainText('A7654321');
  } finally {
    dispose();
  }
});
