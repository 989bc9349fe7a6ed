// Bench figures for ethics: the de-identifier's recall and precision on the synthetic corpus (beside the 99% goal),
// its speed per narrative beside one plain regex pass, and listing sealed cases beside reading the same rows raw.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deidentify } from '../../shared/domain/deidentify';
import { openCore } from '../../electron/core/core';
import { ethicsCorpus, measureDeidentifier } from '../support/ethics-corpus';
import { figure, medianMs, type Figure } from './measure';

export async function ethicsFigures(cases = 500): Promise<Record<string, Figure>> {
  const figures: Record<string, Figure> = {};
  const corpus = ethicsCorpus(1100);
  const m = measureDeidentifier(corpus);
  const pct = (n: number) => Math.round(n * 10_000) / 100;
  figures[`ethics de-identifier recall, ${m.planted} planted (floor: the 99% goal)`] = { value: pct(m.recall), unit: '%', floor: 99, ratio: Math.round((pct(m.recall) / 99) * 1000) / 1000 };
  figures['ethics de-identifier precision (floor: the 90% the test asks)'] = { value: pct(m.precision), unit: '%', floor: 90, ratio: Math.round((pct(m.precision) / 90) * 1000) / 1000 };
  figures['ethics misses not highlighted for the reviewer'] = { value: m.unflaggedMisses.length, unit: 'spans', floor: 0, ratio: m.unflaggedMisses.length === 0 ? 1 : Infinity };

  const sample = corpus.slice(0, 200);
  const ours = await medianMs(() => sample.forEach((d) => deidentify(d.text, { staffNames: d.staffNames, personNames: [d.patientName] })), { iterations: 5, warmup: 1 });
  const floor = await medianMs(() => sample.forEach((d) => d.text.replace(/\d+/g, '#')), { iterations: 5, warmup: 1 });
  figures['ethics de-identify one narrative (~2 kB)'] = figure(ours / sample.length, floor / sample.length);

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chartroom-bench-ethics-'));
  const core = openCore({ dataDir });
  try {
    await core.call('ethics.setPassphrase', { passphrase: 'bench ethics passphrase', idleMinutes: 60 });
    for (let i = 0; i < cases; i++) {
      await core.call('ethics.create', {
        requestedAt: new Date(Date.UTC(2026, i % 12, 1 + (i % 27), 9)).toISOString(), requesterName: 'Bench Requester', requesterRole: 'Attending physician',
        urgency: 'routine', unitId: null, type: 'end-of-life', question: `May the team withdraw treatment number ${i}?`,
        identifiers: { patientName: `Bench Patient ${i}`, mrn: `B${100000 + i}` },
      });
    }
    const db = core.context.db;
    figures[`ethics list ${cases} sealed cases`] = figure(
      await medianMs(() => core.call('ethics.list', {}), { iterations: 10, warmup: 2 }),
      await medianMs(() => db.prepare('SELECT * FROM ethics_cases ORDER BY requested_at DESC').all(), { iterations: 10, warmup: 2 }),
    );
    await core.call('ethics.lock', {});
    figures['ethics unlock (scrypt)'] = figure(
      await medianMs(() => core.call('ethics.unlock', { passphrase: 'bench ethics passphrase' }), { iterations: 5, warmup: 1 }),
      await medianMs(() => db.prepare("SELECT value FROM settings WHERE id LIKE 'ethicsVault.%'").get(), { iterations: 5, warmup: 1 }),
    );
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return figures;
}
