// Sync figures: applying 100,000 field changes from another laptop, beside inserting the same rows into a plain
// table in one transaction; and a new laptop joining a folder that holds a year of a 500-practitioner hospital.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openCore, type Core } from '../../electron/core/core';
import { entities } from '../../electron/core/db/entity-registry';
import { SeededRandom } from '../../electron/core/sample/random';
import { runSync } from '../../electron/core/sync/sync-engine';
import { maybeWriteSnapshot } from '../../electron/core/sync/snapshots';
import { syncState } from '../../electron/core/sync/sync-state';
import { openFolder } from '../../electron/core/sync/folder-format';
import { figure, onceMs, type Figure } from './measure';
import { writeBigSyncFolder } from '../support/big-sync-folder';

const passphrase = 'bench passphrase';
process.env.CHARTROOM_AUTO_SYNC = '0';

function sync(core: Core, folder: string, name: string) {
  const c = core.context;
  return runSync({ db: c.db, store: c.store, dataDir: c.dataDir, appVersion: c.appVersion, now: c.now }, { folder, passphrase, deviceName: name, compact: false, allowMassDelete: true });
}

export async function syncFigures(root: string, options: { changes?: number; practitioners?: number; days?: number } = {}): Promise<Record<string, Figure>> {
  const figures: Record<string, Figure> = {};
  const changes = options.changes ?? 100_000;

  // 1. 100,000 field changes: staff written on one laptop (8 fields each), applied on another.
  const { folder, rows } = writeBigSyncFolder(root, changes, passphrase);
  const reader = openCore({ dataDir: path.join(root, 'reader') });
  let applied = 0;
  const importMs = await onceMs(() => (applied = sync(reader, folder, 'reader').received.applied));
  reader.close();
  const plain = new Database(path.join(root, 'plain.sqlite3'));
  plain.exec(`CREATE TABLE staff (${Object.keys(rows[0]!).map((c) => `${c} ${c === 'id' ? 'TEXT PRIMARY KEY' : ''}`).join(', ')})`);
  const insert = plain.prepare(`INSERT INTO staff VALUES (${Object.keys(rows[0]!).map(() => '?').join(', ')})`);
  const floorMs = await onceMs(() => plain.transaction(() => rows.forEach((r) => insert.run(...Object.values(r))))());
  plain.close();
  figures[`sync: apply ${applied.toLocaleString('en')} field changes`] = figure(importMs, floorMs);

  // 2. A year of a 500-practitioner hospital: the sample hospital, then daily edits synced daily; a snapshot at the end.
  const yearFolder = path.join(root, 'year');
  fs.mkdirSync(yearFolder, { recursive: true });
  // The year ends yesterday: the new laptop joins with today's clock, and a history dated ahead of it would (rightly) stop the sync.
  const days = options.days ?? 365;
  let day = Math.floor(Date.now() / 86_400_000 - days - 1) * 86_400_000 + 8 * 3_600_000;
  const hospital = openCore({ dataDir: path.join(root, 'hospital'), now: () => new Date(day) });
  await hospital.call('app.seedSample', { staff: options.practitioners ?? 500, seed: 1 });
  const staffIds = hospital.context.db.prepare('SELECT id FROM staff').pluck().all() as string[];
  const credentialIds = hospital.context.db.prepare('SELECT id FROM credentials').pluck().all() as string[];
  const random = new SeededRandom(9);
  let edits = 0;
  for (let d = 0; d < days; d++) {
    for (let e = 0; e < 60; e++) {
      day += 60_000;
      if (random.chance(0.5)) await hospital.call('staff.update', { id: random.pick(staffIds), patch: { specialty: `Specialty ${random.int(1, 400)}` } });
      else await hospital.call('credentials.update', { id: random.pick(credentialIds), patch: { issuer: `Board ${random.int(1, 400)}` } });
      edits++;
    }
    sync(hospital, yearFolder, 'hospital');
    day += 86_400_000 - 60 * 60_000;
  }
  const opened = openFolder(yearFolder, passphrase, hospital.context.appVersion);
  const c = hospital.context;
  maybeWriteSnapshot({ db: c.db, store: c.store, dataDir: c.dataDir, appVersion: c.appVersion, now: c.now }, syncState(c.db), opened.layout, opened.key, c.store.deviceId, () => new Date(day).toISOString(), true);
  // Every table the store writes: the floor holds the same final rows the new laptop ends up with.
  const tables = entities.map((e) => e.table);
  const finalRows = Object.fromEntries(tables.map((t) => [t, c.db.prepare(`SELECT * FROM ${t}`).all() as Record<string, unknown>[]]));
  hospital.close();

  const joiner = openCore({ dataDir: path.join(root, 'joiner') });
  const joinMs = await onceMs(() => sync(joiner, yearFolder, 'new laptop'));
  joiner.close();
  const plainYear = new Database(path.join(root, 'plain-year.sqlite3'));
  const joinFloorMs = await onceMs(() =>
    plainYear.transaction(() => {
      for (const t of tables) {
        const first = finalRows[t]![0];
        if (!first) continue;
        plainYear.exec(`CREATE TABLE ${t} (${Object.keys(first).join(', ')})`);
        const ins = plainYear.prepare(`INSERT INTO ${t} VALUES (${Object.keys(first).map(() => '?').join(', ')})`);
        for (const r of finalRows[t]!) ins.run(...Object.values(r));
      }
    })(),
  );
  plainYear.close();
  figures[`sync: new laptop joins a year (${days} daily files, ${edits.toLocaleString('en')} edits, ${options.practitioners ?? 500} practitioners)`] = figure(joinMs, joinFloorMs);
  return figures;
}
