// Version 7: reserved for the duplicates merge of issue 10, written in parallel on another branch. A placeholder so
// this branch's migrations stay numbered without gaps; the lead replaces it with that branch's file at merge.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 7,
  name: 'reserved',
  up() {},
};
