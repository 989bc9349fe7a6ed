// Settings → Conflicts shows a licence or DEA number masked like every other list; the whole number only through a
// deliberate reveal, recorded in the access log exactly as a reveal on the practitioner's profile is.
import { describe, expect, it } from 'vitest';
import { syncedOrganisation } from './support/shared-folder-pair';
import { syncTestPlaces } from './support/test-places';

process.env.CHARTROOM_AUTO_SYNC = '0';
const { laptop, folder } = syncTestPlaces();
const passphrase = 'team passphrase 1';

const reveals = (core: ReturnType<typeof laptop>) =>
  core.context.db.prepare('SELECT action, entity, record_id AS recordId, actor FROM access_log ORDER BY rowid').all() as { action: string; entity: string; recordId: string; actor: string }[];

describe('a conflict over a licence number', () => {
  it('is listed masked, and revealed whole only on purpose, logged like a reveal of the credential', async () => {
    const shared = folder();
    const alice = laptop();
    const bob = laptop();
    await alice.call('sync.configure', { folder: shared, deviceName: 'Alice', passphrase });
    await bob.call('sync.configure', { folder: shared, deviceName: 'Bob', passphrase });
    const { practitioner } = await syncedOrganisation(alice);
    const licence = await alice.call('credentials.create', {
      staffId: practitioner.id, type: 'state-license', number: 'A1000001', jurisdiction: 'CA', issuedOn: '2024-01-01', expiresOn: '2028-01-01',
    });
    await alice.call('sync.now', {});
    await bob.call('sync.now', {});

    await alice.call('credentials.update', { id: licence.id, patch: { number: 'A1234567' } });
    await new Promise((r) => setTimeout(r, 5));
    await bob.call('credentials.update', { id: licence.id, patch: { number: 'A7654321' } });
    await alice.call('sync.now', {});
    await bob.call('sync.now', {});

    const conflicts = await bob.call('sync.conflicts', {});
    const conflict = conflicts.find((c) => c.entity === 'credential' && c.field === 'number');
    expect(conflict).toMatchObject({ masked: true, keptValue: '"••••4321"', lostValue: '"••••4567"' });
    const answer = JSON.stringify(conflicts);
    for (const whole of ['A1234567', 'A7654321', 'A1000001']) expect(answer).not.toContain(whole);
    expect(JSON.stringify(await bob.call('sync.duplicates', {}))).not.toMatch(/A1234567|A7654321/);

    // Revealing is one deliberate call, logged as credentials.revealNumber logs its own.
    expect(reveals(bob)).toEqual([]);
    expect(await bob.call('sync.revealConflict', { id: conflict!.id })).toEqual({ keptValue: '"A7654321"', lostValue: '"A1234567"' });
    await bob.call('credentials.revealNumber', { id: licence.id });
    const [fromConflict, fromProfile] = reveals(bob);
    expect(fromConflict).toEqual({ ...fromProfile, recordId: licence.id });
    expect(fromConflict).toMatchObject({ action: 'reveal-number', entity: 'credential', recordId: licence.id });

    // Resolving answers masked too, and restoring puts the lost number back in place.
    const resolved = await bob.call('sync.resolveConflict', { id: conflict!.id, choice: 'restore' });
    expect(JSON.stringify(resolved)).not.toMatch(/A1234567|A7654321/);
    expect((await bob.call('credentials.revealNumber', { id: licence.id })).number).toBe('A1234567');
  });
});
