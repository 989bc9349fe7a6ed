// Departments and roles, declared once for the store, the change log and sync.
import { defineEntity } from '../db/entity';

export const departmentEntity = defineEntity({ name: 'department', table: 'departments', fields: { code: 'text', name: 'text', retiredOn: 'text' } });
export const roleEntity = defineEntity({ name: 'role', table: 'roles', fields: { name: 'text', kind: 'text', retiredOn: 'text' } });
