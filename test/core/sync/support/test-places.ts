// Laptops (each its own core on a temp folder) and shared folders for one sync test, all removed when the test ends.
import { afterEach } from 'vitest';
import { makeTempDir, openTempCore, removeDir, type TempCore } from '../../../support/temp-core';

/** Call once at the top of a test file: registers the clean-up that runs after each test. */
export function syncTestPlaces() {
  const cleanup: (() => void)[] = [];
  afterEach(() => cleanup.splice(0).forEach((f) => f()));
  return {
    /** Anything else a test makes and must remove. */
    cleanup,
    laptop(): TempCore {
      const core = openTempCore();
      cleanup.push(() => core.dispose());
      return core;
    },
    folder(): string {
      const dir = makeTempDir('chartroom-sync-folder-');
      cleanup.push(() => removeDir(dir));
      return dir;
    },
  };
}
