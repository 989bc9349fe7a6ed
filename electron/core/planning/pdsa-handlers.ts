// Channel handlers for PDSA cycles.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { pdsaRepository } from './pdsa-repository';

export function pdsaHandlers(ctx: CoreContext): HandlersFor<'pdsa.list' | 'pdsa.subjects' | 'pdsa.save' | 'pdsa.remove'> {
  const repo = pdsaRepository(ctx);
  return {
    'pdsa.list': (filter) => repo.list(filter),
    'pdsa.subjects': () => repo.subjects(),
    'pdsa.save': (input) => repo.save(input),
    'pdsa.remove': ({ id }) => {
      repo.remove(id);
      return { id };
    },
  };
}
