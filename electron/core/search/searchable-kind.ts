// What a feature declares to be found by the global search: one entry per kind of record, in the feature's own folder.
import type { CoreContext } from '../context';

/**
 * A change to one of these entities re-indexes the records `ids` names: SQL over `{row}` (the changed row, NEW or OLD)
 * returning the ids of the kind's records, e.g. `SELECT id FROM credentials WHERE staff_id = {row}.id`. `columns`
 * limits updates to the fields the kind reads, so a screening import stamping every practitioner re-indexes none.
 */
export interface SearchFeed {
  entity: string;
  ids: string;
  columns?: readonly string[];
}

/** A kind whose text is indexed in the one FTS5 file (search_index), kept current by triggers every writer fires. */
export interface IndexedSearchKind {
  kind: string;
  /** The group heading in the palette, plural: "Practitioners". */
  label: string;
  /** The entity whose records are the hits; the first feed is this entity's own table. */
  entity: string;
  feeds: readonly SearchFeed[];
  /**
   * One SELECT over every record of the kind with the columns id, title, subtitle, body, identifiers, opens. The index
   * narrows it with `WHERE id = …`, so the SELECT must not aggregate (use correlated subqueries). `identifiers` are
   * matched but never shown; `opens` is the address the renderer understands ("#/staff/<id>").
   */
  rows: string;
  /** The identifiers are confidential (licence, DEA): a hit shows the first one masked. */
  maskIdentifiers?: true;
}

export interface SearchMatch {
  id: string;
  title: string;
  subtitle: string;
  /** The text the words were found in: the palette shows the part around the first match. */
  body: string;
  opens: string;
}

/**
 * A kind that must never reach the index file (sealed ethics cases): searched in memory, after decrypting, and only
 * when `available` says so. `search` gets the query's words, lower-cased, and returns records holding every one.
 */
export interface InMemorySearchKind {
  kind: string;
  label: string;
  entities: readonly string[];
  available(ctx: CoreContext): boolean;
  search(ctx: CoreContext, words: readonly string[], limit: number): SearchMatch[];
}

export type SearchableKind = IndexedSearchKind | InMemorySearchKind;

export const isIndexed = (k: SearchableKind): k is IndexedSearchKind => 'rows' in k;

/** A record's own table as its first feed: every insert, update (of `columns`) and delete of it re-indexes it. */
export function ownRows(entity: string, columns?: readonly string[]): SearchFeed {
  return { entity, ids: 'SELECT {row}.id', columns };
}

/** "Given Family, MD" from a staff row alias: how every kind names a practitioner in its hits. */
export function staffNameSql(alias: string): string {
  return `(${alias}.given_name || ' ' || ${alias}.family_name || coalesce(', ' || ${alias}.degree, ''))`;
}

/** Parts joined with " · ", skipping the empty ones, in SQL. */
export function joinedSql(...parts: string[]): string {
  return `trim(${parts.map((p) => `coalesce(' · ' || nullif(${p}, ''), '')`).join(' || ')}, ' ·')`;
}


/** A stored code read as its label ("state-license" → "State licence"), in SQL; an unknown code as itself. */
export function labelSql(expr: string, labels: Readonly<Record<string, string>>): string {
  const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
  return `(CASE ${expr} ${Object.entries(labels).map(([code, label]) => `WHEN ${quote(code)} THEN ${quote(label)}`).join(' ')} ELSE ${expr} END)`;
}
