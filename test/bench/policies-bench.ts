// Bench figures for policies: search p50/p95 over a large library through the handler vs bare FTS5, and the library list.
import { performance } from 'node:perf_hooks';
import { addMonths } from '../../shared/domain/calendar-day';
import { openCore } from '../../electron/core/core';
import { policyEntity, policyVersionEntity } from '../../electron/core/policies/entities';
import { hashBody } from '../../electron/core/policies/versions';
import { SeededRandom } from '../../electron/core/sample/random';
import { figure, medianMs, type Figure } from './measure';

const vocabulary = (
  'patient staff hand hygiene alcohol rub soap water isolation precautions contact droplet airborne central line insertion ' +
  'maintenance catheter bloodstream infection medication order dose route frequency indication abbreviation insulin heparin ' +
  'infusion pump controlled substance witness waste discrepancy antimicrobial stewardship culture restraint seclusion order ' +
  'physician monitor document debrief rapid response team sepsis lactate antibiotics transfusion consent identifier name birth ' +
  'procedure time-out site marking fall risk assessment bed alarm huddle fire alarm evacuate credential licence privilege ' +
  'proctor evaluation focused ongoing peer review committee chair approval quality safety event report root cause analysis'
).split(' ');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function policyFigures(dataDir: string, policies: number, versionsEach: number): Promise<Record<string, Figure>> {
  const figures: Record<string, Figure> = {};
  const core = openCore({ dataDir });
  try {
    await core.call('app.seedSample', { staff: 50, seed: 3 });
    const { db, store } = core.context;
    const owner = db.prepare('SELECT id FROM staff LIMIT 1').pluck().get() as string;
    const random = new SeededRandom(11);
    const today = new Date().toISOString().slice(0, 10);
    const paragraph = () => Array.from({ length: 60 }, () => random.pick(vocabulary)).join(' ');
    store.transaction(() => {
      for (let p = 0; p < policies; p++) {
        const policyId = store.insert(policyEntity, {
          reference: `B${Math.floor(p / 1000) + 1}-${String(p % 1000).padStart(3, '0')}`, title: `${random.pick(vocabulary)} ${random.pick(vocabulary)} policy ${p}`,
          category: 'Bench', departmentId: null, ownerId: owner, keywords: [], reviewIntervalMonths: 24, reviewWarningDays: 60, lastReviewedOn: null, retiredOn: null,
        });
        let body = `# Policy ${p}\n\n${paragraph()}\n\n${paragraph()}\n\n${paragraph()}\n\n${paragraph()}`;
        for (let v = 1; v <= versionsEach; v++) {
          body = `${body}\n\n${paragraph()}`;
          store.insert(policyVersionEntity, {
            policyId, number: v, stage: 'approved', title: `Policy ${p}`, body, bodyHash: hashBody(body), changeSummary: 'Revision', authorId: owner,
            submittedAt: null, approvedAt: null, effectiveOn: addMonths(today, -(versionsEach - v) * 6 - 1),
          });
        }
      }
    });
    const library = `${policies} policies × ${versionsEach} versions`;

    const queries = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? `${random.pick(vocabulary)} ${random.pick(vocabulary)}` : random.pick(vocabulary).slice(0, 4 + (i % 4))));
    const raw = db.prepare(`SELECT rowid, snippet(policy_search, -1, char(1), char(2), '…', 14) AS snippet, bm25(policy_search, 5.0, 1.0) AS rank
      FROM policy_search WHERE policy_search MATCH ? ORDER BY rank LIMIT 50`);
    const toFts = (q: string) => q.split(' ').map((w, i, all) => `"${w}"${i === all.length - 1 ? '*' : ''}`).join(' ');
    const time = async (run: (q: string) => unknown) => {
      for (const q of queries.slice(0, 5)) await run(q);
      const samples: number[] = [];
      for (const q of queries) {
        const start = performance.now();
        await run(q);
        samples.push(performance.now() - start);
      }
      return samples.sort((a, b) => a - b);
    };
    const ours = await time((q) => core.dispatch('policies.search', { query: q, limit: 50 }));
    const floor = await time((q) => raw.all(toFts(q)));
    figures[`policy search p50 (${library})`] = figure(percentile(ours, 50), percentile(floor, 50));
    figures[`policy search p95 (${library})`] = figure(percentile(ours, 95), percentile(floor, 95));

    const rawList = db.prepare(`SELECT p.*, s.given_name, s.family_name, (SELECT count(*) FROM policy_versions v WHERE v.policy_id = p.id) AS versions
      FROM policies p JOIN staff s ON s.id = p.owner_id ORDER BY p.reference`);
    figures[`policy library list (${policies + 38} policies)`] = figure(
      await medianMs(() => core.dispatch('policies.list', { limit: 5000 }), { iterations: 10, warmup: 2 }),
      await medianMs(() => rawList.all(), { iterations: 10, warmup: 2 }),
    );
  } finally {
    core.close();
  }
  return figures;
}
