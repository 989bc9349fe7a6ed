// Version 12: strategy and quality. A plan period holds perspectives → goals → initiatives (with milestones); measures
// sit under a goal (and, optionally, the initiative that moves them) with their values per period; PDSA cycles test
// changes on an initiative or a measure and chain one after another; the risk register keeps each risk's scores as
// dated assessments, so a packet can show them as they stood on the meeting date and what moved since.
//
// Deleting a goal takes its initiatives (and their milestones and cycles) with it but leaves its measures, unfiled:
// years of data are not lost to a reorganised plan. Deleting a measure takes its values and its cycles.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 12,
  name: 'planning',
  up(db) {
    db.exec(`
      CREATE TABLE plan_periods (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE,
        starts_on   TEXT NOT NULL,
        ends_on     TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE perspectives (
        id              TEXT PRIMARY KEY,
        plan_period_id  TEXT NOT NULL REFERENCES plan_periods (id) ON DELETE CASCADE,
        name            TEXT NOT NULL,
        position        INTEGER NOT NULL,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX perspectives_by_period ON perspectives (plan_period_id, position);

      CREATE TABLE goals (
        id              TEXT PRIMARY KEY,
        perspective_id  TEXT NOT NULL REFERENCES perspectives (id) ON DELETE CASCADE,
        title           TEXT NOT NULL,
        description     TEXT,
        owner_staff_id  TEXT REFERENCES staff (id) ON DELETE SET NULL,
        position        INTEGER NOT NULL,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX goals_by_perspective ON goals (perspective_id, position);

      CREATE TABLE initiatives (
        id              TEXT PRIMARY KEY,
        goal_id         TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
        title           TEXT NOT NULL,
        description     TEXT,
        owner_staff_id  TEXT REFERENCES staff (id) ON DELETE SET NULL,
        starts_on       TEXT,
        due_on          TEXT,
        status          TEXT NOT NULL,
        budget_planned  REAL,
        budget_spent    REAL,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX initiatives_by_goal ON initiatives (goal_id);

      CREATE TABLE milestones (
        id             TEXT PRIMARY KEY,
        initiative_id  TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
        title          TEXT NOT NULL,
        due_on         TEXT NOT NULL,
        done_on        TEXT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX milestones_by_initiative ON milestones (initiative_id, due_on);

      CREATE TABLE measures (
        id                      TEXT PRIMARY KEY,
        goal_id                 TEXT REFERENCES goals (id) ON DELETE SET NULL,
        initiative_id           TEXT REFERENCES initiatives (id) ON DELETE SET NULL,
        name                    TEXT NOT NULL,
        definition              TEXT,
        type                    TEXT NOT NULL CHECK (type IN ('proportion', 'rate', 'count', 'continuous')),
        numerator_definition    TEXT,
        denominator_definition  TEXT,
        exclusions              TEXT,
        source                  TEXT,
        frequency               TEXT NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'annual')),
        direction               TEXT NOT NULL CHECK (direction IN ('higher-is-better', 'lower-is-better')),
        unit                    TEXT,
        rate_multiplier         REAL,
        baseline                REAL,
        target                  REAL,
        owner_staff_id          TEXT REFERENCES staff (id) ON DELETE SET NULL,
        committee_id            TEXT REFERENCES committees (id) ON DELETE SET NULL,
        created_at              TEXT NOT NULL,
        updated_at              TEXT NOT NULL
      ) STRICT;
      CREATE INDEX measures_by_goal ON measures (goal_id);

      CREATE TABLE pdsa_cycles (
        id                 TEXT PRIMARY KEY,
        initiative_id      TEXT REFERENCES initiatives (id) ON DELETE CASCADE,
        measure_id         TEXT REFERENCES measures (id) ON DELETE CASCADE,
        previous_cycle_id  TEXT REFERENCES pdsa_cycles (id) ON DELETE SET NULL,
        title              TEXT NOT NULL,
        aim                TEXT,
        change_idea        TEXT,
        question           TEXT,
        prediction         TEXT,
        plan               TEXT,
        data_plan          TEXT,
        observations       TEXT,
        study              TEXT,
        act                TEXT CHECK (act IN ('adopt', 'adapt', 'abandon')),
        state              TEXT NOT NULL CHECK (state IN ('planned', 'doing', 'studying', 'decided')),
        owner_staff_id     TEXT REFERENCES staff (id) ON DELETE SET NULL,
        starts_on          TEXT,
        ends_on            TEXT,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX pdsa_cycles_by_initiative ON pdsa_cycles (initiative_id);
      CREATE INDEX pdsa_cycles_by_measure ON pdsa_cycles (measure_id);

      -- One value per measure and period; a value can start a new phase (limits recalculated from it, after an
      -- annotated sustained shift) and name the PDSA cycle that explains it.
      CREATE TABLE measure_values (
        id             TEXT PRIMARY KEY,
        measure_id     TEXT NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
        period         TEXT NOT NULL,
        numerator      REAL,
        denominator    REAL,
        value          REAL,
        annotation     TEXT,
        pdsa_cycle_id  TEXT REFERENCES pdsa_cycles (id) ON DELETE SET NULL,
        starts_phase   INTEGER NOT NULL DEFAULT 0,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        UNIQUE (measure_id, period)
      ) STRICT;

      CREATE TABLE risks (
        id              TEXT PRIMARY KEY,
        reference       TEXT,
        title           TEXT NOT NULL,
        category        TEXT,
        cause           TEXT,
        event           TEXT,
        consequence     TEXT,
        owner_staff_id  TEXT REFERENCES staff (id) ON DELETE SET NULL,
        controls        TEXT NOT NULL DEFAULT '[]',
        treatment       TEXT CHECK (treatment IN ('accept', 'avoid', 'mitigate', 'transfer')),
        actions         TEXT,
        review_on       TEXT,
        closed_on       TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;

      CREATE TABLE risk_assessments (
        id                   TEXT PRIMARY KEY,
        risk_id              TEXT NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
        assessed_on          TEXT NOT NULL,
        inherent_likelihood  INTEGER NOT NULL CHECK (inherent_likelihood BETWEEN 1 AND 5),
        inherent_impact      INTEGER NOT NULL CHECK (inherent_impact BETWEEN 1 AND 5),
        residual_likelihood  INTEGER NOT NULL CHECK (residual_likelihood BETWEEN 1 AND 5),
        residual_impact      INTEGER NOT NULL CHECK (residual_impact BETWEEN 1 AND 5),
        note                 TEXT,
        created_at           TEXT NOT NULL,
        updated_at           TEXT NOT NULL
      ) STRICT;
      CREATE INDEX risk_assessments_by_risk ON risk_assessments (risk_id, assessed_on);
    `);
  },
};
