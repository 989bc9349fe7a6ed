// The worker thread that owns the database: opens the core on the host's options and answers its calls, so long
// synchronous SQLite work (a sync, an import, a key derivation) never runs on the thread that draws windows.
// Started by core-host.ts; bundled as dist/electron/core-worker.cjs for the app, run from source under tsx elsewhere.
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { appLock } from '../app-lock/app-lock';
import { openCore, type Core } from '../core';
import { AppError } from '../errors';
import type { PdfPrinter, PrintOptions } from '../print/printer';
import type { ControlMessage, CoreWorkerData, HostToWorker, WorkerToHost } from './host-messages';

const port = parentPort;
if (!port) throw new Error('core-worker.ts runs only as a worker thread started by the core host.');
const data = workerData as CoreWorkerData;
const send = (message: WorkerToHost) => port.postMessage(message);

// Prints waiting for the host's answer, by request id.
const printsWaiting = new Map<number, { resolve: (pdf: Uint8Array) => void; reject: (error: Error) => void }>();
let nextPrintId = 1;

/** The PdfPrinter seam over the one back-channel: in the app, Electron's main process prints (see host-messages.ts). */
const printerThroughHost: PdfPrinter = {
  print(html: string, options?: PrintOptions) {
    const id = nextPrintId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      printsWaiting.set(id, { resolve, reject });
      send({ type: 'print', id, html, options });
    });
  },
  // The hidden print windows belong to the main process, which closes them itself.
  close: async () => undefined,
};

let core: Core | undefined;

function cancel(message: ControlMessage): void {
  // A core in recovery mode runs no jobs (its context is not there to ask).
  if (message.type === 'cancel' && core?.mode !== 'recovery') core?.context.jobs.cancel(message.jobId);
}

try {
  core = openCore({
    ...data.core,
    printer: data.printThroughHost ? printerThroughHost : undefined,
    jobsOutlet: {
      progressed: (jobId, progress) => send({ type: 'progress', jobId, progress }),
      // While a job holds this thread, the port's listener cannot run: its cancels are pulled in here instead.
      pollCancels: () => {
        for (let m = receiveMessageOnPort(data.controlPort); m; m = receiveMessageOnPort(data.controlPort)) cancel(m.message as ControlMessage);
      },
    },
  });
  data.controlPort.on('message', cancel);
  send({ type: 'ready' });
} catch (error) {
  const shape = error instanceof AppError ? error.toShape() : { code: 'UNAVAILABLE' as const, message: `Chartroom could not open its database (${(error as Error).message}).` };
  send({ type: 'failed', error: shape });
}

port.on('message', (message: HostToWorker) => {
  switch (message.type) {
    case 'call':
      return void answer(message.id, message.channel, message.input);
    case 'printed':
      printsWaiting.get(message.id)?.resolve(message.pdf);
      return void printsWaiting.delete(message.id);
    case 'printFailed':
      printsWaiting.get(message.id)?.reject(new Error(message.message));
      return void printsWaiting.delete(message.id);
    case 'unlockByOs':
      if (core && core.mode !== 'recovery') appLock(core.context).unlockConfirmedByOs();
      return;
    case 'close':
      core?.close();
      core = undefined;
      data.controlPort.close();
      send({ type: 'closed' });
      // Ends this thread only (not the process), whatever a folder watcher or timer would keep alive.
      return process.exit(0);
  }
});

async function answer(id: number, channel: string, input: unknown): Promise<void> {
  if (!core) {
    send({ type: 'result', id, result: { ok: false, error: { code: 'UNAVAILABLE', message: 'Chartroom is closing; this was not done.' } } });
    return;
  }
  const result = await core.dispatch(channel, input);
  try {
    send({ type: 'result', id, result });
  } catch (error) {
    // An answer that cannot cross the thread (a handler returned a function or a class instance): a bug, said plainly.
    console.error(`[chartroom] ${channel} answered with something that cannot leave the worker:`, error);
    send({ type: 'result', id, result: { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Chartroom. The details are in the log.' } } });
  }
}
