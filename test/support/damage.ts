// Damage as a failing disk or a bad copy leaves it: bytes overwritten in the middle of a file.
import fs from 'node:fs';

/** Overwrites 64 KB (at most half the file) a quarter of the way in with garbage. */
export function overwriteMiddle(file: string): void {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(Math.min(65_536, Math.floor(size / 2)), 0x5a), 0, undefined, Math.floor(size / 4));
  fs.closeSync(fd);
}
