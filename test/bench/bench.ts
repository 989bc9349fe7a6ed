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
import { credentialFigures } from './credentials-bench';
import { policyFigures } from './policies-bench';
import { packetFigures } from './packet-bench';
import { syncFigures } from './sync-bench';
import { planningFigures } from './planning-bench';
import { ethicsFigures } from './ethics-bench';
import { trainingFigures } from './training-bench';
import { privilegeFigures } from './privileges-bench';
import { suspensionFigures } from './suspensions-bench';
import { searchFigures } from './search-bench';
import { screeningFigures } from './screening-bench';
import { entities } from '../../electron/core/db/entity-registry';
import { isCurrentCredential } from '../../electron/core/credentials/current';
import { suspendedSql } from '../../electron/core/suspensions/standing-sql';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '5000' },
    practitioners: { type: 'string', default: '10000' },
    credentials: { type: 'string', default: '60000' },
    policies: { type: 'string', default: '2000' },
    json: { type: 'boolean', default: false },
  },
});
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
  // Every table the store writes (the change log aside, which is what the layers add), in reference order.
  const tables = entities.map((e) => e.table);
  const rows = Object.fromEntries(tables.map((t) => [t, core.context.db.prepare(`SELECT * FROM ${t}`).all() as Record<string, unknown>[]]));
  core.close();
  const floorDb = openDatabase(path.join(root, 'floor'));
  const seedFloorMs = await onceMs(() =>
    floorDb.transaction(() => {
      for (const t of tables) {
        const first = rows[t]![0];
        if (!first) continue;
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
  // The floor is the repository's own statement (with each row's credential standing), prepared once and run bare.
  const standing = `(SELECT min(c.expires_on) FROM credentials c WHERE c.staff_id = s.id AND ${isCurrentCredential('c')}) AS nextExpiry,
    ${suspendedSql('s', 'all-privileges')} AS suspended, ${suspendedSql('s', 'controlled-substance-prescribing')} AS prescribingSuspended`;
  const rawList = core.context.db.prepare(
    `SELECT s.*, r.name AS roleName, d.name AS departmentName, ${standing} FROM staff s JOIN roles r ON r.id = s.role_id JOIN departments d ON d.id = s.department_id
     ORDER BY s.family_name COLLATE NOCASE, s.given_name COLLATE NOCASE LIMIT 200`,
  );
  // The states of practice as the handler binds them: the setting's JSON as stored (none set: every state counts).
  const practiceStates = (core.context.db.prepare("SELECT value FROM settings WHERE id = 'practiceStates'").pluck().get() as string | undefined) ?? '[]';
  const today = { today: new Date().toISOString().slice(0, 10), practiceStates };
  const rawCount = core.context.db.prepare('SELECT count(*) FROM staff');
  figures['staff list, first 200 by name'] = figure(
    await medianMs(() => core.dispatch('staff.list', { limit: 200 })),
    await medianMs(() => (rawCount.get(), rawList.all(today))),
  );
  // The floor runs the same statements the repository builds (count and page), with none of our layers around them.
  const match = (column: string) => `${column} LIKE @w ESCAPE '\\'`;
  const searchWhere = `WHERE (${['s.given_name', 's.family_name', 's.specialty', 's.npi', 's.email', 'd.name', 'r.name'].map(match).join(' OR ')})`;
  const joined = 'FROM staff s JOIN roles r ON r.id = s.role_id JOIN departments d ON d.id = s.department_id';
  const rawSearchCount = core.context.db.prepare(`SELECT count(*) ${joined} ${searchWhere}`);
  const rawSearch = core.context.db.prepare(
    `SELECT s.*, r.name AS roleName, d.name AS departmentName, ${standing} ${joined} ${searchWhere} ORDER BY s.family_name COLLATE NOCASE, s.given_name COLLATE NOCASE LIMIT 200`,
  );
  figures['staff search "thistle"'] = figure(
    await medianMs(() => core.dispatch('staff.list', { search: 'thistle', limit: 200 })),
    await medianMs(() => (rawSearchCount.get({ w: '%thistle%' }), rawSearch.all({ w: '%thistle%', ...today }))),
  );
  core.close();
  Object.assign(figures, await suspensionFigures(hospitalDir));
  Object.assign(figures, await searchFigures(hospitalDir));

  Object.assign(figures, await packetFigures());
  Object.assign(figures, await policyFigures(path.join(root, 'policies'), Number(values.policies), 5));
  Object.assign(figures, await ethicsFigures());
  Object.assign(figures, await credentialFigures(path.join(root, 'credentials'), Number(values.practitioners), Number(values.credentials)));
  Object.assign(figures, await syncFigures(path.join(root, 'sync')));
  Object.assign(figures, await planningFigures(path.join(root, 'planning')));
  Object.assign(figures, await trainingFigures(path.join(root, 'training'), size));
  Object.assign(figures, await privilegeFigures(path.join(root, 'privileges'), size));
  Object.assign(figures, await screeningFigures(path.join(root, 'screening'), size));
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}

if (values.json) {
  console.log(JSON.stringify(figures));
} else {
  console.log(`Chartroom bench — ${size} staff, Node ${process.versions.node}, ${os.cpus().length} cores\n`);
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  console.log(`${'figure'.padEnd(width)}  ${'ours'.padStart(14)}  ${'floor'.padStart(14)}  ${'ratio'.padStart(7)}`);
  console.log('(ratio: how many times the floor\'s cost ours takes; for rows/s, floor ÷ ours)');
  for (const [name, f] of Object.entries(figures)) {
    console.log(`${name.padEnd(width)}  ${`${f.value.toFixed(2)} ${f.unit}`.padStart(14)}  ${`${f.floor.toFixed(2)} ${f.unit}`.padStart(14)}  ${f.ratio.toFixed(2).padStart(6)}×`);
  }
}
