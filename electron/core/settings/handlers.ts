// Channel handlers for settings.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { settingsRepository } from './repository';

export function settingsHandlers(ctx: CoreContext): HandlersFor<'settings.get' | 'settings.update'> {
  const repo = settingsRepository(ctx);
  return {
    'settings.get': () => repo.read(),
    'settings.update': (patch) => {
      repo.write(patch);
      return repo.read();
    },
  };
}
