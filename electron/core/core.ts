// Opens Chartroom's core on a data directory: the database, the write path, and every handler behind one dispatch.
// The Electron main process, the browser bridge, the CLI, the tests and the bench all start here.
import os from 'node:os';
import type Database from 'better-sqlite3';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract';
import { actorOf, readDirector } from './app/director-identity';
import { appLock } from './app-lock/app-lock';
import { appVersion as packageVersion } from './app-version';
import type { CoreContext } from './context';
import { databasePath, openDatabase } from './db/open';
import { HybridClock } from './db/hlc';
import { Store } from './db/store';
import { AppError } from './errors';
import { createChromiumPrinter } from './print/chromium-printer';
import type { PdfPrinter } from './print/printer';
import { Jobs, type JobsOutlet } from './jobs/jobs';
import { createHandlers } from './handlers';
import { startDailyBackups } from './backup/backups';
import { openRecoveryCore, type RecoveryCore } from './backup/recovery-core';
import { damageOf, quickCheckProblem } from './backup/startup-check';
import { ensureSearchIndex } from './search/search-index';
import { searchableKinds } from './search/searchable-kinds';
import { openDeviceIdentity } from './sync/device-identity';
import { createDispatch, type Dispatch, type DispatchOptions } from './ipc/dispatch';
import type { Handlers } from './ipc/handlers';

export interface CoreOptions extends DispatchOptions {
  dataDir: string;
  appVersion?: string;
  /** Who the change log names as the author of this session's edits. */
  actor?: string;
  now?: () => Date;
  /** How PDFs are printed; by default the system Chromium through playwright-core. */
  printer?: PdfPrinter;
  /** Back up once a day while the core runs (the app and the bridge; tests and tools make their backups themselves). */
  automaticBackups?: boolean;
  /**
   * A database that fails its check on open starts the core in recovery mode (only recovery.status, recovery.restore
   * and backup.list answer) instead of failing: what the app and the bridge want, to show the recovery screen.
   */
  recoverDamaged?: boolean;
  /** Start locked when a lock passphrase is set: the app does, so a restarted laptop asks first. */
  lockAtStart?: boolean;
  /** Where long work's progress goes and cancels come from when the core runs in the host's worker (core/host). */
  jobsOutlet?: JobsOutlet;
}

export interface Core {
  /** Recovery while the database is damaged and not yet restored: only the recovery channels answer then. */
  readonly mode: 'healthy' | 'recovery';
  /** The open database and write path; throws UNAVAILABLE while the core is in recovery mode. */
  readonly context: CoreContext;
  readonly handlers: Handlers;
  /** Untrusted input in, a Result out: what IPC and the bridge call. */
  dispatch: Dispatch;
  /** Typed call for trusted callers (CLI, tests): unwraps the Result and throws AppError on failure. */
  call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  close(): void;
}

export function openCore(options: CoreOptions): Core {
  // A restore replaces the database under the same Core: callers keep their reference, the live part is swapped.
  const replaceDatabase = (swap: () => void) => {
    live.close();
    try {
      swap();
    } finally {
      live = openLive(options, replaceDatabase);
    }
  };
  let live: LiveCore = openLive(options, replaceDatabase);
  const healthy = (): HealthyCore => {
    if (live.mode === 'recovery') throw new AppError('UNAVAILABLE', live.sentence);
    return live;
  };
  const dispatch: Dispatch = (channel, input) => live.dispatch(channel, input);
  return {
    get mode() {
      return live.mode;
    },
    get context() {
      return healthy().context;
    },
    get handlers() {
      return healthy().handlers;
    },
    dispatch,
    async call(channel, input) {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.issues);
      return result.value as OutputOf<typeof channel>;
    },
    close: () => live.close(),
  };
}

interface HealthyCore {
  mode: 'healthy';
  context: CoreContext;
  handlers: Handlers;
  dispatch: Dispatch;
  close(): void;
}

type LiveCore = HealthyCore | RecoveryCore;

function openLive(options: CoreOptions, replaceDatabase: (swap: () => void) => void): LiveCore {
  let db: Database.Database;
  try {
    db = openDatabase(options.dataDir);
  } catch (error) {
    // A newer schema or an unreadable folder is not damage: those errors stand as they are.
    const damage = damageOf(databasePath(options.dataDir));
    if (damage === null) throw error;
    return openRecoveryCore(options, damage, replaceDatabase);
  }
  const damage = quickCheckProblem(db);
  if (damage) {
    db.close();
    return openRecoveryCore(options, damage, replaceDatabase);
  }
  let stopBackups = () => {};
  try {
    // Before any handler writes: the search triggers must see every change from here on.
    ensureSearchIndex(db, searchableKinds);
    const now = options.now ?? (() => new Date());
    const { deviceId, resumeAfter } = openDeviceIdentity(db, options.dataDir);
    const clock = new HybridClock(deviceId, () => now().getTime(), resumeAfter ?? undefined);
    // The director named at first run; a caller's own name (a test, a tool) first; the computer's user until then.
    const director = readDirector(db);
    const store = new Store(db, { deviceId, actor: options.actor ?? (director ? actorOf(director) : localActor()), clock, now });
    let printer = options.printer ?? null;
    const context: CoreContext = {
      db,
      store,
      dataDir: options.dataDir,
      databaseFile: databasePath(options.dataDir),
      appVersion: options.appVersion ?? packageVersion,
      now,
      printer: () => (printer ??= createChromiumPrinter()),
      replaceDatabase,
      jobs: new Jobs(options.jobsOutlet),
    };
    const handlers = createHandlers(context);
    const lock = appLock(context);
    if (options.lockAtStart && lock.status().hasPassphrase) lock.lock();
    // Every call passes the lock first, in this one place: while locked only the lock's own channels answer.
    const dispatch = createDispatch(handlers, { ...options, admit: (channel) => lock.admit(channel) });
    if (options.automaticBackups) stopBackups = startDailyBackups(context);
    return {
      mode: 'healthy',
      context,
      handlers,
      dispatch,
      close: () => {
        stopBackups();
        db.close();
        void printer?.close();
      },
    };
  } catch (error) {
    stopBackups();
    db.close();
    throw error;
  }
}

function localActor(): string {
  try {
    return os.userInfo().username || 'local user';
  } catch {
    return 'local user';
  }
}
