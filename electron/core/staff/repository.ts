// Reads and writes of staff members; list rows come with their department and role names in the same query.
import type { Statement } from 'better-sqlite3';
import type { z } from 'zod';
import type { StaffFields, StaffQuery, StaffRow } from '../../../shared/contract/staff';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { staffEntity } from './entities';

type ParsedStaffQuery = z.output<typeof StaffQuery>;

const rowSelect = `
  SELECT s.id, s.given_name AS givenName, s.family_name AS familyName, s.degree, s.role_id AS roleId,
         s.department_id AS departmentId, s.specialty, s.npi, s.email, s.hire_date AS hireDate, s.status,
         s.created_at AS createdAt, s.updated_at AS updatedAt, r.name AS roleName, d.name AS departmentName
  FROM staff s
  JOIN roles r ON r.id = s.role_id
  JOIN departments d ON d.id = s.department_id`;

const orderBy: Record<ParsedStaffQuery['sort'], string> = {
  name: 's.family_name COLLATE NOCASE {dir}, s.given_name COLLATE NOCASE {dir}',
  department: 'd.name COLLATE NOCASE {dir}, s.family_name COLLATE NOCASE, s.given_name COLLATE NOCASE',
  role: 'r.name COLLATE NOCASE {dir}, s.family_name COLLATE NOCASE, s.given_name COLLATE NOCASE',
  hireDate: 's.hire_date {dir} NULLS LAST, s.family_name COLLATE NOCASE',
};

export function staffRepository({ db, store }: CoreContext) {
  const getOne = db.prepare(`${rowSelect} WHERE s.id = ?`);
  // The list's SQL varies only with which filters are set: a handful of shapes, each prepared once.
  const prepared = new Map<string, Statement>();
  const statement = (sql: string) => {
    let st = prepared.get(sql);
    if (!st) prepared.set(sql, (st = db.prepare(sql)));
    return st;
  };

  function get(id: string): StaffRow {
    const row = getOne.get(id) as StaffRow | undefined;
    if (!row) throw notFound('This staff member');
    return row;
  }

  function list(query: ParsedStaffQuery): { total: number; rows: StaffRow[] } {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (query.search) {
      // Each word must match somewhere, so "ash card" finds Ashcombe in Cardiology.
      query.search.split(/\s+/).forEach((word, i) => {
        params[`w${i}`] = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        where.push(
          `(s.given_name LIKE @w${i} ESCAPE '\\' OR s.family_name LIKE @w${i} ESCAPE '\\' OR s.specialty LIKE @w${i} ESCAPE '\\'` +
            ` OR s.npi LIKE @w${i} ESCAPE '\\' OR s.email LIKE @w${i} ESCAPE '\\' OR d.name LIKE @w${i} ESCAPE '\\' OR r.name LIKE @w${i} ESCAPE '\\')`,
        );
      });
    }
    if (query.departmentId) (where.push('s.department_id = @departmentId'), (params.departmentId = query.departmentId));
    if (query.roleId) (where.push('s.role_id = @roleId'), (params.roleId = query.roleId));
    if (query.status) (where.push('s.status = @status'), (params.status = query.status));
    const filter = where.length ? ` WHERE ${where.join(' AND ')}` : '';
    const order = orderBy[query.sort].replaceAll('{dir}', query.direction === 'desc' ? 'DESC' : 'ASC');
    // Only a search looks at department and role names; without one the count needs no joins.
    const countFrom = query.search ? 'staff s JOIN roles r ON r.id = s.role_id JOIN departments d ON d.id = s.department_id' : 'staff s';
    const total = statement(`SELECT count(*) FROM ${countFrom}${filter}`).pluck().get(params) as number;
    const rows = statement(`${rowSelect}${filter} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({ ...params, limit: query.limit, offset: query.offset }) as StaffRow[];
    return { total, rows };
  }

  function create(fields: Partial<StaffFields> & Pick<StaffFields, 'givenName' | 'familyName' | 'roleId' | 'departmentId'>, id?: string): string {
    return store.insert(staffEntity, { status: 'active', ...fields }, id);
  }

  function update(id: string, patch: Partial<StaffFields>): void {
    store.update(staffEntity, id, patch);
  }

  return { get, list, create, update };
}
