// Makes sure better-sqlite3 is compiled for the runtime about to load it: Node (tests, CLI, bridge) or Electron (the app).
// The two need different binaries (different ABIs); switching rebuilds it, which takes a few minutes from source.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const target = process.argv[2];
const quiet = process.argv.includes('--quiet');
const say = (text) => quiet || console.log(`[native] ${text}`);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const marker = path.join(root, 'node_modules', '.chartroom-native');

function loadsInNode() {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { cwd: root, encoding: 'utf8' });
  return probe.status === 0;
}

function run(command, args) {
  execFileSync(command, args, { cwd: root, stdio: quiet ? 'ignore' : 'inherit', shell: process.platform === 'win32' });
}

if (target === 'node') {
  if (!loadsInNode()) {
    say('better-sqlite3 was built for another runtime; rebuilding it for Node…');
    run('npm', ['rebuild', 'better-sqlite3']);
    if (!loadsInNode()) {
      console.error('better-sqlite3 still does not load in Node. Run `npm rebuild better-sqlite3` and read its output.');
      process.exit(1);
    }
  }
  fs.writeFileSync(marker, `node-${process.versions.modules}`);
} else if (target === 'electron') {
  let electronVersion;
  try {
    electronVersion = require('electron/package.json').version;
  } catch {
    console.error('Electron is not installed: run `npm install` first.');
    process.exit(1);
  }
  const wanted = `electron-${electronVersion}`;
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === wanted) process.exit(0);
  say(`Rebuilding better-sqlite3 for Electron ${electronVersion}…`);
  run('npx', ['--no-install', 'electron-builder', 'install-app-deps']);
  fs.writeFileSync(marker, wanted);
} else {
  console.error('Usage: node electron/tools/native.mjs node|electron [--quiet]');
  process.exit(2);
}
