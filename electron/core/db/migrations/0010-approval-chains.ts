// Version 10: a reusable approval chain per policy category, offered when a draft of that category is submitted. The
// category is the key (one chain each): two laptops that define it apart are merged by sync's duplicate rule.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 10,
  name: 'approval-chains',
  up(db) {
    db.exec(`
      CREATE TABLE approval_chains (
        id          TEXT PRIMARY KEY,
        category    TEXT NOT NULL UNIQUE,
        steps       TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
    `);
  },
};
