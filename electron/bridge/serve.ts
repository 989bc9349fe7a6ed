// `npm run dev:web -- --data DIR [--port N]`: the real app, on the real core, in any Chromium.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError } from '../core/errors';
import { startCoreHost } from '../core/host/core-host';
import { sourceWorker } from '../core/host/worker-source';
import { startBridge } from './server';

const usage = 'Usage: npm run dev:web -- --data DIR [--port N]';

async function main() {
  const { values } = parseArgs({ options: { data: { type: 'string' }, port: { type: 'string' } }, strict: true });
  if (!values.data) throw new AppError('INVALID_INPUT', `Say which data folder to open with --data.\n${usage}`);
  const port = values.port ? Number(values.port) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AppError('INVALID_INPUT', `--port takes a number from 0 to 65535.\n${usage}`);

  const dataDir = path.resolve(values.data);
  // The core on a worker thread, as in the app: a long sync never holds up the bridge's other answers. Daily backups,
  // and a damaged database served as the recovery screen.
  const core = await startCoreHost({ dataDir, worker: sourceWorker, checkOutput: true, automaticBackups: true, recoverDamaged: true });
  const staticDir = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
  const bridge = await startBridge({ dispatch: core.dispatch, staticDir, port });
  console.log(`Chartroom is open on ${dataDir}`);
  console.log(`Open this address in Chromium (it carries this session's token):\n  ${bridge.url}`);

  const stop = async () => {
    await bridge.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof AppError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? (error as Error).message : error);
  process.exit(2);
});
