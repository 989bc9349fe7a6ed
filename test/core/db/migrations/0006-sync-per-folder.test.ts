// Migration 6: what a laptop has applied, and the devices it has seen, become per shared folder; rows from before
// belong to the folder it was set up with.
import { migrateUpTo as upTo } from './migrate-up-to';
import { describe, expect, it } from 'vitest';

describe('0006 sync per folder', () => {
  it('keeps the rows of a laptop set up before, under its folder', () => {
    const db = upTo(5);
    const folderId = 'ab'.repeat(16);
    db.prepare("INSERT INTO sync_config (key, value) VALUES ('folderId', ?), ('snapshotAtSeq', '200')").run(folderId);
    db.prepare("INSERT INTO sync_segments (device_id, seq, name, known, count, applied_at) VALUES ('d1', 1, 'a.seg', '{}', 3, 'now'), ('d1', 2, 'b.seg', '{}', 1, 'now')").run();
    db.prepare("INSERT INTO sync_devices (device_id, name, app_version, last_seen_at, applied) VALUES ('d1', 'Bob', '0.1.0', 'now', '{}')").run();
    upTo(6, db);
    expect(db.prepare('SELECT folder_id, device_id, seq, name FROM sync_segments ORDER BY seq').raw().all()).toEqual([
      [folderId, 'd1', 1, 'a.seg'],
      [folderId, 'd1', 2, 'b.seg'],
    ]);
    expect(db.prepare('SELECT folder_id, name FROM sync_devices').raw().all()).toEqual([[folderId, 'Bob']]);
    const config = Object.fromEntries(db.prepare('SELECT key, value FROM sync_config').raw().all() as [string, string][]);
    expect(config).toEqual({ folderId, syncedFolderId: folderId, [`snapshotAtSeq:${folderId}`]: '200' });
  });

  it('a laptop never set up has nothing to carry; the same device may be seen in two folders', () => {
    const db = upTo(6);
    expect(db.prepare('SELECT count(*) FROM sync_config').pluck().get()).toBe(0);
    const add = db.prepare("INSERT INTO sync_devices (folder_id, device_id, name, app_version, last_seen_at, applied) VALUES (?, 'd1', 'Bob', '0.1.0', 'now', '{}')");
    add.run('f1');
    add.run('f2');
    expect(() => add.run('f1')).toThrow(/UNIQUE|PRIMARY/);
    const seg = db.prepare("INSERT INTO sync_segments (folder_id, device_id, seq, name, known, count, applied_at) VALUES (?, 'd1', 1, 'a.seg', '{}', 1, 'now')");
    seg.run('f1');
    seg.run('f2');
    expect(() => seg.run('f1')).toThrow(/UNIQUE|PRIMARY/);
    const plan = (db.prepare("EXPLAIN QUERY PLAN SELECT device_id, max(seq) FROM sync_segments WHERE folder_id = 'f1' GROUP BY device_id").all() as { detail: string }[])
      .map((p) => p.detail)
      .join(' ');
    expect(plan).toMatch(/sync_segments_by_seq/);
  });
});
