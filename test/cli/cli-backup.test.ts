// backup --out FILE and restore --from FILE on the command line: the round trip, a damaged database recovered, and a
// damaged backup refused with the data folder untouched.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/core/db/open';
import { overwriteMiddle } from '../support/damage';
import { cli } from '../support/cli-run';
import { makeTempDir, removeDir } from '../support/temp-core';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

function tempDir() {
  const d = makeTempDir();
  dirs.push(d);
  return d;
}

describe('cli backup and restore', () => {
  it('backs up to one file and restores it onto an empty folder and over a damaged database', async () => {
    const data = tempDir();
    const file = path.join(tempDir(), 'lantern-bay.sqlite3');
    expect((await cli('seed', '--size', '20', '--data', data)).code).toBe(0);
    const stats = (await cli('stats', '--json', '--data', data)).out;
    const backup = await cli('backup', '--out', file, '--data', data);
    expect(backup).toMatchObject({ code: 0, out: expect.stringMatching(/^Backed up \d+ records and \d+ documents to /) });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['lantern-bay.sqlite3']);

    // Onto a new laptop's empty data folder.
    const fresh = path.join(tempDir(), 'new-laptop');
    const restored = await cli('restore', '--from', file, '--data', fresh);
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(/^Restored .* from the backup of /);
    expect((await cli('stats', '--json', '--data', fresh)).out).toBe(stats);

    // Over a damaged database: the command works where the core would not open, and keeps the damaged file aside.
    overwriteMiddle(databasePath(data));
    expect((await cli('stats', '--data', data)).code).toBe(1);
    const recovered = await cli('restore', '--from', file, '--data', data);
    expect(recovered.code).toBe(0);
    expect(recovered.out).toMatch(/kept at .*before-restore-/);
    expect((await cli('stats', '--json', '--data', data)).out).toBe(stats);
    expect((await cli('check', '--data', data)).code).toBe(0);
  }, 60_000);

  it('refuses a damaged backup, leaving the data folder as it was', async () => {
    const data = tempDir();
    const file = path.join(tempDir(), 'backup.sqlite3');
    await cli('seed', '--size', '20', '--data', data);
    await cli('backup', '--out', file, '--data', data);
    overwriteMiddle(file);
    const before = fs.readFileSync(databasePath(data));
    const result = await cli('restore', '--from', file, '--data', data);
    expect(result).toMatchObject({ code: 1, err: expect.stringMatching(/damaged.*Nothing was changed/) });
    expect(fs.readFileSync(databasePath(data)).equals(before)).toBe(true);
    // Nothing set aside, nothing half-prepared left beside it (reading it leaves only SQLite's own -wal and -shm).
    expect(fs.readdirSync(data).filter((n) => !/^chartroom\.sqlite3(-wal|-shm)?$/.test(n))).toEqual([]);
  }, 60_000);

  it('says what is missing', async () => {
    const data = tempDir();
    expect(await cli('backup', '--data', data)).toMatchObject({ code: 2, err: expect.stringMatching(/^There is no Chartroom database|^Say where/) });
    expect(await cli('restore', '--data', data)).toMatchObject({ code: 2, err: expect.stringMatching(/^Say which backup to restore/) });
  });
});
