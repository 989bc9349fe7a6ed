// Starts the core worker from the bundle that ships beside the app's main process (dist/electron/core-worker.cjs).
import { Worker } from 'node:worker_threads';
import type { WorkerLauncher } from './core-host';

export function bundledWorker(file: string): WorkerLauncher {
  return ({ workerData, transferList }) => new Worker(file, { workerData, transferList });
}
