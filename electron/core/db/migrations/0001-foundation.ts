// Version 1: the change log every write records into, device identity, settings, departments, roles and staff.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 1,
  name: 'foundation',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- One row per field changed. History, undo and sync read this one log.
      CREATE TABLE change_log (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        tx_id      TEXT NOT NULL,
        entity     TEXT NOT NULL,
        record_id  TEXT NOT NULL,
        field      TEXT NOT NULL,
        old_value  TEXT,
        new_value  TEXT,
        actor      TEXT NOT NULL,
        at         TEXT NOT NULL,
        hlc        TEXT NOT NULL,
        device_id  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX change_log_record ON change_log (entity, record_id, seq);
      -- The clock resumes from this device's latest stamp at every open: an index keeps that instant after years of history.
      CREATE INDEX change_log_device_clock ON change_log (device_id, hlc);

      CREATE TABLE settings (
        id         TEXT PRIMARY KEY,
        value      TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE departments (
        id         TEXT PRIMARY KEY,
        code       TEXT NOT NULL UNIQUE,
        name       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE roles (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE,
        kind       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE staff (
        id            TEXT PRIMARY KEY,
        given_name    TEXT NOT NULL,
        family_name   TEXT NOT NULL,
        degree        TEXT,
        role_id       TEXT NOT NULL REFERENCES roles (id),
        department_id TEXT NOT NULL REFERENCES departments (id),
        specialty     TEXT,
        npi           TEXT UNIQUE,
        email         TEXT,
        hire_date     TEXT,
        status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'leave', 'inactive')),
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX staff_by_name ON staff (family_name COLLATE NOCASE, given_name COLLATE NOCASE);
      CREATE INDEX staff_by_department ON staff (department_id);
      CREATE INDEX staff_by_role ON staff (role_id);
    `);
  },
};
