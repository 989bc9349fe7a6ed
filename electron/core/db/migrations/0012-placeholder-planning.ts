// Version 12: a placeholder for the planning migration being written on another branch (the lead replaces it at merge).
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 12,
  name: 'placeholder-planning',
  up() {},
};
