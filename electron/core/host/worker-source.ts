// Starts the core worker from its TypeScript source, for everything that runs under tsx or vitest (the bridge, tests,
// the bench): the new thread registers tsx before it loads core-worker.ts. The app starts the bundled file instead.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerLauncher } from './core-host';

const workerSource = new URL('./core-worker.ts', import.meta.url).href;

// tsx's module API, in its ESM form (the CommonJS one cannot register hooks from a data: module).
const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;

const bootstrap = `import { register } from ${JSON.stringify(tsxApi)};\nregister();\nawait import(${JSON.stringify(workerSource)});\n`;

export const sourceWorker: WorkerLauncher = ({ workerData, transferList }) =>
  new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { workerData, transferList });
