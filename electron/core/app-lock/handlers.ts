// Channel handlers for the app lock; the check that refuses everything else while locked is the dispatch guard in core.ts.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { appLock } from './app-lock';

export function appLockHandlers(ctx: CoreContext): HandlersFor<'lock.status' | 'lock.now' | 'lock.unlock' | 'lock.configure'> {
  const lock = appLock(ctx);
  return {
    'lock.status': () => lock.status(),
    'lock.now': () => {
      lock.lock();
      return lock.status();
    },
    'lock.unlock': ({ passphrase }) => {
      lock.unlock(passphrase);
      return lock.status();
    },
    'lock.configure': (input) => {
      lock.configure(input);
      return lock.status();
    },
  };
}
