// Whether this database holds the organisation's records yet: until it does, the first-run choices stay offered.
import type { Database } from 'better-sqlite3';
import { entities } from '../db/entity-registry';
import { settingEntity } from '../settings/entities';

/**
 * True once any record other than a setting exists. The organisation's name and time zone are what the welcome
 * itself tells the director to set first: saving them must not take the sample hospital or joining away.
 */
export function holdsRecords(db: Database): boolean {
  return entities.some((e) => e !== settingEntity && db.prepare(`SELECT EXISTS (SELECT 1 FROM ${e.table})`).pluck().get() === 1);
}
