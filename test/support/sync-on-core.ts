// One sync of an open core with a folder, as the sync handlers run it: the core's own database, store, folder and clock.
import type { Core } from '../../electron/core/core';
import { runSync, type SyncOptions, type SyncReport } from '../../electron/core/sync/sync-engine';

export function syncOnCore(core: Core, options: SyncOptions): SyncReport {
  const c = core.context;
  return runSync({ db: c.db, store: c.store, dataDir: c.dataDir, appVersion: c.appVersion, now: c.now }, options);
}
