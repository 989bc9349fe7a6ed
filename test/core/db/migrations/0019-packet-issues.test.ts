// Migration 16 (23 once merged): issued packets, their distribution log and agenda items' guests arrive empty beside
// the meetings they belong to; they go with their meeting or item, and the schema refuses an unknown way of sending.
import { describe, expect, it } from 'vitest';
import { migrateUpTo as upTo } from './migrate-up-to';

describe('0016 packet issues', () => {
  it('adds packet issues, distributions and guests, each going with what it belongs to', () => {
    const db = upTo(18);
    const at = '2026-01-01T00:00:00Z';
    db.prepare("INSERT INTO committees (id, name, kind, quorum_rule, created_at, updated_at) VALUES ('c1', 'MEC', 'medical-executive', 'majority', ?, ?)").run(at, at);
    db.prepare("INSERT INTO committee_members (id, committee_id, name, role, voting, created_at, updated_at) VALUES ('cm1', 'c1', 'Dr A', 'chair', 1, ?, ?)").run(at, at);
    db.prepare("INSERT INTO meetings (id, committee_id, type, title, starts_at, time_zone, status, created_at, updated_at) VALUES ('m1', 'c1', 'regular', 'December MEC', ?, 'UTC', 'scheduled', ?, ?)").run(at, at, at);
    db.prepare("INSERT INTO agenda_items (id, meeting_id, position, title, kind, executive_session, created_at, updated_at) VALUES ('a1', 'm1', 1, 'Peer review', 'discussion', 1, ?, ?)").run(at, at);
    db.prepare("INSERT INTO attachments (id, file_name, media_type, size, created_at, updated_at) VALUES ('pdf1', 'packet.pdf', 'application/pdf', 10, ?, ?)").run(at, at);

    upTo(19, db);

    expect(db.prepare('SELECT count(*) FROM agenda_items').pluck().get()).toBe(1);
    db.prepare("INSERT INTO packet_issues (id, meeting_id, number, issued_at, issued_by, packet_attachment_id, data, created_at, updated_at) VALUES ('i1', 'm1', 1, ?, 'director', 'pdf1', '{}', ?, ?)").run(at, at, at);
    const send = db.prepare("INSERT INTO packet_distributions (id, packet_issue_id, recipient_name, member_id, sent_on, method, created_at, updated_at) VALUES (?, 'i1', 'Dr A', 'cm1', '2026-01-02', ?, ?, ?)");
    send.run('d1', 'email', at, at);
    expect(() => send.run('d2', 'carrier pigeon', at, at)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO packet_issues (id, meeting_id, number, issued_at, issued_by, packet_attachment_id, data, created_at, updated_at) VALUES ('i0', 'm1', 0, ?, 'd', 'pdf1', '{}', ?, ?)").run(at, at, at)).toThrow(/CHECK/);
    db.prepare("INSERT INTO agenda_item_guests (id, agenda_item_id, name, role, created_at, updated_at) VALUES ('g1', 'a1', 'Jo Quarrington', 'Outside counsel', ?, ?)").run(at, at);
    db.prepare("DELETE FROM agenda_items WHERE id = 'a1'").run();
    expect(db.prepare('SELECT count(*) FROM agenda_item_guests').pluck().get()).toBe(0);
    db.prepare("DELETE FROM meetings WHERE id = 'm1'").run();
    expect(db.prepare('SELECT count(*) FROM packet_issues').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM packet_distributions').pluck().get()).toBe(0);
  });
});
