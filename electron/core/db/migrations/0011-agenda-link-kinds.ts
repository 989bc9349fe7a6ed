// Version 11: an agenda item can link the training report and the ethics committee's report, which arrive with the
// training and ethics screens. SQLite cannot widen a CHECK in place, so agenda_items is rebuilt with the same columns
// and rows; motions, action items and agenda documents keep pointing at the same ids.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 11,
  name: 'agenda-link-kinds',
  rebuildsReferencedTable: true,
  up(db) {
    db.exec(`
      CREATE TABLE agenda_items_next (
        id                TEXT PRIMARY KEY,
        meeting_id        TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        position          INTEGER NOT NULL,
        title             TEXT NOT NULL,
        kind              TEXT NOT NULL CHECK (kind IN ('procedural', 'information', 'discussion', 'decision')),
        presenter         TEXT,
        minutes_allotted  INTEGER,
        executive_session INTEGER NOT NULL DEFAULT 0,
        description       TEXT,
        minutes_text      TEXT,
        link_kind         TEXT CHECK (link_kind IN ('policy-version', 'credential-report', 'kpi-snapshot', 'ethics-summary', 'prior-minutes', 'action-items', 'training-report', 'ethics-report')),
        link_id           TEXT,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      ) STRICT;
      INSERT INTO agenda_items_next (id, meeting_id, position, title, kind, presenter, minutes_allotted, executive_session, description, minutes_text, link_kind, link_id, created_at, updated_at)
        SELECT id, meeting_id, position, title, kind, presenter, minutes_allotted, executive_session, description, minutes_text, link_kind, link_id, created_at, updated_at FROM agenda_items;
      DROP TABLE agenda_items;
      ALTER TABLE agenda_items_next RENAME TO agenda_items;
      CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id, position);
    `);
  },
};
