// Migration 7: a conflict may hold a value of a duplicate merged into another record; the conflicts kept before stay.
import { migrateUpTo as upTo } from './migrate-up-to';
import { describe, expect, it } from 'vitest';

const insert = `INSERT INTO sync_conflicts (entity, record_id, field, kind, kept_value, kept_hlc, lost_value, lost_hlc, detected_at) VALUES (?, 'r1', 'specialty', ?, '"A"', 'h2', '"B"', ?, 'now')`;

describe('0007 sync duplicates', () => {
  it('keeps the conflicts from before and accepts duplicate values', () => {
    const db = upTo(6);
    db.prepare(insert).run('staff', 'concurrent', 'h1');
    expect(() => db.prepare(insert).run('staff', 'duplicate', 'h0')).toThrow(/CHECK/);
    upTo(7, db);
    db.prepare(insert).run('staff', 'duplicate', 'h0');
    expect(db.prepare('SELECT kind, lost_hlc FROM sync_conflicts ORDER BY id').raw().all()).toEqual([['concurrent', 'h1'], ['duplicate', 'h0']]);
    // Still one conflict per lost write, and the open ones still found by index.
    expect(() => db.prepare(insert).run('staff', 'duplicate', 'h0')).toThrow(/UNIQUE/);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/sync_conflicts_open/);
  });
});
