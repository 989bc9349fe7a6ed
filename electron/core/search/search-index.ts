// Keeps the one search index current for every writer: triggers generated from the registry of searchable kinds fire
// for the store, sync's projection and anything else that writes a table, and the index is rebuilt whenever the
// registry's triggers change (a new kind, an edited SELECT) or the index was never filled.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { columnOf } from '../db/entity';
import { entityNamed } from '../db/entity-registry';
import { readMeta, writeMeta } from '../db/meta';
import { isIndexed, type IndexedSearchKind, type SearchableKind } from './searchable-kind';

const triggerPrefix = 'searchfeed_';
const fingerprintKey = 'searchIndexFingerprint';

const documentColumns = 'kind, record_id, title, subtitle, body, identifiers, opens';

/** The INSERT that writes the kind's documents for the ids `ids` (SQL) selects; every record when ids is null. */
function fillSql(kind: IndexedSearchKind, ids: string | null): string {
  return `INSERT INTO search_documents (${documentColumns})
    SELECT '${kind.kind}', r.id, coalesce(r.title, ''), coalesce(r.subtitle, ''), coalesce(r.body, ''), coalesce(r.identifiers, ''), r.opens
    FROM (${kind.rows}) AS r${ids ? ` WHERE r.id IN (${ids})` : ''};`;
}

function triggersOf(kind: IndexedSearchKind): string[] {
  return kind.feeds.map((feed) => {
    const entity = entityNamed(feed.entity);
    if (!entity) throw new Error(`Search kind ${kind.kind} is fed by ${feed.entity}, which is not in the entity registry.`);
    const idsOf = (row: 'new' | 'old') => feed.ids.replaceAll('{row}', row);
    const reindex = (ids: string) => `DELETE FROM search_documents WHERE kind = '${kind.kind}' AND record_id IN (${ids});\n  ${fillSql(kind, ids)}`;
    const name = `${triggerPrefix}${kind.kind}_${feed.entity}`;
    const columns = feed.columns ? ` OF ${feed.columns.map(columnOf).join(', ')}` : '';
    return [
      `CREATE TRIGGER ${name}_insert AFTER INSERT ON ${entity.table} BEGIN\n  ${reindex(idsOf('new'))}\nEND;`,
      `CREATE TRIGGER ${name}_update AFTER UPDATE${columns} ON ${entity.table} BEGIN\n  ${reindex(`${idsOf('old')} UNION ${idsOf('new')}`)}\nEND;`,
      `CREATE TRIGGER ${name}_delete AFTER DELETE ON ${entity.table} BEGIN\n  ${reindex(idsOf('old'))}\nEND;`,
    ].join('\n');
  });
}

/**
 * Makes the database's search triggers those of `kinds`, and refills the index when they were not (or it is empty of
 * what it should hold). Runs at open, in one transaction; a database already current is only read.
 */
export function ensureSearchIndex(db: Database, kinds: readonly SearchableKind[]): { rebuilt: boolean } {
  const indexed = kinds.filter(isIndexed);
  const triggers = indexed.flatMap(triggersOf);
  const fingerprint = createHash('sha256').update(triggers.join('\n')).digest('hex');
  const stored = readMeta(db, fingerprintKey);
  if (stored === fingerprint) return { rebuilt: false };
  db.transaction(() => {
    const old = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE ? ESCAPE '\\'").pluck().all(`${triggerPrefix.replace('_', '\\_')}%`) as string[];
    for (const name of old) db.exec(`DROP TRIGGER ${name}`);
    for (const sql of triggers) db.exec(sql);
    rebuildSearchIndex(db, indexed);
    writeMeta(db, fingerprintKey, fingerprint);
  }).immediate();
  return { rebuilt: true };
}

/** Every document written again from the records themselves. */
export function rebuildSearchIndex(db: Database, kinds: readonly SearchableKind[]): void {
  db.transaction(() => {
    db.exec('DELETE FROM search_documents');
    // The external-content index is rebuilt in one pass rather than row by row through the delete trigger's work.
    db.exec("INSERT INTO search_index (search_index) VALUES ('delete-all')");
    for (const kind of kinds.filter(isIndexed)) db.exec(fillSql(kind, null));
  })();
}
