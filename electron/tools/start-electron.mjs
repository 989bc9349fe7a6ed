// `npm start`'s last step: runs the built app in Electron, or says in one line why it cannot.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function electronBinary() {
  try {
    // The electron package exports the path of its binary, and throws when the download was skipped.
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
if (!binary) {
  console.error('Chartroom: the Electron binary is not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD?). Run `npm install` with network access, then `npm start`.');
  process.exit(1);
}
// `npm start` asks this first, before it builds and rebuilds the SQLite module for an Electron that is not there.
if (process.argv.includes('--check-binary')) process.exit(0);
if (!fs.existsSync(path.join(root, 'dist', 'electron', 'main.cjs')) || !fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
  console.error('Chartroom: the app is not built yet. Run `npm run build`, or `npm start` which builds first.');
  process.exit(1);
}

// Set in some editors' terminals, it would make Electron behave as plain Node and ignore the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;

const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit', windowsHide: false });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  console.error(`Chartroom: Electron could not be started (${error.message}).`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
