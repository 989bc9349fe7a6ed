// Channel handlers for departments and roles.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { organisationRepository } from './repository';

export function organisationHandlers(ctx: CoreContext): HandlersFor<'departments.list' | 'departments.create' | 'roles.list' | 'roles.create'> {
  const repo = organisationRepository(ctx);
  return {
    'departments.list': () => repo.departments(),
    'departments.create': (input) => repo.department(repo.createDepartment(input)),
    'roles.list': () => repo.roles(),
    'roles.create': (input) => repo.role(repo.createRole(input)),
  };
}
