// Channel handlers for departments and roles.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { organisationRepository } from './repository';

type OrganisationChannels =
  | 'departments.list' | 'departments.create' | 'departments.update' | 'departments.retire' | 'departments.remove'
  | 'roles.list' | 'roles.create' | 'roles.update' | 'roles.retire' | 'roles.remove';

export function organisationHandlers(ctx: CoreContext): HandlersFor<OrganisationChannels> {
  const repo = organisationRepository(ctx);
  return {
    'departments.list': () => repo.departments(),
    'departments.create': (input) => repo.department(repo.createDepartment(input)),
    'departments.update': ({ id, patch }) => {
      repo.updateDepartment(id, patch);
      return repo.department(id);
    },
    'departments.retire': ({ id, retired }) => {
      repo.retireDepartment(id, retired);
      return repo.department(id);
    },
    'departments.remove': ({ id }) => {
      repo.removeDepartment(id);
      return { id };
    },
    'roles.list': () => repo.roles(),
    'roles.create': (input) => repo.role(repo.createRole(input)),
    'roles.update': ({ id, patch }) => {
      repo.updateRole(id, patch);
      return repo.role(id);
    },
    'roles.retire': ({ id, retired }) => {
      repo.retireRole(id, retired);
      return repo.role(id);
    },
    'roles.remove': ({ id }) => {
      repo.removeRole(id);
      return { id };
    },
  };
}
