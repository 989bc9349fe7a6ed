// Version 16 on this branch (19 in the plan; renumbered at merge): reappointment as a dated process. One row per practitioner and cycle: the application, then the
// department chair, the Credentials Committee, the MEC and the board, each with its date, outcome and note; the
// committee steps keep the meeting and motion that decided them, so the minutes and the file point at each other.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 20,
  name: 'reappointments',
  up(db) {
    db.exec(`
      CREATE TABLE reappointments (
        id                        TEXT PRIMARY KEY,
        staff_id                  TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        due_on                    TEXT NOT NULL,
        status                    TEXT NOT NULL CHECK (status IN ('open', 'approved', 'denied', 'withdrawn')),
        category_requested        TEXT,
        privileges_requested      TEXT NOT NULL DEFAULT '[]',
        application_received_on   TEXT NOT NULL,
        chair_on                  TEXT,
        chair_outcome             TEXT CHECK (chair_outcome IN ('favourable', 'with-conditions', 'unfavourable')),
        chair_note                TEXT,
        committee_on              TEXT,
        committee_outcome         TEXT CHECK (committee_outcome IN ('favourable', 'with-conditions', 'unfavourable')),
        committee_note            TEXT,
        committee_meeting_id      TEXT REFERENCES meetings (id) ON DELETE SET NULL,
        committee_motion_id       TEXT REFERENCES motions (id) ON DELETE SET NULL,
        mec_on                    TEXT,
        mec_outcome               TEXT CHECK (mec_outcome IN ('favourable', 'with-conditions', 'unfavourable')),
        mec_note                  TEXT,
        mec_meeting_id            TEXT REFERENCES meetings (id) ON DELETE SET NULL,
        mec_motion_id             TEXT REFERENCES motions (id) ON DELETE SET NULL,
        board_on                  TEXT,
        board_outcome             TEXT CHECK (board_outcome IN ('favourable', 'with-conditions', 'unfavourable')),
        board_note                TEXT,
        board_meeting_id          TEXT REFERENCES meetings (id) ON DELETE SET NULL,
        board_motion_id           TEXT REFERENCES motions (id) ON DELETE SET NULL,
        created_at                TEXT NOT NULL,
        updated_at                TEXT NOT NULL,
        UNIQUE (staff_id, due_on)
      ) STRICT;
      CREATE INDEX reappointments_open ON reappointments (status, due_on);
    `);
  },
};
