// Writes a file under a name that did not exist before: temp name in the same folder, fsync, then link (or rename) to
// the new name. We never replace an existing file, so a sync service never sees one of our files change in place.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function writeNewFile(target: string, bytes: Buffer): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // A dot-name the strict patterns ignore, so a half-written temp file is never taken for ours by another laptop.
  const temp = path.join(path.dirname(target), `.chartroom-${randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(temp, 'wx');
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    // link() fails if the target exists, where rename() would silently replace it.
    fs.linkSync(temp, target);
    fs.unlinkSync(temp);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      fs.rmSync(temp, { force: true });
      throw error;
    }
    // Some network and cloud drives have no hard links: rename, having checked the name is still free.
    if (fs.existsSync(target)) {
      fs.rmSync(temp, { force: true });
      throw Object.assign(new Error(`${target} already exists`), { code: 'EEXIST' });
    }
    fs.renameSync(temp, target);
  }
}

/** Lists a directory, or nothing when it is missing (a folder not yet synced here, a device not yet seen). */
export function listNames(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
