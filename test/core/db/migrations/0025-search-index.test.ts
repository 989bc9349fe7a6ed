// Migration 25 (search index): a database from before holds records but no index; the first open fills it from the
// records, later opens leave it alone until the searchable kinds change, and each trigger's lookups use an index.
import { describe, expect, it } from 'vitest';
import { ensureSearchIndex } from '../../../../electron/core/search/search-index';
import { isIndexed } from '../../../../electron/core/search/searchable-kind';
import { searchableKinds } from '../../../../electron/core/search/searchable-kinds';
import { migrateUpTo as upTo } from './migrate-up-to';

describe('0025 search index', () => {
  it('is filled from the records already there, once, and again when the searchable kinds change', () => {
    const db = upTo(24);
    const at = '2026-01-01T00:00:00Z';
    db.prepare('INSERT INTO departments (id, code, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run('d1', 'CARD', 'Cardiology', at, at);
    db.prepare('INSERT INTO roles (id, name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run('r1', 'Hospitalist', 'physician', at, at);
    db.prepare('INSERT INTO staff (id, given_name, family_name, npi, role_id, department_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run('s1', 'Amara', 'Quillmere', '1234567893', 'r1', 'd1', at, at);
    upTo(25, db);
    expect(ensureSearchIndex(db, searchableKinds)).toEqual({ rebuilt: true });
    const find = db.prepare("SELECT d.kind, d.record_id FROM search_index JOIN search_documents d ON d.rowid = search_index.rowid WHERE search_index MATCH ?");
    expect(find.all('"4567893"')).toEqual([{ kind: 'practitioner', record_id: 's1' }]);
    expect(ensureSearchIndex(db, searchableKinds)).toEqual({ rebuilt: false });
    expect(ensureSearchIndex(db, searchableKinds.filter((k) => k.kind !== 'role'))).toEqual({ rebuilt: true });
    expect(db.prepare("SELECT count(*) FROM search_documents WHERE kind = 'role'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'searchfeed_role_%'").pluck().get()).toBe(0);
  });

  it('finds what a trigger re-indexes by its key, never by reading a whole table', () => {
    const db = upTo(25);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail);
    /** A full scan of a table; a constant row and json_each over one record's list are not. */
    const tableScans = (sql: string) => plan(sql).filter((d) => /^SCAN /.test(d) && !/CONSTANT ROW|VIRTUAL TABLE/.test(d));
    expect(plan("DELETE FROM search_documents WHERE kind = 'practitioner' AND record_id IN (SELECT 'x')").join('\n')).toMatch(/USING (COVERING )?INDEX sqlite_autoindex_search_documents_1/);
    for (const kind of searchableKinds.filter(isIndexed)) {
      expect(tableScans(`SELECT * FROM (${kind.rows}) AS r WHERE r.id IN (SELECT 'x')`), kind.kind).toEqual([]);
      for (const feed of kind.feeds) expect(tableScans(feed.ids.replaceAll('{row}.id', "'x'").replaceAll('{row}.policy_id', "'x'")), `${kind.kind} fed by ${feed.entity}`).toEqual([]);
    }
  });
});
