// The shared-folder watcher notices another laptop's new file, by events and by polling, and ignores temp files.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchFolder, type FolderWatcher } from '../../../electron/core/sync/folder-watcher';
import { makeTempDir, removeDir } from '../../support/temp-core';

let watcher: FolderWatcher | null = null;
let dir = '';
afterEach(() => {
  watcher?.close();
  removeDir(dir);
});

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each([['events', false], ['polling', true]] as const)('watching by %s', (mode, polling) => {
  it('calls back when a segment arrives, not for a sync client’s temp file', async () => {
    dir = makeTempDir();
    const segments = path.join(dir, 'devices', 'abc', 'segments');
    fs.mkdirSync(segments, { recursive: true });
    let calls = 0;
    watcher = watchFolder(dir, () => calls++, { polling, pollIntervalMs: 100 });
    expect(watcher.mode).toBe(mode);
    await settle(400);
    fs.writeFileSync(path.join(segments, '.syncthing.000001-x.seg.tmp'), 'partial');
    await settle(1500);
    expect(calls).toBe(0);
    fs.writeFileSync(path.join(segments, '000001-abcd.seg'), 'whole');
    for (let waited = 0; calls === 0 && waited < 5000; waited += 100) await settle(100);
    expect(calls).toBeGreaterThan(0);
  });
});
