// Exports land whole under their real name or not at all, and leave no temporary files behind.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../electron/core/print/write-atomically';
import { makeTempDir, removeDir } from '../../support/temp-core';

const dir = makeTempDir('chartroom-print-');
afterAll(() => removeDir(dir));

const bytesOf = (size: number, fill: number) => new Uint8Array(size).fill(fill);

describe('writeFileAtomically', () => {
  it('writes the whole file and leaves nothing else in the folder', async () => {
    const target = path.join(dir, 'MS-014 v3.pdf');
    await writeFileAtomically(target, bytesOf(3_000_000, 7));
    expect(fs.readdirSync(dir)).toEqual(['MS-014 v3.pdf']);
    expect(fs.readFileSync(target).equals(Buffer.from(bytesOf(3_000_000, 7)))).toBe(true);
  });

  it('replaces an existing file completely', async () => {
    const target = path.join(dir, 'packet.pdf');
    fs.writeFileSync(target, bytesOf(5_000, 1));
    await writeFileAtomically(target, bytesOf(1_000, 2));
    expect(fs.readFileSync(target).equals(Buffer.from(bytesOf(1_000, 2)))).toBe(true);
    expect(fs.readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it('leaves the old file and no temporary file when the rename fails', async () => {
    // A folder where the file should be: the rename fails with EISDIR/ENOTEMPTY, as a real failure would.
    const target = path.join(dir, 'occupied');
    fs.mkdirSync(path.join(target, 'inside'), { recursive: true });
    await expect(writeFileAtomically(target, bytesOf(10, 3))).rejects.toThrow();
    expect(fs.readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
    expect(fs.statSync(target).isDirectory()).toBe(true);
  });

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomically(path.join(dir, 'missing', 'x.pdf'), bytesOf(10, 4))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
