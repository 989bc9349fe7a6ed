// Version 4: committees and their members, meetings with agendas, attendance, minutes, motions and votes,
// action items that carry forward, and amendments to locked minutes.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 4,
  name: 'meetings',
  up(db) {
    db.exec(`
      CREATE TABLE committees (
        id            TEXT PRIMARY KEY,
        name          TEXT NOT NULL UNIQUE,
        kind          TEXT NOT NULL,
        quorum_rule   TEXT NOT NULL CHECK (quorum_rule IN ('majority', 'two-thirds', 'fixed')),
        quorum_count  INTEGER,
        description   TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;

      CREATE TABLE committee_members (
        id            TEXT PRIMARY KEY,
        committee_id  TEXT NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
        staff_id      TEXT REFERENCES staff (id),
        name          TEXT NOT NULL,
        role          TEXT NOT NULL CHECK (role IN ('chair', 'vice-chair', 'secretary', 'member', 'ex-officio')),
        voting        INTEGER NOT NULL,
        active        INTEGER NOT NULL DEFAULT 1,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX committee_members_by_committee ON committee_members (committee_id);

      CREATE TABLE meetings (
        id                   TEXT PRIMARY KEY,
        committee_id         TEXT NOT NULL REFERENCES committees (id),
        type                 TEXT NOT NULL CHECK (type IN ('regular', 'special', 'annual')),
        title                TEXT NOT NULL,
        starts_at            TEXT NOT NULL,
        time_zone            TEXT NOT NULL,
        location             TEXT,
        status               TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'held', 'minutes-approved')),
        minutes_approved_at  TEXT,
        created_at           TEXT NOT NULL,
        updated_at           TEXT NOT NULL
      ) STRICT;
      CREATE INDEX meetings_by_committee ON meetings (committee_id, starts_at);

      CREATE TABLE agenda_items (
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
        link_kind         TEXT CHECK (link_kind IN ('policy-version', 'credential-report', 'kpi-snapshot', 'ethics-summary', 'prior-minutes', 'action-items')),
        link_id           TEXT,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id, position);

      CREATE TABLE agenda_attachments (
        id              TEXT PRIMARY KEY,
        agenda_item_id  TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
        attachment_id   TEXT NOT NULL REFERENCES attachments (id),
        position        INTEGER NOT NULL,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX agenda_attachments_by_item ON agenda_attachments (agenda_item_id, position);

      CREATE TABLE attendance (
        id          TEXT PRIMARY KEY,
        meeting_id  TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        member_id   TEXT REFERENCES committee_members (id),
        name        TEXT NOT NULL,
        status      TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused', 'guest')),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        UNIQUE (meeting_id, member_id)
      ) STRICT;

      CREATE TABLE motions (
        id                  TEXT PRIMARY KEY,
        meeting_id          TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        agenda_item_id      TEXT REFERENCES agenda_items (id) ON DELETE SET NULL,
        kind                TEXT NOT NULL CHECK (kind IN ('approve', 'table', 'refer', 'amend', 'other')),
        text                TEXT NOT NULL,
        mover_member_id     TEXT REFERENCES committee_members (id),
        seconder_member_id  TEXT REFERENCES committee_members (id),
        subject_kind        TEXT CHECK (subject_kind IN ('minutes', 'policy-version', 'minutes-amendment')),
        subject_id          TEXT,
        result              TEXT NOT NULL CHECK (result IN ('pending', 'carried', 'failed')),
        decided_at          TEXT,
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX motions_by_meeting ON motions (meeting_id);

      CREATE TABLE votes (
        id          TEXT PRIMARY KEY,
        motion_id   TEXT NOT NULL REFERENCES motions (id) ON DELETE CASCADE,
        member_id   TEXT NOT NULL REFERENCES committee_members (id),
        vote        TEXT NOT NULL CHECK (vote IN ('yes', 'no', 'abstain', 'recused', 'absent')),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        UNIQUE (motion_id, member_id)
      ) STRICT;

      CREATE TABLE action_items (
        id              TEXT PRIMARY KEY,
        meeting_id      TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        agenda_item_id  TEXT REFERENCES agenda_items (id) ON DELETE SET NULL,
        committee_id    TEXT NOT NULL REFERENCES committees (id),
        description     TEXT NOT NULL,
        owner_staff_id  TEXT REFERENCES staff (id),
        owner_name      TEXT NOT NULL,
        due_on          TEXT,
        status          TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'cancelled')),
        completed_on    TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX action_items_open ON action_items (committee_id, status);

      CREATE TABLE minutes_amendments (
        id          TEXT PRIMARY KEY,
        meeting_id  TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        text        TEXT NOT NULL,
        motion_id   TEXT REFERENCES motions (id),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
