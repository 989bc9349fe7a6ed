// Migration "motion rules": motions keep their threshold, committees their own thresholds, agenda items a consent flag;
// rows from before read as "no threshold recorded", "the defaults" and "not on the consent agenda".
import { describe, expect, it } from 'vitest';
import { migration } from '../../../../electron/core/db/migrations/0016-motion-rules';
import { migrateUpTo as upTo } from './migrate-up-to';

describe('motion rules', () => {
  it('adds the columns with their defaults and keeps every row', () => {
    const db = upTo(migration.version - 1);
    const at = '2026-01-01T00:00:00Z';
    db.prepare("INSERT INTO committees (id, name, kind, quorum_rule, created_at, updated_at) VALUES ('c1', 'MEC', 'medical-executive', 'majority', ?, ?)").run(at, at);
    db.prepare("INSERT INTO meetings (id, committee_id, type, title, starts_at, time_zone, status, created_at, updated_at) VALUES ('m1', 'c1', 'regular', 'December MEC', ?, 'UTC', 'scheduled', ?, ?)").run(at, at, at);
    db.prepare("INSERT INTO agenda_items (id, meeting_id, position, title, kind, created_at, updated_at) VALUES ('a1', 'm1', 1, 'Falls report', 'information', ?, ?)").run(at, at);
    db.prepare("INSERT INTO motions (id, meeting_id, kind, text, result, created_at, updated_at) VALUES ('mo1', 'm1', 'approve', 'Approve', 'carried', ?, ?)").run(at, at);

    upTo(migration.version, db);

    expect(db.prepare('SELECT consent FROM agenda_items').pluck().get()).toBe(0);
    expect(db.prepare('SELECT threshold FROM motions').pluck().get()).toBeNull();
    expect(db.prepare('SELECT motion_thresholds FROM committees').pluck().get()).toBeNull();
    db.prepare("UPDATE motions SET threshold = 'two-thirds'").run();
    expect(() => db.prepare("UPDATE motions SET threshold = 'unanimous'").run()).toThrow(/CHECK/);
  });
});
