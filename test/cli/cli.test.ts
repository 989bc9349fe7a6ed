// The command line over the real core: seed, stats, list, check, and clear messages with a non-zero exit for bad arguments.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/core/db/open';
import { cli } from '../support/cli-run';
import { makeTempDir, removeDir } from '../support/temp-core';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

function dataDir() {
  const d = makeTempDir();
  dirs.push(d);
  return d;
}

describe('cli', () => {
  it('seeds, then counts and lists what it seeded', async () => {
    const data = dataDir();
    expect((await cli('seed', '--size', '40', '--data', data)).code).toBe(0);
    const stats = await cli('stats', '--json', '--data', data);
    expect(JSON.parse(stats.out)).toMatchObject({ departments: 17, roles: 12, staff: 40 });
    const staff = await cli('list', 'staff', '--json', '--data', data);
    const rows = JSON.parse(staff.out) as { familyName: string; departmentName: string }[];
    expect(rows).toHaveLength(40);
    expect(rows[0]).toHaveProperty('departmentName');
    const plain = await cli('list', 'departments', '--data', data);
    expect(plain.out).toContain('Cardiology');
  });

  it('checks integrity and migration state', async () => {
    const data = dataDir();
    await cli('seed', '--size', '10', '--data', data);
    const report = await cli('check', '--json', '--data', data);
    expect(report.code).toBe(0);
    expect(JSON.parse(report.out)).toMatchObject({ healthy: true, integrity: ['ok'], foreignKeyProblems: 0 });
  });

  it('reports a broken reference as unhealthy, with exit code 1', async () => {
    const data = dataDir();
    await cli('seed', '--size', '10', '--data', data);
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(databasePath(data));
    db.pragma('foreign_keys = OFF'); // as an older tool or a hand edit might have left it
    db.prepare("UPDATE staff SET department_id = 'gone' WHERE rowid = 1").run();
    db.close();
    const report = await cli('check', '--data', data);
    expect(report.code).toBe(1);
    expect(report.out).toMatch(/1 broken references[\s\S]*Problems found/);
  });

  it.each([
    [['stats'], /--data DIR/],
    [['frobnicate', '--data', 'DATA'], /no "frobnicate" command/],
    [['list', 'unicorns', '--data', 'DATA'], /no record kind "unicorns"/],
    [['stats', '--colour'], /Unknown option '--colour'/],
    [['seed', '--size', 'lots', '--data', 'DATA'], /--size takes a whole number/],
    [['packet', '--data', 'DATA'], /--meeting ID --out/],
    [['sync', '--folder', 'F', '--data', 'DATA'], /--passphrase-file P/],
  ])('explains %j, exits with 2 and writes nothing', async (argv, message) => {
    const data = dataDir();
    const result = await cli(...argv.map((arg) => (arg === 'DATA' ? data : arg)));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(fs.existsSync(databasePath(data))).toBe(false);
  });

  it('does not create a database just to report there is none', async () => {
    const data = dataDir();
    const result = await cli('stats', '--data', data);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/no Chartroom database/);
    expect(fs.existsSync(databasePath(data))).toBe(false);
  });

  it('refuses a sample size out of range with the reason, exit 1', async () => {
    const result = await cli('seed', '--size', '5', '--data', dataDir());
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/at least 10 staff/);
  });
});
