// Rotation over 60 days of daily backups with a pinned clock: exactly the newest of each of the last 7 days and of each
// of the last 4 weeks (Monday to Sunday, UTC) remain.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { backupsDir } from '../../../electron/core/backup/backup-folder';
import { backUpIfDue } from '../../../electron/core/backup/backups';
import { backupsToKeep } from '../../../electron/core/backup/rotation';
import { openTempCore, type TempCore } from '../../support/temp-core';
import { smallOrganisation } from '../../support/staff-fixtures';

let core: TempCore | null = null;
afterEach(() => core?.dispose());

describe('backup rotation', () => {
  it('keeps the newest of each of the last 7 days and of each of the last 4 weeks, after 60 days of daily backups', async () => {
    let clock = new Date('2026-10-01T09:00:00Z'); // a Thursday
    core = openTempCore({ now: () => clock });
    await smallOrganisation(core);
    const source = core.context;
    for (let day = 0; day < 60; day++) {
      clock = new Date(Date.UTC(2026, 9, 1 + day, 9, 0, 0));
      expect(await backUpIfDue(source), `day ${day}`).not.toBeNull();
      // A second check the same day (the hourly timer) makes nothing.
      clock = new Date(Date.UTC(2026, 9, 1 + day, 15, 0, 0));
      expect(await backUpIfDue(source)).toBeNull();
    }
    // Day 59 is Sunday 29 November 2026. The last 7 days: 23–29 November. The last 4 weeks by their newest backup:
    // 29 Nov (week of 23 Nov), 22 Nov (16 Nov), 15 Nov (9 Nov), 8 Nov (2 Nov).
    expect(fs.readdirSync(backupsDir(core.dataDir)).sort()).toEqual(
      ['2026-11-08', '2026-11-15', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'].map(
        (d) => `chartroom-backup-${d}-090000.sqlite3`,
      ),
    );
  }, 120_000);

  it('keeps the newest of a day with several backups, and of a week across a missed day', () => {
    const at = (iso: string) => ({ name: iso, takenAt: new Date(iso) });
    const kept = backupsToKeep([at('2026-11-30T08:00:00Z'), at('2026-11-30T17:00:00Z'), at('2026-11-27T08:00:00Z'), at('2026-11-20T08:00:00Z')]);
    expect([...kept].sort()).toEqual(['2026-11-20T08:00:00Z', '2026-11-27T08:00:00Z', '2026-11-30T17:00:00Z']);
  });
});

describe('automatic backups', () => {
  it('are made when the core opens on a database with records, and not again the same day', async () => {
    const first = openTempCore();
    await smallOrganisation(first);
    first.close();
    core = openTempCore({ dataDir: first.dataDir, automaticBackups: true });
    const dir = backupsDir(core.dataDir);
    await expect.poll(() => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.sqlite3')) : []), { timeout: 15_000 }).toHaveLength(1);
    core.close();
    core = openTempCore({ dataDir: first.dataDir, automaticBackups: true });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fs.readdirSync(dir)).toHaveLength(1);
  });

  it('are not made by a core opened without them (tests, tools)', async () => {
    core = openTempCore();
    await smallOrganisation(core);
    core.close();
    core = openTempCore({ dataDir: core.dataDir });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fs.existsSync(backupsDir(core.dataDir))).toBe(false);
  });
});
