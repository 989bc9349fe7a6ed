// Which data folder this window opens: `--data DIR` from the command line, else the app's own userData folder.
import path from 'node:path';

/** Reads `--data DIR` or `--data=DIR` anywhere in argv: Electron and Chromium put their own flags around ours. */
export function dataDirFromArgv(argv: readonly string[], cwd: string = process.cwd()): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data') {
      const value = argv[i + 1];
      return value && !value.startsWith('--') ? path.resolve(cwd, value) : undefined;
    }
    if (arg?.startsWith('--data=')) {
      const value = arg.slice('--data='.length);
      return value ? path.resolve(cwd, value) : undefined;
    }
  }
  return undefined;
}

/**
 * Where Chromium's own profile (and window-state.json) lives when a data folder was named.
 * Electron keys the single-instance lock on userData, so giving each named data folder its own profile means
 * one window per database, while a test or a second hospital's folder can open beside the everyday one.
 */
export function profileDirFor(dataDir: string): string {
  return path.join(dataDir, 'electron-profile');
}
