// Opens the real core on a fresh temporary data folder, and removes the folder afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core, type CoreOptions } from '../../electron/core/core';

export function makeTempDir(prefix = 'chartroom-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export interface TempCore extends Core {
  dataDir: string;
  /** Closes the core and deletes its folder. */
  dispose(): void;
}

export function openTempCore(options: Partial<CoreOptions> = {}): TempCore {
  const dataDir = options.dataDir ?? makeTempDir();
  const core = openCore({ checkOutput: true, actor: 'test director', ...options, dataDir });
  // Assigned onto the core, not spread: its context is a getter that follows a restore.
  return Object.assign(core, {
    dataDir,
    dispose() {
      core.close();
      removeDir(dataDir);
    },
  });
}

/** Counts of every table plus the change log: a write that was refused must leave all of these unchanged. */
export function tableCounts(core: Core): Record<string, number> {
  const { db } = core.context;
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
}
