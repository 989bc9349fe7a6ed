// Migration 15: agenda items, motions and votes are rebuilt to accept the recommendation slate, the new motion
// subjects and a member out of the room. Every row, and everything that points at one, comes through intact.
import { migrateUpTo as upTo } from './migrate-up-to';
import { describe, expect, it } from 'vitest';

describe('0015 governance kinds', () => {
  it('keeps agenda items, motions and votes with what points at them, and accepts the new kinds', () => {
    const db = upTo(14);
    const at = '2026-01-01T00:00:00Z';
    db.prepare("INSERT INTO committees (id, name, kind, quorum_rule, created_at, updated_at) VALUES ('c1', 'MEC', 'mec', 'majority', ?, ?)").run(at, at);
    db.prepare("INSERT INTO committee_members (id, committee_id, name, role, voting, created_at, updated_at) VALUES ('cm1', 'c1', 'Dr A', 'chair', 1, ?, ?)").run(at, at);
    db.prepare("INSERT INTO meetings (id, committee_id, type, title, starts_at, time_zone, status, created_at, updated_at) VALUES ('m1', 'c1', 'regular', 'December MEC', ?, 'UTC', 'scheduled', ?, ?)").run(at, at, at);
    db.prepare("INSERT INTO agenda_items (id, meeting_id, position, title, kind, link_kind, link_id, created_at, updated_at) VALUES ('a1', 'm1', 1, 'Credentialing', 'decision', 'credential-report', NULL, ?, ?)").run(at, at);
    db.prepare("INSERT INTO motions (id, meeting_id, agenda_item_id, kind, text, subject_kind, subject_id, result, created_at, updated_at) VALUES ('mo1', 'm1', 'a1', 'approve', 'Approve', 'minutes', 'm0', 'carried', ?, ?)").run(at, at);
    db.prepare("INSERT INTO votes (id, motion_id, member_id, vote, created_at, updated_at) VALUES ('v1', 'mo1', 'cm1', 'yes', ?, ?)").run(at, at);
    db.prepare("INSERT INTO minutes_amendments (id, meeting_id, text, motion_id, created_at, updated_at) VALUES ('am1', 'm1', 'Correct the date', 'mo1', ?, ?)").run(at, at);
    expect(() => db.prepare("UPDATE agenda_items SET link_kind = 'recommendation-slate'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE motions SET subject_kind = 'consent-agenda'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE votes SET vote = 'out-of-room'").run()).toThrow(/CHECK/);

    upTo(15, db);

    expect(db.prepare('SELECT id, title, link_kind FROM agenda_items').raw().all()).toEqual([['a1', 'Credentialing', 'credential-report']]);
    expect(db.prepare('SELECT id, agenda_item_id, subject_kind, subject_id FROM motions').raw().all()).toEqual([['mo1', 'a1', 'minutes', 'm0']]);
    expect(db.prepare('SELECT motion_id, vote FROM votes').raw().all()).toEqual([['mo1', 'yes']]);
    expect(db.prepare('SELECT motion_id FROM minutes_amendments').pluck().all()).toEqual(['mo1']);
    db.prepare("UPDATE agenda_items SET link_kind = 'recommendation-slate'").run();
    for (const kind of ['recommendation-slate', 'consent-agenda', 'policy-retirement', 'policy-review']) db.prepare('UPDATE motions SET subject_kind = ?').run(kind);
    db.prepare("UPDATE votes SET vote = 'out-of-room'").run();
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // The references still hold after the rename: deleting a motion takes its votes with it.
    db.prepare("DELETE FROM minutes_amendments").run();
    db.prepare("DELETE FROM motions").run();
    expect(db.prepare('SELECT COUNT(*) FROM votes').pluck().get()).toBe(0);
  });
});
