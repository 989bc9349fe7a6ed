// `npm run bench [-- --size N] [-- --json]`: Chartroom's figures on a large generated hospital, each beside its floor —
// the same work done the plainest way in the same run — so the ratio shows what our layers cost.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { openCore } from '../../electron/core/core';
import { databasePath, openDatabase } from '../../electron/core/db/open';
import { figure, medianMs, onceMs, type Figure } from './measure';

const { values } = parseArgs({ options: { size: { type: 'string', default: '5000' }, json: { type: 'boolean', default: false } } });
const size = Number(values.size);
if (!Number.isInteger(size) || size < 10 || size > 20_000) {
  console.error('--size takes a whole number of staff from 10 to 20000');
  process.exit(2);
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chartroom-bench-'));
const figures: Record<string, Figure> = {};

try {
  // Seed: the sample hospital through the store (every field logged) vs the same rows inserted raw in one transaction.
  const hospitalDir = path.join(root, 'hospital');
  let core = openCore({ dataDir: hospitalDir });
  const seedMs = await onceMs(() => core.call('app.seedSample', { staff: size, seed: 1 }));
  const tables = ['settings', 'departments', 'roles', 'staff'];
  const rows = Object.fromEntries(tables.map((t) => [t, core.context.db.prepare(`SELECT * FROM ${t}`).all() as Record<string, unknown>[]]));
  core.close();
  const floorDb = openDatabase(path.join(root, 'floor'));
  const seedFloorMs = await onceMs(() =>
    floorDb.transaction(() => {
      for (const t of tables) {
        const first = rows[t]![0]!;
        const insert = floorDb.prepare(`INSERT INTO ${t} (${Object.keys(first).join(', ')}) VALUES (${Object.keys(first).map((k) => `@${k}`).join(', ')})`);
        for (const row of rows[t]!) insert.run(row);
      }
    }).immediate(),
  );
  floorDb.close();
  figures[`seed ${size} staff`] = figure(seedMs, seedFloorMs);

  // Open: the core on an existing large database vs opening the file and reading one row.
  const openMs = await medianMs(() => openCore({ dataDir: hospitalDir }).close(), { iterations: 10, warmup: 2 });
  const openFloorMs = await medianMs(() => {
    const db = new Database(databasePath(hospitalDir));
    db.pragma('journal_mode = WAL');
    db.prepare('SELECT 1 FROM staff LIMIT 1').get();
    db.close();
  }, { iterations: 10, warmup: 2 });
  figures['open database'] = figure(openMs, openFloorMs);

  // The staff list: the first page sorted by name, and a search, through dispatch vs the raw statement.
  core = openCore({ dataDir: hospitalDir });
  const rawList = core.context.db.prepare(
    `SELECT s.*, r.name AS roleName, d.name AS departmentName FROM staff s JOIN roles r ON r.id = s.role_id JOIN departments d ON d.id = s.department_id
     ORDER BY s.family_name COLLATE NOCASE, s.given_name COLLATE NOCASE LIMIT 200`,
  );
  const rawCount = core.context.db.prepare('SELECT count(*) FROM staff');
  figures['staff list, first 200 by name'] = figure(
    await medianMs(() => core.dispatch('staff.list', { limit: 200 })),
    await medianMs(() => (rawCount.get(), rawList.all())),
  );
  // The floor runs the same statements the repository builds (count and page), with none of our layers around them.
  const match = (column: string) => `${column} LIKE @w ESCAPE '\\'`;
  const searchWhere = `WHERE (${['s.given_name', 's.family_name', 's.specialty', 's.npi', 's.email', 'd.name', 'r.name'].map(match).join(' OR ')})`;
  const joined = 'FROM staff s JOIN roles r ON r.id = s.role_id JOIN departments d ON d.id = s.department_id';
  const rawSearchCount = core.context.db.prepare(`SELECT count(*) ${joined} ${searchWhere}`);
  const rawSearch = core.context.db.prepare(
    `SELECT s.*, r.name AS roleName, d.name AS departmentName ${joined} ${searchWhere} ORDER BY s.family_name COLLATE NOCASE, s.given_name COLLATE NOCASE LIMIT 200`,
  );
  figures['staff search "thistle"'] = figure(
    await medianMs(() => core.dispatch('staff.list', { search: 'thistle', limit: 200 })),
    await medianMs(() => (rawSearchCount.get({ w: '%thistle%' }), rawSearch.all({ w: '%thistle%' }))),
  );
  core.close();
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}

if (values.json) {
  console.log(JSON.stringify(figures));
} else {
  console.log(`Chartroom bench — ${size} staff, Node ${process.versions.node}, ${os.cpus().length} cores\n`);
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  console.log(`${'figure'.padEnd(width)}  ${'ours'.padStart(10)}  ${'floor'.padStart(10)}  ${'ratio'.padStart(7)}`);
  for (const [name, f] of Object.entries(figures)) {
    console.log(`${name.padEnd(width)}  ${`${f.value.toFixed(2)} ${f.unit}`.padStart(10)}  ${`${f.floor.toFixed(2)} ${f.unit}`.padStart(10)}  ${f.ratio.toFixed(2).padStart(6)}×`);
  }
}
