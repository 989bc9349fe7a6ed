// Version 16 belongs to another branch of the credentialing work (issue 15); this empty step only keeps the numbering
// without gaps on the suspensions branch. At merge, the real 0016 replaces this file and its line in index.ts.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 16,
  name: 'placeholder',
  up() {},
};
