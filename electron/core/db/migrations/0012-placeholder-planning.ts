// Version 12: a placeholder that keeps versions contiguous on the training branch; the lead replaces it with planning's migration at merge.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 12,
  name: 'placeholder-planning',
  up() {},
};
