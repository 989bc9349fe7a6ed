// Channel handlers for staff members.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { staffRepository } from './repository';

export function staffHandlers(ctx: CoreContext): HandlersFor<'staff.list' | 'staff.get' | 'staff.create' | 'staff.update'> {
  const repo = staffRepository(ctx);
  return {
    'staff.list': (query) => repo.list(query),
    'staff.get': ({ id }) => repo.get(id),
    'staff.create': (fields) => repo.get(repo.create(fields)),
    'staff.update': ({ id, patch }) => {
      ctx.store.transaction(() => repo.update(id, patch));
      return repo.get(id);
    },
  };
}
