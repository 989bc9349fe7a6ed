// Migration 11: agenda_items is rebuilt to accept the training and ethics report links. Every agenda item, and every
// motion, action item and agenda document that points at one, comes through with its link intact.
import { migrateUpTo as upTo } from './migrate-up-to';
import { describe, expect, it } from 'vitest';

describe('0011 agenda link kinds', () => {
  it('keeps agenda items and everything that points at them, and accepts the new report links', () => {
    const db = upTo(10);
    const at = '2026-01-01T00:00:00Z';
    db.prepare("INSERT INTO committees (id, name, kind, quorum_rule, created_at, updated_at) VALUES ('c1', 'MEC', 'mec', 'majority', ?, ?)").run(at, at);
    db.prepare("INSERT INTO meetings (id, committee_id, type, title, starts_at, time_zone, status, created_at, updated_at) VALUES ('m1', 'c1', 'regular', 'December MEC', ?, 'UTC', 'scheduled', ?, ?)").run(at, at, at);
    db.prepare("INSERT INTO agenda_items (id, meeting_id, position, title, kind, link_kind, link_id, created_at, updated_at) VALUES ('a1', 'm1', 1, 'Credentialing', 'decision', 'credential-report', NULL, ?, ?)").run(at, at);
    db.prepare("INSERT INTO attachments (id, file_name, media_type, size, created_at, updated_at) VALUES ('f1', 'x.pdf', 'application/pdf', 3, ?, ?)").run(at, at);
    db.prepare("INSERT INTO agenda_attachments (id, agenda_item_id, attachment_id, position, created_at, updated_at) VALUES ('aa1', 'a1', 'f1', 1, ?, ?)").run(at, at);
    db.prepare("INSERT INTO motions (id, meeting_id, agenda_item_id, kind, text, result, created_at, updated_at) VALUES ('mo1', 'm1', 'a1', 'approve', 'Approve', 'carried', ?, ?)").run(at, at);
    db.prepare("INSERT INTO action_items (id, meeting_id, agenda_item_id, committee_id, description, owner_name, status, created_at, updated_at) VALUES ('ai1', 'm1', 'a1', 'c1', 'Follow up', 'Dr A', 'open', ?, ?)").run(at, at);
    expect(() => db.prepare("UPDATE agenda_items SET link_kind = 'training-report'").run()).toThrow(/CHECK/);

    upTo(11, db);

    expect(db.prepare('SELECT id, title, link_kind FROM agenda_items').raw().all()).toEqual([['a1', 'Credentialing', 'credential-report']]);
    expect(db.prepare('SELECT agenda_item_id FROM agenda_attachments').pluck().all()).toEqual(['a1']);
    expect(db.prepare('SELECT agenda_item_id FROM motions').pluck().all()).toEqual(['a1']);
    expect(db.prepare('SELECT agenda_item_id FROM action_items').pluck().all()).toEqual(['a1']);
    db.prepare("UPDATE agenda_items SET link_kind = 'training-report'").run();
    db.prepare("UPDATE agenda_items SET link_kind = 'ethics-report'").run();
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // The references still hold after the rename: deleting the meeting takes its agenda and their documents with it.
    db.prepare("DELETE FROM motions").run();
    db.prepare("DELETE FROM action_items").run();
    db.prepare("DELETE FROM meetings WHERE id = 'm1'").run();
    expect(db.prepare('SELECT COUNT(*) FROM agenda_attachments').pluck().get()).toBe(0);
  });
});
