// Bundles the Electron main process, the core's worker thread and the preload into dist/electron/*.cjs with esbuild.
// Main keeps electron and better-sqlite3 (a native module) external; the sandboxed preload may only require 'electron'.
// playwright-core is external too: only the CLI and tests print with it (core/print/chromium-printer imports it on demand).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'dist', 'electron');
const contractEntry = path.join(root, 'shared', 'contract', 'index.ts');

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  outdir: outDir,
  // package.json is "type": "module"; the .cjs extension is what makes Electron load these as CommonJS.
  outExtension: { '.js': '.cjs' },
};

/**
 * The preload needs only the channel names, but importing them from the contract drags in zod and every schema
 * (~750 KB parsed on each page load). So the contract is evaluated here, at build time, and the preload's import
 * of it is answered with the list alone. preload.ts still type-checks against the real contract; importing
 * anything else from it at runtime fails this build with "No matching export".
 */
async function channelNamesOnly() {
  const built = await esbuild.build({ entryPoints: [contractEntry], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning' });
  const source = built.outputFiles[0].text;
  const { channelNames } = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  if (!Array.isArray(channelNames) || channelNames.length === 0) throw new Error('shared/contract exported no channelNames');
  /** @type {import('esbuild').Plugin} */
  return {
    name: 'chartroom-channel-names-only',
    setup(build) {
      build.onResolve({ filter: /shared\/contract(\/index)?$/ }, (args) => {
        const resolved = path.resolve(args.resolveDir, args.path);
        if (resolved !== contractEntry.replace(/\.ts$/, '') && resolved !== path.dirname(contractEntry)) return undefined;
        return { path: contractEntry, namespace: 'channel-names' };
      });
      build.onLoad({ filter: /.*/, namespace: 'channel-names' }, () => ({
        contents: `export const channelNames = ${JSON.stringify(channelNames)};\n`,
        loader: 'js',
      }));
    },
  };
}

const started = performance.now();
try {
  const bundles = [
    { ...common, entryPoints: { main: 'electron/main/main.ts' }, external: ['electron', 'better-sqlite3', 'playwright-core'] },
    // The core's worker thread (electron/core/host): it owns the database, so it gets the same externals, never 'electron'.
    { ...common, entryPoints: { 'core-worker': 'electron/core/host/core-worker.ts' }, external: ['better-sqlite3', 'playwright-core'] },
    // A sandboxed preload runs with a tiny require(): everything but 'electron' must be inside the bundle.
    { ...common, entryPoints: { preload: 'electron/preload/preload.ts' }, external: ['electron'], plugins: [await channelNamesOnly()] },
  ];
  const results = await Promise.all(bundles.map((options) => esbuild.build({ ...options, metafile: true })));
  for (const result of results) {
    for (const [file, output] of Object.entries(result.metafile.outputs)) {
      if (!file.endsWith('.map')) console.log(`[build-electron] ${file}  ${(output.bytes / 1024).toFixed(1)} KB`);
    }
  }
  console.log(`[build-electron] done in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  // esbuild has already printed each build error with its file and line; a stack trace here would only bury them.
  if (!(error && Array.isArray(error.errors))) console.error(`[build-electron] ${error instanceof Error ? error.message : error}`);
  console.error('[build-electron] failed.');
  process.exit(1);
}
