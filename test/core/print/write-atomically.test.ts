// Exports land whole under their real name or not at all, and leave no temporary files behind.
import { spawnSync } from 'node:child_process';
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

describe('writeFileAtomically after a writer was killed', () => {
  it('removes the half-written temporary file a killed export left beside the target', async () => {
    const target = path.join(dir, 'board packet.pdf');
    // A process that has exited: its pid names a writer that will never finish or clean up.
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    const abandoned = path.join(dir, `.board packet.pdf.${gone}-0123456789ab.partial`);
    fs.writeFileSync(abandoned, bytesOf(700, 9));
    await writeFileAtomically(target, bytesOf(2_000, 5));
    expect(fs.existsSync(abandoned)).toBe(false);
    expect(fs.readFileSync(target).equals(Buffer.from(bytesOf(2_000, 5)))).toBe(true);
  });

  it('leaves alone a temporary file another running export is still writing', async () => {
    const target = path.join(dir, 'minutes.pdf');
    const running = path.join(dir, `.minutes.pdf.${process.ppid}-0123456789ab.partial`);
    fs.writeFileSync(running, bytesOf(10, 1));
    await writeFileAtomically(target, bytesOf(20, 2));
    expect(fs.existsSync(running)).toBe(true);
    fs.rmSync(running);
  });
});
