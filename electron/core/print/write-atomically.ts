// Writes an export so that the file under its real name is either the old one or the complete new one, never half of one.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Windows refuses a rename over a file another program (a PDF viewer, antivirus, the indexer) holds open for a moment. */
const transientRenameCodes = new Set(['EPERM', 'EACCES', 'EBUSY']);

export interface WriteAtomicallyOptions {
  /** Tries at renaming over an existing file before copying instead. Default 5. */
  renameAttempts?: number;
  /** Wait before the second try, doubled each time, in ms. Default 50. */
  retryDelayMs?: number;
}

/**
 * Writes bytes to a temporary name in the target's own folder (same volume, so the rename is atomic), flushes them
 * to disk, then renames over the target. The temporary file is removed on every failure; one left by a writer that
 * was killed or lost power (no `finally` ran) is removed by the next write to the same target.
 */
export async function writeFileAtomically(target: string, bytes: Uint8Array, options: WriteAtomicallyOptions = {}): Promise<void> {
  const attempts = options.renameAttempts ?? 5;
  const delay = options.retryDelayMs ?? 50;
  await removeAbandonedTemporaries(target);
  // The writer's process id in the name: a later write can tell a file still being written from one abandoned.
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(6).toString('hex')}.partial`);
  try {
    const handle = await fs.open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      // Flushed before the rename: after a power cut the real name must not point at an empty file.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetries(temporary, target, attempts, delay);
  } finally {
    await fs.rm(temporary, { force: true });
  }
}

/** Temporary files of earlier writes to this target whose process is gone: half a PDF the director never asked to keep. */
async function removeAbandonedTemporaries(target: string): Promise<void> {
  const prefix = `.${path.basename(target)}.`;
  let names: string[];
  try {
    names = await fs.readdir(path.dirname(target));
  } catch {
    return; // A missing folder is the write's own error to report.
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.partial')) continue;
    const writer = /^(\d+)-[0-9a-f]{12}$/.exec(name.slice(prefix.length, -'.partial'.length));
    if (writer && !isRunning(Number(writer[1]))) await fs.rm(path.join(path.dirname(target), name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return errorCode(error) !== 'ESRCH';
  }
}

async function renameWithRetries(from: string, to: string, attempts: number, delayMs: number): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      if (!transientRenameCodes.has(errorCode(error))) throw error;
      if (attempt >= attempts) break;
      await new Promise((resolve) => setTimeout(resolve, delayMs * 2 ** (attempt - 1)));
    }
  }
  // Last resort on Windows: copying into the existing file works where replacing it does not. Not atomic, but the
  // bytes are already complete on disk, so the window for a torn file is one local copy.
  await fs.copyFile(from, to);
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}
