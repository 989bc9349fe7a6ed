// Bench figures for the global search on the large hospital: what the palette asks as a director types (words, parts of
// words, an NPI, a phrase from a policy's text) through dispatch, p50 and p95, beside the plainest FTS5 query on the same
// index (the matching rows by rank, no grouping, marking or masking); and the index rebuilt whole beside FTS5's own rebuild.
import { openCore } from '../../electron/core/core';
import { rebuildSearchIndex } from '../../electron/core/search/search-index';
import { searchableKinds } from '../../electron/core/search/searchable-kinds';
import { trigramQuery } from '../../electron/core/search/search-everything';
import { searchWords } from '../../shared/domain/search-text';
import { figure, onceMs, percentilesMs, type Figure } from './measure';

export async function searchFigures(hospitalDir: string): Promise<Record<string, Figure>> {
  const core = openCore({ dataDir: hospitalDir });
  try {
    const { db } = core.context;
    const npi = db.prepare('SELECT npi FROM staff WHERE npi IS NOT NULL LIMIT 1 OFFSET 1000').pluck().get() as string;
    const queries = ['thistle', 'sedation', npi, 'hand hygiene', 'credentials committee', 'mec', 'pneumonia', npi.slice(2, 8), 'renewal', 'fall risk'];
    const plain = db.prepare('SELECT rowid, rank FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 200');
    const ftsOf = queries.map((q) => trigramQuery(searchWords(q)) ?? '""');
    const ours = await percentilesMs((i) => core.dispatch('search.everything', { query: queries[i % queries.length]!, limit: 5 }));
    const floor = await percentilesMs((i) => plain.all(ftsOf[i % ftsOf.length]!));
    const documents = db.prepare('SELECT count(*) FROM search_documents').pluck().get() as number;
    const figures: Record<string, Figure> = {};
    figures[`global search p50 (${documents} records indexed)`] = figure(ours.p50, floor.p50);
    figures['global search p95'] = figure(ours.p95, floor.p95);
    figures['search index rebuilt whole'] = figure(
      await onceMs(() => rebuildSearchIndex(db, searchableKinds)),
      await onceMs(() => db.exec("INSERT INTO search_index (search_index) VALUES ('rebuild')")),
    );
    return figures;
  } finally {
    core.close();
  }
}
