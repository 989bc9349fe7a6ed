// The global search: the query's words against the one FTS5 index (every kind at once, the best hits of each kind),
// and the sealed kinds searched in memory while they are unlocked.
import type { EverythingGroup, EverythingHit } from '../../../shared/contract/search';
import { maskIdentifier } from '../../../shared/domain/masking';
import { markWords, searchWords, snippetAround } from '../../../shared/domain/search-text';
import type { CoreContext } from '../context';
import { isIndexed, type SearchableKind } from './searchable-kind';

/** Trigrams: a word shorter than three characters cannot be looked up in the index, and is left to narrow nothing. */
const shortestIndexedWord = 3;

/** Every word must occur (anywhere: a part of a word, a number's digits); each is quoted so FTS5 reads it literally. */
export function trigramQuery(words: readonly string[]): string | null {
  const usable = words.filter((w) => [...w].length >= shortestIndexedWord);
  return usable.length ? usable.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ') : null;
}

interface DocumentRow {
  kind: string;
  id: string;
  title: string;
  subtitle: string;
  body: string;
  identifiers: string;
  opens: string;
}

export function searchEverything(ctx: CoreContext, kinds: readonly SearchableKind[]) {
  // Title matches weigh most; a number matched in `identifiers` ranks like a title (the director typed it on purpose).
  const ranked = ctx.db.prepare(`WITH matched AS MATERIALIZED (
      SELECT rowid, bm25(search_index, 10.0, 3.0, 1.0, 10.0) AS rank FROM search_index WHERE search_index MATCH @query
    )
    SELECT kind, id, title, subtitle, body, identifiers, opens FROM (
      SELECT d.kind, d.record_id AS id, d.title, d.subtitle, d.body, d.identifiers, d.opens, m.rank,
        row_number() OVER (PARTITION BY d.kind ORDER BY m.rank, d.record_id) AS n
      FROM matched m JOIN search_documents d ON d.rowid = m.rowid
      WHERE d.kind IN (SELECT value FROM json_each(@kinds))
    ) WHERE n <= @limit ORDER BY kind, n`);

  return function run(query: string, limit: number, only?: readonly string[]): { groups: EverythingGroup[] } {
    const words = searchWords(query);
    if (words.length === 0) return { groups: [] };
    const wanted = kinds.filter((k) => !only || only.includes(k.kind));
    const hitsByKind = new Map<string, EverythingHit[]>();

    const indexed = wanted.filter(isIndexed);
    const fts = trigramQuery(words);
    if (fts && indexed.length) {
      const rows = ranked.all({ query: fts, kinds: JSON.stringify(indexed.map((k) => k.kind)), limit }) as DocumentRow[];
      const masked = new Set(indexed.filter((k) => k.maskIdentifiers).map((k) => k.kind));
      for (const row of rows) {
        // A licence or DEA number may be what matched, but it is shown only masked, never as stored.
        const number = masked.has(row.kind) ? maskIdentifier(row.identifiers.split(' ')[0]) : null;
        const subtitle = number ? [row.subtitle, `No. ${number}`].filter(Boolean).join(' · ') : row.subtitle;
        const hit: EverythingHit = {
          kind: row.kind, id: row.id, title: markWords(row.title, words), subtitle: markWords(subtitle, words), snippet: snippetAround(row.body, words), route: row.opens,
        };
        hitsByKind.set(row.kind, [...(hitsByKind.get(row.kind) ?? []), hit]);
      }
    }

    for (const kind of wanted) {
      if (isIndexed(kind) || !kind.available(ctx)) continue;
      const found = kind.search(ctx, words, limit).map((m): EverythingHit => ({
        kind: kind.kind, id: m.id, title: markWords(m.title, words), subtitle: markWords(m.subtitle, words), snippet: snippetAround(m.body, words), route: m.opens,
      }));
      if (found.length) hitsByKind.set(kind.kind, found);
    }

    return {
      groups: wanted.filter((k) => hitsByKind.has(k.kind)).map((k) => ({ kind: k.kind, label: k.label, hits: hitsByKind.get(k.kind)! })),
    };
  };
}
