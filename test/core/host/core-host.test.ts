// The core on a worker thread answers exactly as the core in process does; a killed worker fails its calls with a
// sentence and a restarted one finds every acknowledged write; a cancelled sync keeps nothing and a later one completes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoreHost, workerStoppedMessage, type CoreHost } from '../../../electron/core/host/core-host';
import { sourceWorker } from '../../../electron/core/host/worker-source';
import { makeTempDir, openTempCore, removeDir } from '../../support/temp-core';
import { writeBigSyncFolder, type BigSyncFolder } from '../../support/big-sync-folder';

process.env.CHARTROOM_AUTO_SYNC = '0';

const dirs: string[] = [];
const hosts: CoreHost[] = [];
function tempDir(): string {
  const dir = makeTempDir('chartroom-host-');
  dirs.push(dir);
  return dir;
}
async function host(dataDir = tempDir()): Promise<CoreHost> {
  const started = await startCoreHost({ dataDir, worker: sourceWorker, checkOutput: true, actor: 'test director' });
  hosts.push(started);
  return started;
}
const changes = 24_000;
let folder: BigSyncFolder | undefined;
/** One folder of 24,000 field changes for every test here: writing it is the slow part. */
function bigFolder(): BigSyncFolder {
  return (folder ??= writeBigSyncFolder(tempDir(), changes, 'team passphrase'));
}

/** Waits until the job has applied some changes (it is then busy in its one transaction) and returns its progress. */
async function progressOf(onWorker: CoreHost, jobId: string) {
  for (let i = 0; i < 6000; i++) {
    const progress = await onWorker.call('jobs.progress', { jobId });
    if (progress && progress.done > 0) return progress;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`${jobId} never reported progress`);
}

afterAll(async () => {
  for (const h of hosts) await h.close();
  for (const d of dirs) removeDir(d);
});

describe('the core host', () => {
  it('answers values and errors exactly as the in-process dispatch does', async () => {
    const inProcess = openTempCore();
    const onWorker = await host();
    try {
      const calls: [string, unknown][] = [
        ['departments.create', { code: 'MED', name: 'Medicine' }],
        ['departments.create', { code: 'MED', name: 'Medicine again' }],
        ['departments.create', { code: 'lower case', name: 'X' }],
        ['staff.get', { id: 'no-such-practitioner' }],
        ['staff.get', null],
        ['no.such.channel', {}],
        ['departments.list', {}],
        ['jobs.progress', { jobId: 'nothing-running' }],
        ['jobs.cancel', { jobId: '../bad id' }],
      ];
      for (const [channel, input] of calls) {
        const here = await inProcess.dispatch(channel, input);
        const there = await onWorker.dispatch(channel, input);
        // Ids and stamps differ between two databases; codes, messages and shapes must not.
        const shape = (r: unknown) => JSON.parse(JSON.stringify(r).replace(/"[0-9a-f-]{36}"/g, '"<id>"').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<time>'));
        expect(shape(there), channel).toEqual(shape(here));
      }
      expect((await onWorker.dispatch('staff.get', { id: 'nobody' })).ok).toBe(false);
      await expect(onWorker.call('staff.get', { id: 'nobody' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      inProcess.dispose();
    }
  });

  it('answers calls sent together in the order they were sent', async () => {
    const onWorker = await host();
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        onWorker.dispatch('departments.create', { code: `D${i}`, name: `Department ${i}` }).then((r) => {
          expect(r.ok).toBe(true);
          order.push(i);
        }),
      ),
    );
    expect(order).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });

  it('a worker killed mid-call fails that call with a sentence; restarted, it holds every write it acknowledged', async () => {
    const big = bigFolder();
    const onWorker = await host();
    await onWorker.call('sync.configure', { folder: big.folder, deviceName: 'reader', passphrase: big.passphrase });
    const acknowledged: string[] = [];
    for (let i = 0; i < 20; i++) acknowledged.push((await onWorker.call('departments.create', { code: `K${i}`, name: `Kept ${i}` })).id);
    // A long call in flight when the worker dies: a sync applying every change of the folder in one transaction.
    const inFlight = onWorker.dispatch('sync.now', { jobId: 'killed' });
    await progressOf(onWorker, 'killed');
    await onWorker.kill();
    expect(await inFlight).toEqual({ ok: false, error: { code: 'UNAVAILABLE', message: workerStoppedMessage } });

    // The next call starts a fresh worker on the same folder.
    const listed = await onWorker.call('departments.list', {});
    const ids = new Set(listed.map((d: { id: string }) => d.id));
    for (const id of acknowledged) expect(ids.has(id)).toBe(true);
    // The sync landed whole or not at all: here not at all, as it died while applying.
    expect((await onWorker.call('staff.list', { limit: 10 })).total).toBe(0);
    const again = await onWorker.call('sync.now', {});
    expect(again.lastStop).toBeNull();
    expect((await onWorker.call('staff.list', { limit: 10 })).total).toBe(big.rows.length);
  }, 240_000);

  it('a cancelled sync keeps nothing and says so; the next sync completes the same records', async () => {
    const big = bigFolder();
    const reader = await host();
    await reader.call('sync.configure', { folder: big.folder, deviceName: 'reader', passphrase: big.passphrase });
    const before = await reader.call('sync.digest', {});

    const jobId = 'sync-to-cancel';
    const syncing = reader.call('sync.now', { jobId, allowMassDelete: false, allowFutureChanges: false });
    // Cancelled while the worker is busy applying: progress and cancel are answered from the host's mirror.
    const seen = await progressOf(reader, jobId);
    expect(seen.step).toBe('Applying changes from other laptops');
    expect(seen.total).toBeGreaterThanOrEqual(changes);
    expect(await reader.call('jobs.cancel', { jobId })).toEqual({ cancelling: true });
    const stopped = await syncing;
    expect(stopped.lastStop?.code).toBe('CANCELLED');
    expect(await reader.call('jobs.progress', { jobId })).toBeNull();
    // Nothing of it was kept: the same records as before, nothing waiting to be sent.
    expect((await reader.call('sync.digest', {})).total).toBe(before.total);
    expect((await reader.call('staff.list', { limit: 10 })).total).toBe(0);

    const finished = await reader.call('sync.now', { allowMassDelete: false, allowFutureChanges: false });
    expect(finished.lastStop).toBeNull();
    // The same records as a laptop that synced once, uninterrupted.
    const reference = openTempCore();
    try {
      await reference.call('sync.configure', { folder: big.folder, deviceName: 'reference', passphrase: big.passphrase });
      await reference.call('sync.now', {});
      expect((await reader.call('sync.digest', {})).total).toBe((await reference.call('sync.digest', {})).total);
    } finally {
      reference.dispose();
    }
  }, 240_000);
});
