// The sync folder a director sets up must be a full path, outside the data folder, and writable by this laptop:
// otherwise sync.configure and sync.join refuse it with a sentence, and nothing is saved.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { openTempCore, tableCounts } from '../../support/temp-core';
import { syncTestPlaces } from './support/test-places';

process.env.CHARTROOM_AUTO_SYNC = '0';
const { cleanup, laptop, folder } = syncTestPlaces();
const passphrase = 'team passphrase 1';

/**
 * Makes `dir` read-only for this process. Permission bits do not stop root (CI runs as root), so there a read-only
 * bind mount does it; null when neither is possible here.
 */
function makeReadOnly(dir: string): (() => void) | null {
  if (process.getuid?.() !== 0) {
    fs.chmodSync(dir, 0o500);
    return () => fs.chmodSync(dir, 0o700);
  }
  try {
    execFileSync('mount', ['--bind', dir, dir], { stdio: 'ignore' });
    execFileSync('mount', ['-o', 'remount,ro,bind', dir], { stdio: 'ignore' });
  } catch {
    try {
      execFileSync('umount', [dir], { stdio: 'ignore' });
    } catch {
      // Not mounted: nothing to undo.
    }
    return null;
  }
  return () => execFileSync('umount', [dir], { stdio: 'ignore' });
}

/** Everything a refused setup must leave as it was: every table's rows and the sync settings. */
async function snapshot(core: Core) {
  const status = (await core.call('sync.status', {})) as { configured: boolean; folder: string | null };
  return { counts: tableCounts(core), configured: status.configured, folder: status.folder };
}

describe('choosing the sync folder', () => {
  it('refuses a relative path, the data folder, a folder inside it and one holding it, with a sentence and nothing saved', async () => {
    // The data folder inside a folder of its own, so the one holding it is not the system's temp folder.
    const parent = folder();
    const alice = openTempCore({ dataDir: path.join(parent, 'data') });
    cleanup.push(() => alice.dispose());
    const before = await snapshot(alice);
    const cases: [string, RegExp][] = [
      ['Shared/Chartroom', /full path/],
      [alice.dataDir, /own data folder, which holds the live database/],
      [`${alice.dataDir}${path.sep}.`, /own data folder/],
      [path.join(alice.dataDir, 'shared'), /inside Chartroom's own data folder/],
      [parent, /holds Chartroom's own data folder/],
    ];
    fs.mkdirSync(path.join(alice.dataDir, 'shared'));
    for (const [candidate, message] of cases) {
      for (const channel of ['sync.configure', 'sync.join'] as const) {
        const result = await alice.dispatch(channel, { folder: candidate, deviceName: 'Alice', passphrase });
        expect(result, `${channel} ${candidate}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(message) } });
      }
    }
    expect(fs.existsSync(path.join(alice.dataDir, 'format.json'))).toBe(false);
    expect(fs.existsSync(path.join(alice.dataDir, 'shared', 'format.json'))).toBe(false);
    expect(fs.existsSync(path.join(parent, 'format.json'))).toBe(false);
    expect(await snapshot(alice)).toEqual(before);
  });

  it('refuses a team folder this laptop cannot write to, UNAVAILABLE with the reason, nothing saved', async (context) => {
    const shared = folder();
    const alice = laptop();
    await alice.call('sync.configure', { folder: shared, deviceName: 'Alice', passphrase });
    const undo = makeReadOnly(shared);
    if (!undo) return context.skip('this machine can make no read-only folder (not root with mount, nor a user whom permission bits stop)');
    cleanup.unshift(undo);

    const bob = laptop();
    const before = await snapshot(bob);
    const result = await bob.dispatch('sync.configure', { folder: shared, deviceName: 'Bob', passphrase });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringMatching(/^Chartroom could not write to the sync folder .*(read-only|permission denied)/) } });
    expect(await snapshot(bob)).toEqual(before);
    expect(fs.readdirSync(shared).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a new folder this laptop cannot write to the same way', async (context) => {
    const shared = folder();
    const undo = makeReadOnly(shared);
    if (!undo) return context.skip('this machine can make no read-only folder');
    cleanup.unshift(undo);
    const alice = laptop();
    const before = await snapshot(alice);
    const result = await alice.dispatch('sync.configure', { folder: shared, deviceName: 'Alice', passphrase });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(await snapshot(alice)).toEqual(before);
  });
});
