// Version 13: a placeholder for the training migration being written on another branch (the lead replaces it at merge).
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 13,
  name: 'placeholder-training',
  up() {},
};
