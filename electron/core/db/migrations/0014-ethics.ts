// Version 14: ethics consultations and their timeline notes. Identifier and narrative columns hold ciphertext
// (AES-256-GCM under the ethics passphrase), so the change log and the sync files carry only ciphertext; the columns
// the reports count (dates, type, unit, state, themes) stay plain. A signed-off summary is kept plain apart from the
// draft: it has been de-identified and signed off for the committee's packet.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 14,
  name: 'ethics',
  up(db) {
    db.exec(`
      CREATE TABLE ethics_cases (
        id                        TEXT PRIMARY KEY,
        case_number               TEXT NOT NULL,
        status                    TEXT NOT NULL CHECK (status IN ('clarify','assemble','synthesize','explain','support','closed')),
        requested_at              TEXT NOT NULL,
        requester_name            TEXT NOT NULL,
        requester_role            TEXT NOT NULL,
        urgency                   TEXT NOT NULL CHECK (urgency IN ('routine','urgent','emergent')),
        unit_id                   TEXT REFERENCES departments(id) ON DELETE SET NULL,
        type                      TEXT NOT NULL,
        question                  TEXT NOT NULL,
        identifiers               TEXT,
        medical_indications       TEXT,
        patient_preferences       TEXT,
        quality_of_life           TEXT,
        contextual_features       TEXT,
        stakeholders              TEXT,
        options_considered        TEXT,
        recommendation            TEXT,
        recommended_at            TEXT,
        communicated_to           TEXT,
        communicated_at           TEXT,
        chart_note_date           TEXT,
        follow_up                 TEXT,
        consultant_ids            TEXT NOT NULL DEFAULT '[]',
        time_spent_minutes        INTEGER NOT NULL DEFAULT 0,
        themes                    TEXT NOT NULL DEFAULT '[]',
        policy_recommendation     TEXT,
        committee_discussion      TEXT,
        committee_recommendation  TEXT,
        summary_draft             TEXT,
        summary_source            TEXT,
        summary_signed_text       TEXT,
        summary_signed_by         TEXT,
        summary_signed_at         TEXT,
        created_at                TEXT NOT NULL,
        updated_at                TEXT NOT NULL
      );
      CREATE INDEX ethics_cases_requested ON ethics_cases (requested_at);
      CREATE TABLE ethics_notes (
        id          TEXT PRIMARY KEY,
        case_id     TEXT NOT NULL REFERENCES ethics_cases(id) ON DELETE CASCADE,
        at          TEXT NOT NULL,
        author      TEXT NOT NULL,
        text        TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE INDEX ethics_notes_case ON ethics_notes (case_id, at);
    `);
  },
};
