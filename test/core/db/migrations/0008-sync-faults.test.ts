// Migration 8: finding this laptop's unsent changes reads only them (an index on (device_id, seq)), and the segments
// this laptop writes can record the change-log range they carried.
import { migrateUpTo as upTo } from './migrate-up-to';
import { describe, expect, it } from 'vitest';
import { localChangesQuery } from '../../../../electron/core/sync/local-changes';

describe('0008 sync faults', () => {
  it("finds this laptop's new changes by (device_id, seq), without scanning its history", () => {
    const db = upTo(8);
    const add = db.prepare("INSERT INTO change_log (tx_id, entity, record_id, field, old_value, new_value, actor, at, hlc, device_id) VALUES ('t', 'staff', ?, 'x', 'null', '1', 'a', 'now', ?, ?)");
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) add.run(`r${i}`, String(i).padStart(20, '0'), i % 10 === 0 ? 'other' : 'mine');
    })();
    db.exec('ANALYZE');
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${localChangesQuery}`).all('mine', 1990, Number.MAX_SAFE_INTEGER, 10) as { detail: string }[]).map((p) => p.detail).join(' | ');
    expect(plan).toMatch(/SEARCH change_log USING INDEX change_log_by_device_seq \(device_id=\? AND seq>\? AND seq<\?\)/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    const pending = db.prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM change_log WHERE device_id = ? AND seq > ?`).all('mine', 1990) as { detail: string }[];
    expect(pending.map((p) => p.detail).join(' ')).toMatch(/change_log_by_device_seq \(device_id=\? AND seq>\?\)/);
  });

  it("keeps the change-log range of this laptop's own segments", () => {
    const db = upTo(8);
    db.prepare("INSERT INTO sync_segments (folder_id, device_id, seq, name, known, count, applied_at, log_after, log_through) VALUES ('f', 'd', 1, 'a.seg', '{}', 3, 'now', 10, 13)").run();
    expect(db.prepare('SELECT log_after, log_through FROM sync_segments').raw().get()).toEqual([10, 13]);
  });
});
