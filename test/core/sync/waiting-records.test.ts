// Records waiting in the merged state are listed with what they wait for, since when and what the director can do,
// in sentences; a licence number never shows there. The sync.digest channel gives the same total on converged laptops.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staffEntity } from '../../../electron/core/staff/entities';
import { sharedFolderTeam, syncedOrganisation } from './support/shared-folder-pair';

let team: ReturnType<typeof sharedFolderTeam> | null = null;
afterEach(() => {
  team?.dispose();
  team = null;
});

const licence = { type: 'state-license', title: 'State medical licence', number: 'MD4471902', jurisdiction: 'CA', expiresOn: '2031-05-31' } as const;

describe('records waiting, in sentences', () => {
  it('a credential whose practitioner has not arrived says so, and says it will appear; then it does', async () => {
    team = sharedFolderTeam(['Alice', 'Bob', 'Carol']);
    const [alice, bob, carol] = team.laptops as [typeof team.laptops[0], typeof team.laptops[0], typeof team.laptops[0]];
    const { practitioner } = await syncedOrganisation(alice.core);
    alice.sync();
    bob.sync();
    const credential = await bob.core.call('credentials.create', { staffId: practitioner.id, ...licence });
    bob.sync();

    // Alice's files have not reached Carol's copy of the folder yet; Bob's have.
    const aliceDir = path.join(team.folder, 'devices', alice.core.context.store.deviceId);
    fs.renameSync(aliceDir, `${aliceDir}.elsewhere`);
    carol.sync();
    const waiting = await carol.core.call('sync.waiting', {});
    expect(waiting.total).toBe(1);
    const [record] = waiting.records;
    expect(record).toMatchObject({ entity: 'credential', recordId: credential.id, kind: 'Credential', record: 'Credential “State medical licence”', action: 'wait' });
    expect(record!.reason).toBe(
      'Credential “State medical licence” waits for the staff member it refers to, which has not arrived on this laptop yet. ' +
        'It will appear after the laptop that created that staff member syncs.',
    );
    expect(Date.parse(record!.since)).not.toBeNaN();
    expect(JSON.stringify(waiting)).not.toContain('4471902');
    expect((await carol.core.call('sync.status', {})).waitingRecords).toBe(1);

    fs.renameSync(`${aliceDir}.elsewhere`, aliceDir);
    carol.sync();
    expect(await carol.core.call('sync.waiting', {})).toEqual({ total: 0, records: [] });
    expect((await carol.core.call('sync.digest', {})).total).toBe((await bob.core.call('sync.digest', {})).total);
  });

  it('a credential added to a practitioner deleted on another laptop names that laptop and offers Conflicts', async () => {
    team = sharedFolderTeam(['Alice', 'Bob']);
    const [alice, bob] = team.laptops as [typeof team.laptops[0], typeof team.laptops[0]];
    const { practitioner } = await syncedOrganisation(alice.core);
    alice.sync();
    bob.sync();
    // Bob edits the practitioner and adds a licence; Alice, not knowing, deletes the practitioner, after.
    await bob.core.call('staff.update', { id: practitioner.id, patch: { specialty: 'Cardiology' } });
    const credential = await bob.core.call('credentials.create', { staffId: practitioner.id, ...licence, title: null });
    bob.sync();
    await new Promise((r) => setTimeout(r, 5));
    alice.core.context.store.remove(staffEntity, practitioner.id);
    alice.sync();
    bob.sync();
    alice.sync();

    for (const laptop of [alice, bob]) {
      const waiting = await laptop.core.call('sync.waiting', {});
      const record = waiting.records.find((r) => r.recordId === credential.id)!;
      expect(record.record).toBe('Credential for Quillmere, Amara');
      expect(record.waitsFor).toBe('Staff member “Quillmere, Amara”');
      const where = laptop === alice ? 'on this laptop' : 'on Alice';
      expect(record.reason).toMatch(new RegExp(`^Credential for Quillmere, Amara waits for staff member “Quillmere, Amara”, which was deleted ${where} on \\d{4}-\\d{2}-\\d{2}`));
      // Bob's edit lost to the delete: a conflict to restore it from is there.
      expect(record.action).toBe('review-conflicts');
      expect(record.reason).toContain('restore it from Conflicts, or ignore this');
      expect(JSON.stringify(waiting)).not.toContain('4471902');
    }
    expect((await alice.core.call('sync.digest', {})).total).toBe((await bob.core.call('sync.digest', {})).total);
  });
});

describe('joining from the app', () => {
  it('sync.join loads the folder into an empty database and refuses one that holds records', async () => {
    team = sharedFolderTeam(['Alice', 'Newcomer']);
    const [alice, newcomer] = team.laptops as [typeof team.laptops[0], typeof team.laptops[0]];
    await alice.core.call('app.seedSample', { staff: 10 });
    alice.sync();
    // The organisation's name, saved first as the welcome advises, does not count as records.
    await newcomer.core.call('settings.update', { organisationName: 'Lantern Bay' });
    expect((await newcomer.core.call('app.info', {})).isEmpty).toBe(true);

    await expect(newcomer.core.call('sync.join', { folder: path.join(team.folder, 'nope'), passphrase: 'lantern bay medical staff office' })).rejects.toThrow(/There is no folder/);
    await expect(newcomer.core.call('sync.join', { folder: team.folder, passphrase: 'not the passphrase' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const status = await newcomer.core.call('sync.join', { folder: team.folder, passphrase: 'lantern bay medical staff office', deviceName: 'Newcomer' });
    expect(status.configured).toBe(true);
    expect((await newcomer.core.call('app.info', {})).isEmpty).toBe(false);
    alice.sync();
    newcomer.sync();
    const digest = await newcomer.core.call('sync.digest', {});
    expect(digest.total).toBe((await alice.core.call('sync.digest', {})).total);
    expect(digest.short).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);

    await expect(alice.core.call('sync.join', { folder: team.folder, passphrase: 'lantern bay medical staff office' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
