// Reads and writes of departments and roles.
import type { Department, Role } from '../../../shared/contract/organisation';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { departmentEntity, roleEntity } from './entities';

export function organisationRepository({ db, store }: CoreContext) {
  const listDepartments = db.prepare('SELECT id, code, name FROM departments ORDER BY name COLLATE NOCASE');
  const getDepartment = db.prepare('SELECT id, code, name FROM departments WHERE id = ?');
  const listRoles = db.prepare('SELECT id, name, kind FROM roles ORDER BY name COLLATE NOCASE');
  const getRole = db.prepare('SELECT id, name, kind FROM roles WHERE id = ?');
  return {
    departments: () => listDepartments.all() as Department[],
    department(id: string): Department {
      const row = getDepartment.get(id) as Department | undefined;
      if (!row) throw notFound('This department');
      return row;
    },
    createDepartment: (values: Omit<Department, 'id'>, id?: string) => store.insert(departmentEntity, values, id),
    roles: () => listRoles.all() as Role[],
    role(id: string): Role {
      const row = getRole.get(id) as Role | undefined;
      if (!row) throw notFound('This role');
      return row;
    },
    createRole: (values: Omit<Role, 'id'>, id?: string) => store.insert(roleEntity, values, id),
  };
}
