// Departments and roles as the screens need them: the full lists (with staff counts) for Organisation, and the current
// ones for a practitioner's form. Every change re-reads them and tells the other screens.
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../../shared/contract';
import { announceDatabaseChanged, onDatabaseChanged } from '../../../app/data-events';
import { call } from '../../../client';
import { toastError, toastSuccess } from '../../../ui';
import { trySave, type SaveResult } from '../field-errors';

export type Department = OutputOf<'departments.list'>[number];
export type Role = OutputOf<'roles.list'>[number];
type DepartmentInput = InputOf<'departments.create'>;
type RoleInput = InputOf<'roles.create'>;

interface OrganisationState {
  departments: Department[];
  roles: Role[];
  loaded: boolean;
  load(): Promise<void>;
  saveDepartment(input: { id: string; patch: Partial<DepartmentInput> } | { create: DepartmentInput }): Promise<SaveResult<Department>>;
  saveRole(input: { id: string; patch: Partial<RoleInput> } | { create: RoleInput }): Promise<SaveResult<Role>>;
  retire(kind: 'department' | 'role', id: string, retired: boolean): Promise<void>;
  remove(kind: 'department' | 'role', id: string): Promise<void>;
}

export const useOrganisationStore = create<OrganisationState>((set, get) => {
  async function afterWrite(title: string, what?: string) {
    toastSuccess(title, what);
    await announceDatabaseChanged();
  }

  return {
    departments: [],
    roles: [],
    loaded: false,
    async load() {
      try {
        const [departments, roles] = await Promise.all([call('departments.list', {}), call('roles.list', {})]);
        set({ departments, roles, loaded: true });
      } catch (error) {
        toastError('Departments and roles could not be read', error);
      }
    },
    async saveDepartment(input) {
      const result = await trySave(() => ('create' in input ? call('departments.create', input.create) : call('departments.update', input)));
      if (result.ok) await afterWrite('create' in input ? 'Department added' : 'Department saved', result.value.name);
      return result;
    },
    async saveRole(input) {
      const result = await trySave(() => ('create' in input ? call('roles.create', input.create) : call('roles.update', input)));
      if (result.ok) await afterWrite('create' in input ? 'Role added' : 'Role saved', result.value.name);
      return result;
    },
    async retire(kind, id, retired) {
      try {
        const record = kind === 'department' ? await call('departments.retire', { id, retired }) : await call('roles.retire', { id, retired });
        await afterWrite(retired ? `${kind === 'department' ? 'Department' : 'Role'} retired` : `${kind === 'department' ? 'Department' : 'Role'} back in use`, record.name);
      } catch (error) {
        toastError(`The ${kind} was not changed`, error);
      }
    },
    async remove(kind, id) {
      try {
        if (kind === 'department') await call('departments.remove', { id });
        else await call('roles.remove', { id });
        await afterWrite(kind === 'department' ? 'Department deleted' : 'Role deleted');
      } catch (error) {
        toastError(`The ${kind} was not deleted`, error);
        await get().load();
      }
    },
  };
});

onDatabaseChanged(() => useOrganisationStore.getState().load());
