// Opening the database: pragmas set, migrations in one transaction, and a newer database refused without a byte changed.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath, openDatabase } from '../../../electron/core/db/open';
import { latestSchemaVersion, migrations } from '../../../electron/core/db/migrations';
import type { Migration } from '../../../electron/core/db/migration';
import { makeTempDir, removeDir } from '../../support/temp-core';

const dirs: string[] = [];
const tempDir = () => {
  const d = makeTempDir();
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach(removeDir));

describe('openDatabase', () => {
  it('creates the file with WAL, foreign keys and a busy timeout, at the latest version', () => {
    const db = openDatabase(tempDir());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    db.close();
  });

  it('refuses a database written by a newer version and leaves the file untouched', () => {
    const dir = tempDir();
    const file = databasePath(dir);
    const newer = new Database(file);
    newer.exec('CREATE TABLE future_thing (id TEXT)');
    newer.pragma(`user_version = ${latestSchemaVersion + 5}`);
    newer.close();
    const before = fs.readFileSync(file);
    const filesBefore = fs.readdirSync(dir).sort();

    expect(() => openDatabase(dir)).toThrow(/newer version of Chartroom.*left untouched/s);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(filesBefore);
  });

  it('refuses a file that is not a database, without overwriting it', () => {
    const dir = tempDir();
    fs.writeFileSync(databasePath(dir), 'this is a note, not a database');
    expect(() => openDatabase(dir)).toThrow(/not a Chartroom database|could not be opened/);
    expect(fs.readFileSync(databasePath(dir), 'utf8')).toBe('this is a note, not a database');
  });

  it('rolls back every migration of a failed upgrade, leaving the old version whole', () => {
    const dir = tempDir();
    openDatabase(dir).close();
    const broken: Migration[] = [
      ...migrations,
      { version: latestSchemaVersion + 1, name: 'adds a table', up: (db) => db.exec('CREATE TABLE added_first (id TEXT)') },
      { version: latestSchemaVersion + 2, name: 'fails', up: (db) => db.exec('ALTER TABLE no_such_table ADD COLUMN x TEXT') },
    ];
    expect(() => openDatabase(dir, { migrations: broken })).toThrow(/no such table/);
    const db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'added_first'").pluck().get()).toBe(0);
    db.close();
  });

  it('upgrades an older database step by step on open', () => {
    const dir = tempDir();
    openDatabase(dir).close();
    const next: Migration[] = [...migrations, { version: latestSchemaVersion + 1, name: 'adds a column', up: (db) => db.exec('ALTER TABLE staff ADD COLUMN pager TEXT') }];
    const db = openDatabase(dir, { migrations: next });
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion + 1);
    expect(db.prepare('SELECT pager FROM staff').all()).toEqual([]);
    db.close();
  });

  it('rejects a migration list with a gap, naming the culprit', () => {
    const gap: Migration[] = [...migrations, { version: latestSchemaVersion + 2, name: 'skips one', up: () => {} }];
    expect(() => openDatabase(tempDir(), { migrations: gap })).toThrow(/skips one has version/);
  });
});
