// Version 13: training and continuing education. Courses, requirements (who must do what, how often), completions,
// waivers, competency assessments and the states' CME profiles. Assignments are not stored: they are derived at read
// time from these and the staff table (see shared/domain/training-due.ts), so they never fall out of step.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 13,
  name: 'training',
  up(db) {
    db.exec(`
      CREATE TABLE training_courses (
        id                TEXT PRIMARY KEY,
        title             TEXT NOT NULL,
        provider          TEXT,
        accrediting_body  TEXT,
        credit_type       TEXT NOT NULL CHECK (credit_type IN ('ama-pra-1', 'ama-pra-2', 'ancc', 'acpe', 'moc', 'none')),
        credits           REAL NOT NULL DEFAULT 0 CHECK (credits >= 0),
        modality          TEXT NOT NULL,
        validity_months   INTEGER CHECK (validity_months IS NULL OR validity_months > 0),
        available_from    TEXT NOT NULL,
        topics            TEXT NOT NULL DEFAULT '[]',
        policy_version_ids TEXT NOT NULL DEFAULT '[]',
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      ) STRICT;
      CREATE TABLE training_requirements (
        id               TEXT PRIMARY KEY,
        title            TEXT NOT NULL,
        course_id        TEXT NOT NULL REFERENCES training_courses (id),
        applies_to       TEXT NOT NULL DEFAULT '[]',
        recurrence       TEXT NOT NULL CHECK (recurrence IN ('one-time', 'annual-date', 'rolling-months', 'after-hire', 'after-privilege', 'policy-version')),
        interval_months  INTEGER,
        annual_date      TEXT,
        days_after       INTEGER,
        policy_id        TEXT REFERENCES policies (id) ON DELETE SET NULL,
        grace_days       INTEGER NOT NULL DEFAULT 0,
        source           TEXT NOT NULL CHECK (source IN ('regulation', 'policy', 'bylaw', 'accreditation')),
        source_note      TEXT,
        effective_from   TEXT NOT NULL,
        retired_on       TEXT,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX training_requirements_by_policy ON training_requirements (policy_id);
      CREATE TABLE training_completions (
        id              TEXT PRIMARY KEY,
        staff_id        TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        course_id       TEXT NOT NULL REFERENCES training_courses (id) ON DELETE CASCADE,
        completed_on    TEXT NOT NULL,
        credits         REAL NOT NULL DEFAULT 0 CHECK (credits >= 0),
        credit_type     TEXT NOT NULL,
        valid_until     TEXT,
        certificate_id  TEXT REFERENCES attachments (id),
        method          TEXT NOT NULL CHECK (method IN ('entered', 'sign-in-sheet', 'lms-import')),
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
      -- Covers the matrix's one read of completions: each person's latest of each course, without touching the table.
      CREATE INDEX training_completions_by_staff ON training_completions (staff_id, course_id, completed_on, valid_until);
      CREATE INDEX training_completions_by_course ON training_completions (course_id, completed_on);
      CREATE TABLE training_waivers (
        id              TEXT PRIMARY KEY,
        staff_id        TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        requirement_id  TEXT NOT NULL REFERENCES training_requirements (id) ON DELETE CASCADE,
        approver        TEXT NOT NULL,
        reason          TEXT NOT NULL,
        granted_on      TEXT NOT NULL,
        ends_on         TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        CHECK (ends_on >= granted_on)
      ) STRICT;
      CREATE INDEX training_waivers_by_staff ON training_waivers (staff_id, requirement_id);
      CREATE TABLE competency_assessments (
        id            TEXT PRIMARY KEY,
        staff_id      TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        competency    TEXT NOT NULL,
        method        TEXT NOT NULL,
        assessor      TEXT NOT NULL,
        result        TEXT NOT NULL CHECK (result IN ('competent', 'needs-practice', 'not-competent')),
        assessed_on   TEXT NOT NULL,
        next_due_on   TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX competency_assessments_by_staff ON competency_assessments (staff_id, assessed_on);
      -- One profile per state: what its medical board asks per licence cycle. The state is the key, merged by sync.
      CREATE TABLE cme_state_profiles (
        id                TEXT PRIMARY KEY,
        state             TEXT NOT NULL UNIQUE,
        total_credits     REAL NOT NULL CHECK (total_credits >= 0),
        category1_minimum REAL NOT NULL CHECK (category1_minimum >= 0),
        required_topics   TEXT NOT NULL DEFAULT '[]',
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      ) STRICT;
    `);
  },
};
