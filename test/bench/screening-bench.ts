// Bench figures for exclusion screening: an 80,000-row generated LEIE file (the published size) imported and matched
// against the bench hospital's roster through the handler, beside the plainest version of the same work (split the text,
// split on the quotes and commas, look each row up in two Sets, one UPDATE for every practitioner's screening date).
import { openCore } from '../../electron/core/core';
import { leieFile, type LeieRow } from '../support/leie-file';
import { figure, medianMs, onceMs, type Figure } from './measure';

export async function screeningFigures(dataDir: string, people: number, listed = 80_000): Promise<Record<string, Figure>> {
  const figures: Record<string, Figure> = {};
  const core = openCore({ dataDir });
  try {
    await core.call('app.seedSample', { staff: people, seed: 5 });
    const { db } = core.context;
    const roster = db.prepare(`SELECT npi, given_name AS givenName, family_name AS familyName FROM staff WHERE status <> 'inactive'`).all() as { npi: string | null; givenName: string; familyName: string }[];
    // A few true matches planted among the listed people: three by NPI, two by name.
    const withNpi = roster.filter((r) => r.npi);
    const planted: LeieRow[] = [
      ...withNpi.slice(0, 3).map((r) => ({ LASTNAME: r.familyName.toUpperCase(), FIRSTNAME: r.givenName.toUpperCase(), NPI: r.npi! })),
      ...roster.slice(-2).map((r) => ({ LASTNAME: r.familyName.toUpperCase(), FIRSTNAME: r.givenName.toUpperCase() })),
    ];
    const text = leieFile(listed - planted.length, planted);
    const dataBase64 = Buffer.from(text, 'utf8').toString('base64');
    const label = `${listed.toLocaleString('en-US')}-row LEIE × ${roster.length.toLocaleString('en-US')} active staff`;

    const updateAll = db.prepare(`UPDATE staff SET last_screened_on = ? WHERE status <> 'inactive'`);
    let day = 0;
    const floor = () => {
      const npis = new Set(roster.map((r) => r.npi).filter(Boolean));
      const names = new Set(roster.map((r) => `${r.familyName.toUpperCase()}|${r.givenName.toUpperCase()}`));
      let hits = 0;
      // Every value is quoted and none holds a quote in the generated file, so splitting on "," is enough here.
      for (const line of text.split('\r\n').slice(1)) {
        const cells = line.slice(1, -1).split('","');
        if (npis.has(cells[7]!) || names.has(`${cells[0]}|${cells[1]}`)) hits++;
      }
      db.transaction(() => updateAll.run(`2000-01-${String((day++ % 28) + 1).padStart(2, '0')}`)).immediate();
      return hits;
    };
    const request = { listKind: 'leie' as const, fileName: 'UPDATED.csv', dataBase64 };
    // The first import of a month writes every practitioner's screening date (and its change-log line); later ones the same day do not.
    figures[`exclusion screening, first of the month (${label})`] = figure(await onceMs(() => core.call('screening.import', request)), await onceMs(floor));
    figures[`exclusion screening, again the same day (${label})`] = figure(
      await medianMs(() => core.call('screening.import', request), { iterations: 5, warmup: 1 }),
      await medianMs(floor, { iterations: 5, warmup: 1 }),
    );
    const queue = await core.call('screening.matches', { status: 'possible' });
    if (queue.length < planted.length) throw new Error(`The bench planted ${planted.length} matches but the queue holds ${queue.length}`);
    figures[`exclusion match queue (${queue.length} possible)`] = figure(
      await medianMs(() => core.dispatch('screening.matches', { status: 'possible' }), { iterations: 10, warmup: 2 }),
      await medianMs(() => db.prepare("SELECT * FROM exclusion_matches WHERE status = 'possible'").all(), { iterations: 10, warmup: 2 }),
    );
    figures[`NPDB queries due (${people} staff)`] = figure(
      await medianMs(() => core.dispatch('npdb.due', { withinDays: 30 }), { iterations: 10, warmup: 2 }),
      await medianMs(() => db.prepare('SELECT staff_id, max(queried_on) FROM npdb_queries GROUP BY staff_id').all(), { iterations: 10, warmup: 2 }),
    );
  } finally {
    core.close();
  }
  return figures;
}
