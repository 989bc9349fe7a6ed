// Opens Chartroom's core on a data directory: the database, the write path, and every handler behind one dispatch.
// The Electron main process, the browser bridge, the CLI, the tests and the bench all start here.
import os from 'node:os';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract';
import { actorOf, readDirector } from './app/director-identity';
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
  /** Where long work's progress goes and cancels come from when the core runs in the host's worker (core/host). */
  jobsOutlet?: JobsOutlet;
}

export interface Core {
  context: CoreContext;
  handlers: Handlers;
  /** Untrusted input in, a Result out: what IPC and the bridge call. */
  dispatch: Dispatch;
  /** Typed call for trusted callers (CLI, tests): unwraps the Result and throws AppError on failure. */
  call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  close(): void;
}

export function openCore(options: CoreOptions): Core {
  const db = openDatabase(options.dataDir);
  try {
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
      jobs: new Jobs(options.jobsOutlet),
    };
    const handlers = createHandlers(context);
    const dispatch = createDispatch(handlers, options);
    return {
      context,
      handlers,
      dispatch,
      async call(channel, input) {
        const result = await dispatch(channel, input);
        if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.issues);
        return result.value as OutputOf<typeof channel>;
      },
      close: () => {
        db.close();
        void printer?.close();
      },
    };
  } catch (error) {
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
