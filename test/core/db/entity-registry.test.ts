// Every table of records is declared as an entity whose fields match its columns: that is what makes the change log,
// history, undo and sync cover a new table without new code.
import { afterAll, describe, expect, it } from 'vitest';
import { columnOf } from '../../../electron/core/db/entity';
import { entities } from '../../../electron/core/db/entity-registry';
import { openTempCore } from '../../support/temp-core';

const core = openTempCore();
afterAll(() => core.dispose());

/** Local-only tables: the log itself, device identity, the editor's crash buffer and the reveal audit (and sync_*: sync's own bookkeeping; search_*: the search index, derived from the records). */
const notRecords = new Set(['meta', 'change_log', 'policy_autosaves', 'access_log']);

describe('entity registry', () => {
  const { db } = core.context;
  const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'policy_search%' AND name NOT LIKE 'sync_%' AND name NOT LIKE 'search_%'").pluck().all() as string[]).filter((t) => !notRecords.has(t));

  it('declares every table of records exactly once, under a unique name', () => {
    expect(entities.map((e) => e.table).sort()).toEqual([...tables].sort());
    expect(new Set(entities.map((e) => e.name)).size).toBe(entities.length);
  });

  it.each(entities.map((e) => [e.name, e] as const))('%s declares exactly the columns of its table', (_name, entity) => {
    const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(entity.table) as string[]).filter((c) => !['id', 'created_at', 'updated_at'].includes(c));
    expect(Object.keys(entity.fields).map(columnOf).sort()).toEqual(columns.sort());
  });
});
