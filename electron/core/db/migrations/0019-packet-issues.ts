// Version 16 (version 23 once merged with the other governance and credentialing work): packets as issued. An issue
// keeps the PDFs (the general packet and, when anything is taken in closed session, the confidential supplement) as
// stored documents, and the data they were printed from, so a later change to a policy or the agenda cannot change
// what the committee received; a distribution log says who received which issue, when and how. Guests are recorded
// per agenda item, so the supplement can say who was in the room for each closed-session item.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 19,
  name: 'packet-issues',
  up(db) {
    db.exec(`
      CREATE TABLE packet_issues (
        id                        TEXT PRIMARY KEY,
        meeting_id                TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        number                    INTEGER NOT NULL CHECK (number >= 1),
        issued_at                 TEXT NOT NULL,
        issued_by                 TEXT NOT NULL,
        packet_attachment_id      TEXT NOT NULL REFERENCES attachments (id),
        supplement_attachment_id  TEXT REFERENCES attachments (id),
        data                      TEXT NOT NULL,
        changes                   TEXT NOT NULL DEFAULT '[]',
        note                      TEXT,
        created_at                TEXT NOT NULL,
        updated_at                TEXT NOT NULL
      ) STRICT;
      CREATE INDEX packet_issues_by_meeting ON packet_issues (meeting_id, number);

      CREATE TABLE packet_distributions (
        id               TEXT PRIMARY KEY,
        packet_issue_id  TEXT NOT NULL REFERENCES packet_issues (id) ON DELETE CASCADE,
        recipient_name   TEXT NOT NULL,
        member_id        TEXT REFERENCES committee_members (id) ON DELETE SET NULL,
        sent_on          TEXT NOT NULL,
        method           TEXT NOT NULL CHECK (method IN ('email', 'portal', 'printed', 'hand', 'other')),
        supplement       INTEGER NOT NULL DEFAULT 0,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX packet_distributions_by_issue ON packet_distributions (packet_issue_id);

      CREATE TABLE agenda_item_guests (
        id              TEXT PRIMARY KEY,
        agenda_item_id  TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
        name            TEXT NOT NULL,
        role            TEXT,
        position        INTEGER NOT NULL DEFAULT 0,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX agenda_item_guests_by_item ON agenda_item_guests (agenda_item_id, position);
    `);
  },
};
