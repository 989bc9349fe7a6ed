// Version 15: the kinds the credentialing and governance work needs, widened once so no later migration rebuilds
// these tables again. An agenda item can link the Credentials Committee's and MEC's recommendation slate; a motion
// can decide a slate, a consent agenda, a policy's retirement or its "reviewed, no revision needed"; a member can be
// out of the room for one vote. SQLite cannot widen a CHECK in place, so each table is rebuilt with the same columns
// and rows; everything that refers to them keeps pointing at the same ids.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 15,
  name: 'governance-kinds',
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
        link_kind         TEXT CHECK (link_kind IN ('policy-version', 'credential-report', 'kpi-snapshot', 'ethics-summary', 'prior-minutes', 'action-items', 'training-report', 'ethics-report', 'recommendation-slate')),
        link_id           TEXT,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      ) STRICT;
      INSERT INTO agenda_items_next (id, meeting_id, position, title, kind, presenter, minutes_allotted, executive_session, description, minutes_text, link_kind, link_id, created_at, updated_at)
        SELECT id, meeting_id, position, title, kind, presenter, minutes_allotted, executive_session, description, minutes_text, link_kind, link_id, created_at, updated_at FROM agenda_items;
      DROP TABLE agenda_items;
      ALTER TABLE agenda_items_next RENAME TO agenda_items;
      CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id, position);

      CREATE TABLE motions_next (
        id                  TEXT PRIMARY KEY,
        meeting_id          TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        agenda_item_id      TEXT REFERENCES agenda_items (id) ON DELETE SET NULL,
        kind                TEXT NOT NULL CHECK (kind IN ('approve', 'table', 'refer', 'amend', 'other')),
        text                TEXT NOT NULL,
        mover_member_id     TEXT REFERENCES committee_members (id),
        seconder_member_id  TEXT REFERENCES committee_members (id),
        subject_kind        TEXT CHECK (subject_kind IN ('minutes', 'policy-version', 'minutes-amendment', 'recommendation-slate', 'consent-agenda', 'policy-retirement', 'policy-review')),
        subject_id          TEXT,
        result              TEXT NOT NULL CHECK (result IN ('pending', 'carried', 'failed')),
        decided_at          TEXT,
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL
      ) STRICT;
      INSERT INTO motions_next (id, meeting_id, agenda_item_id, kind, text, mover_member_id, seconder_member_id, subject_kind, subject_id, result, decided_at, created_at, updated_at)
        SELECT id, meeting_id, agenda_item_id, kind, text, mover_member_id, seconder_member_id, subject_kind, subject_id, result, decided_at, created_at, updated_at FROM motions;
      DROP TABLE motions;
      ALTER TABLE motions_next RENAME TO motions;
      CREATE INDEX motions_by_meeting ON motions (meeting_id);

      CREATE TABLE votes_next (
        id          TEXT PRIMARY KEY,
        motion_id   TEXT NOT NULL REFERENCES motions (id) ON DELETE CASCADE,
        member_id   TEXT NOT NULL REFERENCES committee_members (id),
        vote        TEXT NOT NULL CHECK (vote IN ('yes', 'no', 'abstain', 'recused', 'absent', 'out-of-room')),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        UNIQUE (motion_id, member_id)
      ) STRICT;
      INSERT INTO votes_next (id, motion_id, member_id, vote, created_at, updated_at)
        SELECT id, motion_id, member_id, vote, created_at, updated_at FROM votes;
      DROP TABLE votes;
      ALTER TABLE votes_next RENAME TO votes;
    `);
  },
};
