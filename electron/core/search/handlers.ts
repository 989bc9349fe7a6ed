// The global search's channel.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { searchEverything } from './search-everything';
import { searchableKinds } from './searchable-kinds';

export function searchHandlers(ctx: CoreContext): HandlersFor<'search.everything'> {
  const run = searchEverything(ctx, searchableKinds);
  return {
    'search.everything': ({ query, limit, kinds }) => run(query, limit, kinds),
  };
}
