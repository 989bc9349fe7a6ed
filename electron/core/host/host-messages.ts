// Every message between the core host (the thread that draws windows or serves the bridge) and its worker thread.
// All are structured-clone safe: plain objects, strings, numbers and byte arrays, never functions or class instances.
import type { MessagePort } from 'node:worker_threads';
import type { AppErrorShape, Result } from '../../../shared/contract';
import type { JobProgress } from '../../../shared/contract/jobs';
import type { PrintOptions } from '../print/printer';

/** What the worker opens: the core's options that can cross a thread (no functions, so no `now` and no printer). */
export interface WorkerCoreOptions {
  dataDir: string;
  appVersion?: string;
  actor?: string;
  checkOutput?: boolean;
  /** As in openCore: daily backups, a damaged database served as the recovery screen, locked at start. */
  automaticBackups?: boolean;
  recoverDamaged?: boolean;
  lockAtStart?: boolean;
}

export interface CoreWorkerData {
  core: WorkerCoreOptions;
  /** True in Electron: PDFs are printed by the main process, asked through {@link PrintRequest}; else the worker's own Chromium. */
  printThroughHost: boolean;
  /** The port cancels arrive on: the worker reads it synchronously between units of work (see jobs.ts). */
  controlPort: MessagePort;
}

export type HostToWorker =
  | { type: 'call'; id: number; channel: string; input: unknown }
  | { type: 'printed'; id: number; pdf: Uint8Array }
  | { type: 'printFailed'; id: number; message: string }
  /** Electron main had the operating system confirm the director (Touch ID): no contract channel can ask for this. */
  | { type: 'unlockByOs' }
  | { type: 'close' };

export type ControlMessage = { type: 'cancel'; jobId: string };

/**
 * The one back-channel: the worker asks the host to print HTML to PDF bytes, because in the app only Electron's main
 * process can open the hidden window that prints. No other request travels from the worker to the host.
 */
export interface PrintRequest {
  type: 'print';
  id: number;
  html: string;
  options?: PrintOptions;
}

export type WorkerToHost =
  | { type: 'ready' }
  | { type: 'failed'; error: AppErrorShape }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'progress'; jobId: string; progress: JobProgress | null }
  | PrintRequest
  | { type: 'closed' };
