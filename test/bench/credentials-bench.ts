// Bench figures for staff and credentials: the expirations board on a large medical staff, and roster import throughput.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import { addDays } from '../../shared/domain/calendar-day';
import { npiCheckDigit } from '../../shared/domain/npi';
import { openCore } from '../../electron/core/core';
import { credentialEntity } from '../../electron/core/credentials/entities';
import { expirationsSql } from '../../electron/core/credentials/repository';
import { SeededRandom } from '../../electron/core/sample/random';
import { figure, medianMs, throughput, type Figure } from './measure';

export async function credentialFigures(dataDir: string, practitioners: number, credentials: number): Promise<Record<string, Figure>> {
  const figures: Record<string, Figure> = {};
  const core = openCore({ dataDir });
  try {
    await core.call('app.seedSample', { staff: practitioners, seed: 2 });
    const { db, store } = core.context;
    // The sample gives about four credentials a person; top up with CME certificates to the size asked for.
    const have = db.prepare('SELECT count(*) FROM credentials').pluck().get() as number;
    const staffIds = db.prepare('SELECT id FROM staff').pluck().all() as string[];
    const random = new SeededRandom(9);
    const today = new Date().toISOString().slice(0, 10);
    store.transaction(() => {
      for (let i = have; i < credentials; i++) {
        store.insert(credentialEntity, { staffId: random.pick(staffIds), type: 'other', title: `CME certificate ${i}`, expiresOn: addDays(today, random.int(-60, 900)) });
      }
    });
    const total = db.prepare('SELECT count(*) FROM credentials').pluck().get() as number;
    const label = `${practitioners} staff, ${total} credentials`;

    // Floor: the board's own statement, prepared once, rows as SQLite returns them (no status rule, no masking, no contract).
    const raw = db.prepare(expirationsSql);
    const rows = (await core.call('credentials.expirations', { withinDays: 90, includeExpired: true })).rows.length;
    figures[`expirations board, 90 days (${label}; ${rows} rows)`] = figure(
      await medianMs(() => core.dispatch('credentials.expirations', { withinDays: 90, includeExpired: true }), { iterations: 10, warmup: 2 }),
      await medianMs(() => raw.all({ today, until: addDays(today, 90), includeExpired: 1, lapsedOnly: 0, departmentId: null }), { iterations: 10, warmup: 2 }),
    );

    // Import: 10,000 new practitioners with a licence each, through the handler (parse, check, write, log) vs
    // parsing the same file and inserting the rows plainly in one transaction.
    const importRows = 10_000;
    const csv = rosterCsv(importRows);
    const dataBase64 = Buffer.from(csv).toString('base64');
    const started = performance.now();
    const report = await core.call('staff.importCommit', { fileName: 'bench.csv', dataBase64 });
    const ours = performance.now() - started;
    if (report.created !== importRows) throw new Error(`bench import created ${report.created} of ${importRows}: ${JSON.stringify(report.problems.slice(0, 3))}`);
    const floorCore = openCore({ dataDir: path.join(dataDir, '..', 'import-floor') });
    const floorDb = floorCore.context.db;
    floorDb.exec("INSERT INTO roles (id, name, kind, created_at, updated_at) VALUES ('r', 'Attending Physician', 'physician', 'x', 'x'); INSERT INTO departments (id, code, name, created_at, updated_at) VALUES ('d', 'CARD', 'Cardiology', 'x', 'x')");
    const insertStaff = floorDb.prepare("INSERT INTO staff (id, given_name, family_name, npi, role_id, department_id, created_at, updated_at) VALUES (?, ?, ?, ?, 'r', 'd', 'x', 'x')");
    const insertLicence = floorDb.prepare("INSERT INTO credentials (id, staff_id, type, number, jurisdiction, expires_on, created_at, updated_at) VALUES (?, ?, 'state-license', ?, ?, ?, 'x', 'x')");
    const floorStarted = performance.now();
    const parsed = Papa.parse<string[]>(Buffer.from(dataBase64, 'base64').toString('utf8'), { skipEmptyLines: true }).data.slice(1);
    floorDb.transaction(() => {
      parsed.forEach((r, i) => {
        insertStaff.run(`s${i}`, r[0], r[1], r[2]);
        insertLicence.run(`c${i}`, `s${i}`, r[5], r[6], r[7]);
      });
    })();
    const floor = performance.now() - floorStarted;
    floorCore.close();
    figures[`roster import, ${importRows} rows`] = throughput((importRows / ours) * 1000, (importRows / floor) * 1000);
  } finally {
    core.close();
  }
  return figures;
}

function rosterCsv(rows: number): string {
  const lines = ['First Name,Last Name,NPI,Role,Department,License Number,License State,License Expires'];
  for (let i = 0; i < rows; i++) {
    const firstNine = `2${String(i).padStart(8, '0')}`;
    lines.push(`Bench${i},Importer,${firstNine}${npiCheckDigit(firstNine)},Attending Physician,Cardiology,MD${100000 + i},WA,${i % 2 ? '2027-06-30' : '06/30/2027'}`);
  }
  return lines.join('\n');
}
