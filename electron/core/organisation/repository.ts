// Reads and writes of departments and roles. A department or role that any record names is retired, never deleted.
import type { Department, Role } from '../../../shared/contract/organisation';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { organisationCalendar } from '../settings/today';
import { departmentEntity, roleEntity } from './entities';

const departmentSelect = `SELECT d.id, d.code, d.name, d.retired_on AS retiredOn,
    (SELECT count(*) FROM staff s WHERE s.department_id = d.id) AS staffCount FROM departments d`;
const roleSelect = `SELECT r.id, r.name, r.kind, r.retired_on AS retiredOn,
    (SELECT count(*) FROM staff s WHERE s.role_id = r.id) AS staffCount FROM roles r`;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A department or role that records name is never deleted from under them: the sentence says what names it. */
function refuseWhileUsed(name: string, verb: string, uses: [count: number, one: string, many: string][]): void {
  const named = uses.filter(([count]) => count > 0).map(([count, one, many]) => plural(count, one, many));
  if (named.length) throw new AppError('CONFLICT', `${name} is ${verb} ${named.join(', ')}: it cannot be deleted. Retire it instead; those records keep it.`);
}

export function organisationRepository(ctx: CoreContext) {
  const { db, store } = ctx;
  const calendar = organisationCalendar(ctx);
  const listDepartments = db.prepare(`${departmentSelect} ORDER BY d.name COLLATE NOCASE`);
  const getDepartment = db.prepare(`${departmentSelect} WHERE d.id = ?`);
  const departmentByCode = db.prepare('SELECT id FROM departments WHERE code = ? AND id IS NOT ?').pluck();
  const departmentByName = db.prepare('SELECT id FROM departments WHERE name = ? COLLATE NOCASE AND id IS NOT ?').pluck();
  const policiesInDepartment = db.prepare('SELECT count(*) FROM policies WHERE department_id = ?').pluck();
  const listRoles = db.prepare(`${roleSelect} ORDER BY r.name COLLATE NOCASE`);
  const getRole = db.prepare(`${roleSelect} WHERE r.id = ?`);
  const roleByName = db.prepare('SELECT id FROM roles WHERE name = ? COLLATE NOCASE AND id IS NOT ?').pluck();
  const assignmentsTo = db.prepare('SELECT count(*) FROM policy_assignments WHERE target_kind = ? AND target_id = ?').pluck();

  function department(id: string): Department {
    const row = getDepartment.get(id) as Department | undefined;
    if (!row) throw notFound('This department');
    return row;
  }
  function role(id: string): Role {
    const row = getRole.get(id) as Role | undefined;
    if (!row) throw notFound('This role');
    return row;
  }

  /** Codes and names are how a roster names a department: two alike would make an import guess. */
  function checkDepartmentUnique(values: { code?: string | undefined; name?: string | undefined }, id: string | null) {
    if (values.code && departmentByCode.get(values.code, id)) {
      throw new AppError('CONFLICT', `Another department already has the code ${values.code}.`, [{ path: 'code', message: 'Already used by another department' }]);
    }
    if (values.name && departmentByName.get(values.name, id)) {
      throw new AppError('CONFLICT', `There is already a department named “${values.name}”.`, [{ path: 'name', message: 'Already the name of another department' }]);
    }
  }
  function checkRoleUnique(name: string | undefined, id: string | null) {
    if (name && roleByName.get(name, id)) {
      throw new AppError('CONFLICT', `There is already a role named “${name}”.`, [{ path: 'name', message: 'Already the name of another role' }]);
    }
  }

  return {
    departments: () => listDepartments.all() as Department[],
    department,
    createDepartment(values: { code: string; name: string; retiredOn?: string | null }, id?: string): string {
      checkDepartmentUnique(values, null);
      return store.insert(departmentEntity, values, id);
    },
    updateDepartment(id: string, patch: { code?: string | undefined; name?: string | undefined }): void {
      store.transaction(() => {
        department(id);
        checkDepartmentUnique(patch, id);
        store.update(departmentEntity, id, patch);
      });
    },
    retireDepartment(id: string, retired: boolean): void {
      store.transaction(() => {
        department(id);
        store.update(departmentEntity, id, { retiredOn: retired ? calendar.today() : null });
      });
    },
    removeDepartment(id: string): void {
      store.transaction(() => {
        const d = department(id);
        refuseWhileUsed(d.name, 'named by', [
          [d.staffCount, 'staff member', 'staff members'],
          [policiesInDepartment.get(id) as number, 'policy', 'policies'],
          [assignmentsTo.get('department', id) as number, 'read-and-sign assignment', 'read-and-sign assignments'],
        ]);
        store.remove(departmentEntity, id);
      });
    },
    roles: () => listRoles.all() as Role[],
    role,
    createRole(values: { name: string; kind: Role['kind']; retiredOn?: string | null }, id?: string): string {
      checkRoleUnique(values.name, null);
      return store.insert(roleEntity, values, id);
    },
    updateRole(id: string, patch: { name?: string | undefined; kind?: Role['kind'] | undefined }): void {
      store.transaction(() => {
        role(id);
        checkRoleUnique(patch.name, id);
        store.update(roleEntity, id, patch);
      });
    },
    retireRole(id: string, retired: boolean): void {
      store.transaction(() => {
        role(id);
        store.update(roleEntity, id, { retiredOn: retired ? calendar.today() : null });
      });
    },
    removeRole(id: string): void {
      store.transaction(() => {
        const r = role(id);
        refuseWhileUsed(r.name, 'held by or assigned to', [
          [r.staffCount, 'staff member', 'staff members'],
          [assignmentsTo.get('role', id) as number, 'read-and-sign assignment', 'read-and-sign assignments'],
        ]);
        store.remove(roleEntity, id);
      });
    },
  };
}
