// The core on a worker thread, behind the same dispatch(channel, input) → Result as the in-process core: what Electron
// main and the bridge use, so a sync, an import or a key derivation never freezes the windows (as Signal Desktop keeps
// its SQL in a worker). A crashed worker fails every call in flight with a sentence and is started again on the next
// call; each write is one SQLite transaction, so a write in flight at the crash either landed whole or not at all.
import { MessageChannel, type Transferable, type Worker } from 'node:worker_threads';
import type { ChannelName, InputOf, OutputOf, Result } from '../../../shared/contract';
import type { JobProgress } from '../../../shared/contract/jobs';
import { AppError } from '../errors';
import { createDispatch, type Dispatch } from '../ipc/dispatch';
import type { Handlers } from '../ipc/handlers';
import type { PdfPrinter } from '../print/printer';
import type { CoreWorkerData, HostToWorker, WorkerCoreOptions, WorkerToHost } from './host-messages';

/** Starts the worker thread: the bundled file in the app (bundledWorker), the TypeScript source elsewhere (worker-source.ts). */
export type WorkerLauncher = (options: { workerData: CoreWorkerData; transferList: Transferable[] }) => Worker;

export interface CoreHostOptions extends WorkerCoreOptions {
  worker: WorkerLauncher;
  /** Prints PDFs for the worker on this thread (Electron's main process); without it the worker prints with system Chromium. */
  printer?: PdfPrinter;
  onInternalError?: (what: string, error: unknown) => void;
}

export interface CoreHost {
  /** Untrusted input in, a Result out, never a throw: what IPC and the bridge call. */
  dispatch: Dispatch;
  /** Typed call for trusted callers: unwraps the Result and throws AppError on failure. */
  call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  /** Starts a fresh worker on the same folder (dispatch does this by itself on the first call after a crash). */
  restart(): Promise<void>;
  /** Stops the worker at once, as a crash would: for tests, and for a worker still busy when the app must quit. */
  kill(): Promise<void>;
  /** Lets the worker finish what it is doing and close the database. */
  close(): Promise<void>;
  /** Unlocks the app lock once the operating system confirmed the director (Electron main only, after Touch ID). */
  unlockConfirmedByOs(): Promise<void>;
}

export const workerStoppedMessage =
  "Chartroom's data engine stopped unexpectedly while doing this. Every change is saved whole or not at all, so what was saved before is kept; " +
  'open the screen again to see whether this one was. Chartroom has restarted the engine: try again.';

const closingMessage = 'Chartroom is closing; this was not done.';

/** Opens the core in a worker thread; resolves once its database is open, or rejects with the reason it could not be. */
export async function startCoreHost(options: CoreHostOptions): Promise<CoreHost> {
  const report = options.onInternalError ?? ((what, error) => console.error(`[chartroom] ${what}:`, error));
  const pending = new Map<number, (result: Result<unknown>) => void>();
  // Mirrors of the worker's running jobs, so progress and cancel are answered even while it is busy with one.
  const jobs = new Map<string, JobProgress>();
  let nextId = 1;
  let closed = false;
  let current: Running | null = null;
  let starting: Promise<Running> | null = null;

  interface Running {
    worker: Worker;
    control: MessageChannel['port1'];
    exited: Promise<void>;
  }

  function failAll(message: string): void {
    for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'UNAVAILABLE', message } });
    pending.clear();
    jobs.clear();
  }

  function launch(): Promise<Running> {
    const control = new MessageChannel();
    const workerData: CoreWorkerData = {
      core: {
        dataDir: options.dataDir, appVersion: options.appVersion, actor: options.actor, checkOutput: options.checkOutput,
        automaticBackups: options.automaticBackups, recoverDamaged: options.recoverDamaged, lockAtStart: options.lockAtStart,
      },
      printThroughHost: !!options.printer,
      controlPort: control.port2,
    };
    const worker = options.worker({ workerData, transferList: [control.port2 as unknown as Transferable] });
    let running: Running | null = null;
    let exit!: () => void;
    const exited = new Promise<void>((resolve) => (exit = resolve));
    return new Promise<Running>((resolve, reject) => {
      worker.on('message', (message: WorkerToHost) => {
        switch (message.type) {
          case 'ready':
            running = { worker, control: control.port1, exited };
            return resolve(running);
          case 'failed':
            void worker.terminate();
            return reject(new AppError(message.error.code, message.error.message, message.error.issues));
          case 'result': {
            const resolveCall = pending.get(message.id);
            pending.delete(message.id);
            return resolveCall?.(message.result);
          }
          case 'progress':
            if (message.progress) jobs.set(message.jobId, message.progress);
            else jobs.delete(message.jobId);
            return;
          case 'print':
            return void printFor(worker, message.id, message.html, message.options);
          case 'closed':
            return;
        }
      });
      worker.on('error', (error) => {
        report('the core worker failed', error);
        if (!running) reject(new AppError('UNAVAILABLE', `Chartroom could not start its data engine (${error.message}).`));
      });
      worker.on('exit', (code) => {
        control.port1.close();
        exit();
        if (current?.worker === worker) current = null;
        if (!running) reject(new AppError('UNAVAILABLE', `Chartroom's data engine stopped while opening the database (exit code ${code}).`));
        failAll(closed ? closingMessage : workerStoppedMessage);
      });
    });
  }

  async function printFor(worker: Worker, id: number, html: string, printOptions: Parameters<PdfPrinter['print']>[1]): Promise<void> {
    const post = (message: HostToWorker) => {
      try {
        worker.postMessage(message);
      } catch {
        // The worker stopped meanwhile: no one is waiting for this print any more.
      }
    };
    try {
      const pdf = await options.printer!.print(html, printOptions);
      post({ type: 'printed', id, pdf });
    } catch (error) {
      report('printing for the core worker', error);
      post({ type: 'printFailed', id, message: (error as Error).message });
    }
  }

  async function running(): Promise<Running> {
    if (current) return current;
    starting ??= launch().finally(() => (starting = null));
    current = await starting;
    return current;
  }

  function send(worker: Worker, channel: string, input: unknown): Promise<Result<unknown>> {
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      try {
        worker.postMessage({ type: 'call', id, channel, input } satisfies HostToWorker);
      } catch {
        // Only input that is not plain data fails to cross (the bridge and IPC hand over parsed JSON): refused as such.
        pending.delete(id);
        resolve({ ok: false, error: { code: 'INVALID_INPUT', message: 'The request held something other than plain data, so it was refused.' } });
      }
    });
  }

  // jobs.progress and jobs.cancel are answered here, from the mirror, because the worker cannot read its messages while a
  // job holds it; the input is checked by the contract's schema like any other call.
  const answeredHere = createDispatch(
    {
      'jobs.progress': ({ jobId }: { jobId: string }) => jobs.get(jobId) ?? null,
      'jobs.cancel': ({ jobId }: { jobId: string }) => {
        const job = jobs.get(jobId);
        if (!job || !current) return { cancelling: false };
        current.control.postMessage({ type: 'cancel', jobId });
        jobs.set(jobId, { ...job, cancelling: true });
        return { cancelling: true };
      },
    } as Partial<Handlers> as Handlers,
    { checkOutput: options.checkOutput },
  );

  const dispatch: Dispatch = async (channel, input) => {
    if (closed) return { ok: false, error: { code: 'UNAVAILABLE', message: closingMessage } };
    if (channel === 'jobs.progress' || channel === 'jobs.cancel') return answeredHere(channel, input);
    try {
      return await send((await running()).worker, channel, input);
    } catch (error) {
      report(`${String(channel).slice(0, 60)} could not reach the core worker`, error);
      const message = error instanceof AppError ? error.message : workerStoppedMessage;
      return { ok: false, error: { code: 'UNAVAILABLE', message } };
    }
  };

  async function stop(how: 'close' | 'kill'): Promise<void> {
    const was = current ?? (starting ? await starting.catch(() => null) : null);
    current = null;
    if (!was) return;
    if (how === 'kill') await was.worker.terminate();
    else {
      was.worker.postMessage({ type: 'close' } satisfies HostToWorker);
      await was.exited;
    }
  }

  await running();
  return {
    dispatch,
    async unlockConfirmedByOs() {
      (await running()).worker.postMessage({ type: 'unlockByOs' } satisfies HostToWorker);
    },
    async call(channel, input) {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.issues);
      return result.value as OutputOf<typeof channel>;
    },
    restart: async () => {
      await stop('close');
      await running();
    },
    kill: () => stop('kill'),
    close: async () => {
      closed = true;
      await stop('close');
      await options.printer?.close();
    },
  };
}
