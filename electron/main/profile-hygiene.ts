// Chromium's own files (its profile: caches, crash dumps) kept inside the data folder's profile and cleaned at start.
// What each holds: Cache and Code Cache — copies of the renderer's files; GPUCache, DawnGraphiteCache, DawnWebGPUCache —
// compiled shaders; Crashpad / crash-reports — minidumps of a crash, which can hold fragments of whatever the window
// showed (names, numbers). Local Storage and IndexedDB are NOT here: they hold long text kept at every keystroke until
// the core has it, so a crash loses nothing, and they must survive a kill.
import fs from 'node:fs';
import path from 'node:path';

/** Where crash dumps go: inside the profile, never the system's temp or crash folder; nothing is ever uploaded. */
export function crashDumpsDirFor(profileDir: string): string {
  return path.join(profileDir, 'crash-reports');
}

/** Derived or sensitive leftovers a killed session may leave: removed before Chromium starts, each rebuilt on demand. */
export const disposableProfileEntries = ['Cache', 'Code Cache', 'GPUCache', 'DawnGraphiteCache', 'DawnWebGPUCache', 'Crashpad', 'crash-reports'] as const;

/** Removes what a previous session (perhaps killed) left of the disposable entries; a failure is logged, never fatal. */
export function cleanProfileLeftovers(profileDir: string): void {
  for (const name of disposableProfileEntries) {
    try {
      fs.rmSync(path.join(profileDir, name), { recursive: true, force: true });
    } catch (error) {
      console.error(`[chartroom] could not remove ${name} from the profile:`, error);
    }
  }
}
