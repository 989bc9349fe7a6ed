// A real file-sync engine between two Chartroom laptops: two Syncthing instances on 127.0.0.1, each with its own
// folder and its own Chartroom data directory; edits on both sides converge. Skipped, saying why, when the
// `syncthing` binary is not installed (`apt-get install syncthing`; .ci/run installs it).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSync } from '../../../electron/core/sync/sync-engine';
import { makeTempDir, openTempCore, removeDir, type TempCore } from '../../support/temp-core';
import { digestTotal, firstDifference, canonicalDump } from './support/canonical-dump';
import { syncedOrganisation } from './support/shared-folder-pair';
import { SyncthingPair, syncthingBinary, waitFor } from './support/syncthing-pair';

const binary = syncthingBinary();
const passphrase = 'syncthing test passphrase';

describe.skipIf(!binary)(binary ? 'Chartroom over two real Syncthing instances' : 'Syncthing test skipped: the `syncthing` binary is not installed (apt-get install syncthing)', () => {
  let root: string;
  let pair: SyncthingPair | null = null;
  let alice: TempCore;
  let bob: TempCore;

  beforeAll(async () => {
    root = makeTempDir('chartroom-syncthing-');
    pair = await SyncthingPair.create(binary!, root);
    alice = openTempCore({ dataDir: path.join(root, 'alice'), actor: 'alice' });
    bob = openTempCore({ dataDir: path.join(root, 'bob'), actor: 'bob' });
    await waitFor('the two Syncthing instances to connect', () => pair!.connected(), 30_000);
  }, 60_000);

  afterAll(async () => {
    await pair?.stop();
    alice?.close();
    bob?.close();
    removeDir(root);
  });

  const sync = (core: TempCore, folder: string) => {
    const c = core.context;
    return runSync({ db: c.db, store: c.store, dataDir: c.dataDir, appVersion: c.appVersion, now: c.now }, { folder, passphrase, deviceName: c.store.actor });
  };

  it('edits on both laptops converge through Syncthing', async () => {
    const p = pair!;
    const { practitioner } = await syncedOrganisation(alice);
    sync(alice, p.a.folder);
    // format.json must arrive before bob's first sync, or bob would start a folder of his own.
    await waitFor("alice's format.json at bob's side", () => fs.existsSync(path.join(p.b.folder, 'format.json')), 30_000);
    await waitFor("alice's changes at bob's side", () => sync(bob, p.b.folder).received.segments > 0 || null, 30_000, 500);
    expect(bob.context.db.prepare('SELECT given_name FROM staff WHERE id = ?').pluck().get(practitioner.id)).toBe('Amara');

    await bob.call('staff.update', { id: practitioner.id, patch: { specialty: 'Electrophysiology' } });
    await alice.call('staff.update', { id: practitioner.id, patch: { email: 'amara@lanternbay.example' } });
    const departmentId = alice.context.db.prepare('SELECT id FROM departments').pluck().get() as string;
    await bob.call('staff.create', { givenName: 'Bo', familyName: 'Harrow', roleId: 'role-np', departmentId });
    sync(bob, p.b.folder);
    sync(alice, p.a.folder);
    // Converged means the same rows in every shared table (the digest `cli digest` prints), never the same counts.
    await waitFor('both laptops to hold the same rows', () => {
      sync(alice, p.a.folder);
      sync(bob, p.b.folder);
      return digestTotal(alice.context.db) === digestTotal(bob.context.db) || null;
    }, 45_000, 1000);
    expect(firstDifference(canonicalDump(alice.context.db), canonicalDump(bob.context.db))).toBeNull();
    expect(alice.context.db.prepare('SELECT specialty, email FROM staff WHERE id = ?').get(practitioner.id)).toEqual({ specialty: 'Electrophysiology', email: 'amara@lanternbay.example' });
    expect(bob.context.db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(2);
    // Syncthing's own temp files may have passed through the folder; none was taken for a segment.
    expect(alice.context.db.prepare("SELECT count(*) FROM sync_segments WHERE name NOT LIKE '%.seg'").pluck().get()).toBe(0);
  }, 120_000);
});
