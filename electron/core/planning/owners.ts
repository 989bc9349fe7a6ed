// Owners of plan records, risks and cycles are people on the staff list: named as shown everywhere, and refused with a
// sentence beside the field when the id names no one.
import type { Database } from 'better-sqlite3';
import { AppError } from '../errors';

/** SQL for an owner's display name (as shared/domain/names displays it), from the staff row aliased `alias`. */
export const ownerNameSql = (alias: string) => `(${alias}.given_name || ' ' || ${alias}.family_name || coalesce(', ' || ${alias}.degree, ''))`;

export function ownerCheck(db: Database) {
  const exists = db.prepare('SELECT 1 FROM staff WHERE id = ?').pluck();
  return (ownerStaffId: string | null | undefined): void => {
    if (ownerStaffId && exists.get(ownerStaffId) !== 1) {
      throw new AppError('INVALID_INPUT', 'The owner is not on the staff list. Choose someone from the list.', [{ path: 'ownerStaffId', message: 'Not on the staff list' }]);
    }
  };
}

/** A required parent that does not exist (deleted on another laptop, say): refused beside its field. */
export function requireRecord(db: Database, table: string, id: string, path: string, what: string): void {
  if (db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).pluck().get(id) !== 1) {
    throw new AppError('INVALID_INPUT', `${what} was not found. It may have been deleted on another device.`, [{ path, message: `${what} was not found` }]);
  }
}
