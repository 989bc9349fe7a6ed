// A damaged database at startup: the core opens in recovery mode (never a crash), keeps a copy of the damaged file,
// lists the backups, and a restore from the list brings the core back on the restored database.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { databasePath } from '../../../electron/core/db/open';
import { backupsDir } from '../../../electron/core/backup/backup-folder';
import { makeTempDir, openTempCore, removeDir } from '../../support/temp-core';
import { smallOrganisation } from '../../support/staff-fixtures';
import { overwriteMiddle } from '../../support/damage';

const dirs: string[] = [];
const cores: Core[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
  for (const d of dirs.splice(0)) removeDir(d);
});

/** A data folder with a few records and one backup, whose database is then damaged in the middle. */
async function damagedDataFolder() {
  const dataDir = makeTempDir();
  dirs.push(dataDir);
  const core = openTempCore({ dataDir });
  await smallOrganisation(core);
  // Enough rows that the middle of the file holds table pages, not free space.
  for (let i = 0; i < 300; i++) await core.call('departments.create', { code: `D${i}`, name: `Department number ${i} with a long enough name` });
  const backup = await core.call('backup.now', {});
  core.close();
  overwriteMiddle(databasePath(dataDir));
  return { dataDir, backup };
}

describe('a damaged database at startup', () => {
  it('opens in recovery mode, not a crash: the damaged file copied aside, the backups listed, other channels refused', async () => {
    const { dataDir, backup } = await damagedDataFolder();
    const core = openCore({ dataDir, checkOutput: true, recoverDamaged: true });
    cores.push(core);
    const status = await core.call('recovery.status', {});
    expect(status).toMatchObject({ damaged: true, problem: expect.any(String), backups: [{ name: backup.name, records: backup.records }] });
    expect(path.dirname(status.keptAt!)).toBe(backupsDir(dataDir));
    expect(fs.readFileSync(status.keptAt!).equals(fs.readFileSync(databasePath(dataDir)))).toBe(true);
    expect(await core.dispatch('staff.list', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringMatching(/damaged.*Restore a backup/) } });

    const outcome = await core.call('recovery.restore', { name: backup.name });
    expect(outcome.setAsideAs).toBe(status.keptAt);
    expect(await core.call('recovery.status', {})).toMatchObject({ damaged: false });
    expect(core.context.db.prepare('SELECT count(*) FROM departments').pluck().get()).toBe(302);
    expect(core.context.db.pragma('quick_check', { simple: true })).toBe('ok');
  });

  it('without recovery mode (a tool), refuses with a sentence naming the way out, the file untouched', async () => {
    const { dataDir } = await damagedDataFolder();
    const before = fs.readFileSync(databasePath(dataDir));
    expect(() => openCore({ dataDir })).toThrow(/is damaged.*restore --data DIR --from FILE/);
    expect(fs.readFileSync(databasePath(dataDir)).equals(before)).toBe(true);
  });

  it('a second start on the same damaged file keeps one copy of it, not one per start', async () => {
    const { dataDir } = await damagedDataFolder();
    for (let i = 0; i < 2; i++) openCore({ dataDir, recoverDamaged: true }).close();
    expect(fs.readdirSync(backupsDir(dataDir)).filter((n) => n.startsWith('damaged-'))).toHaveLength(1);
  });
});
