// Long work reports progress and stops at a safe point when cancelled: a cancelled roster import or sync keeps nothing,
// and the sync that follows a cancelled one completes the same records as one never interrupted.
import { afterEach, describe, expect, it } from 'vitest';
import type { JobProgress } from '../../shared/contract/jobs';
import { openTempCore, makeTempDir, removeDir, tableCounts, type TempCore } from '../support/temp-core';
import { npiFor, smallOrganisation } from '../support/staff-fixtures';
import { writeBigSyncFolder } from '../support/big-sync-folder';

process.env.CHARTROOM_AUTO_SYNC = '0';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

/** A core whose jobs are cancelled by "the director" once one has reported `after` units done; every report is kept. */
function coreCancellingAfter(after: number, step: string) {
  const seen: JobProgress[] = [];
  let core: TempCore | undefined;
  core = openTempCore({
    jobsOutlet: {
      progressed: (jobId, progress) => {
        if (!progress) return;
        seen.push(progress);
        if (progress.step === step && progress.done >= after && !progress.cancelling) core!.context.jobs.cancel(jobId);
      },
      pollCancels: () => undefined,
    },
  });
  cleanup.push(() => core!.dispose());
  return { core, seen };
}

describe('jobs', () => {
  it('a roster import reports its rows and, cancelled, writes nothing of the file', async () => {
    const { core, seen } = coreCancellingAfter(200, 'Importing practitioners');
    await smallOrganisation(core);
    const rows = Array.from({ length: 500 }, (_, i) => `Given${i},Family${i},MD,${npiFor(100 + i)},Attending Physician,Cardiology`);
    const csv = ['First Name,Last Name,Degree,NPI,Role,Department', ...rows].join('\n');
    const before = tableCounts(core);
    const result = await core.dispatch('staff.importCommit', { fileName: 'roster.csv', dataBase64: Buffer.from(csv).toString('base64'), jobId: 'roster' });
    expect(result).toEqual({ ok: false, error: { code: 'CANCELLED', message: 'Cancelled before it finished. Nothing of it was kept.' } });
    expect(tableCounts(core)).toEqual(before);
    expect(seen.map((p) => p.step)).toContain('Importing practitioners');
    expect(seen.at(-1)).toMatchObject({ done: 200, total: 500, cancelling: true });
    expect(core.context.jobs.progress('roster')).toBeNull();
    // Not cancelled, the same file imports whole.
    const other = openTempCore();
    cleanup.push(() => other.dispose());
    await smallOrganisation(other);
    expect(await other.call('staff.importCommit', { fileName: 'roster.csv', dataBase64: Buffer.from(csv).toString('base64'), jobId: 'roster' })).toMatchObject({ created: 500 });
  });

  it('a sync cancelled while applying keeps nothing; the next one ends with the records of an uninterrupted sync', async () => {
    const root = makeTempDir('chartroom-jobs-');
    cleanup.push(() => removeDir(root));
    const big = writeBigSyncFolder(root, 8_000, 'team passphrase');
    const { core, seen } = coreCancellingAfter(3_000, 'Applying changes from other laptops');
    await core.call('sync.configure', { folder: big.folder, deviceName: 'reader', passphrase: big.passphrase });
    const digestBefore = (await core.call('sync.digest', {})).total;
    const logBefore = tableCounts(core).change_log;

    const stopped = await core.call('sync.now', { jobId: 'sync' });
    expect(stopped.lastStop).toMatchObject({ code: 'CANCELLED' });
    expect(stopped.lastStop!.message).toMatch(/^The sync was cancelled before it finished\. Nothing it had started was kept/);
    expect(seen.find((p) => p.step === 'Applying changes from other laptops')?.total).toBeGreaterThanOrEqual(8_000);
    expect((await core.call('sync.digest', {})).total).toBe(digestBefore);
    expect(tableCounts(core).change_log).toBe(logBefore);
    expect(core.context.db.pragma('integrity_check', { simple: true })).toBe('ok');

    const finished = await core.call('sync.now', {});
    expect(finished.lastStop).toBeNull();
    const reference = openTempCore();
    cleanup.push(() => reference.dispose());
    await reference.call('sync.configure', { folder: big.folder, deviceName: 'reference', passphrase: big.passphrase });
    await reference.call('sync.now', {});
    expect((await core.call('sync.digest', {})).total).toBe((await reference.call('sync.digest', {})).total);
  });
});
