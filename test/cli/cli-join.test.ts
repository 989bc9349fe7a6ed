// A new laptop joins from nothing on the command line, and `digest` shows it holds the same rows as the laptop that
// wrote the folder; a folder that is not the team's, or a wrong passphrase, leaves no database behind.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/core/db/open';
import type { SharedDigest } from '../../electron/core/sync/digest';
import { cli } from '../support/cli-run';
import { makeTempDir, removeDir } from '../support/temp-core';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

function place() {
  const root = makeTempDir('chartroom-cli-join-');
  dirs.push(root);
  const passphraseFile = path.join(root, 'passphrase.txt');
  fs.writeFileSync(passphraseFile, 'lantern bay medical staff office\n');
  const folder = path.join(root, 'shared');
  fs.mkdirSync(folder);
  return { root, folder, passphraseFile, first: path.join(root, 'first'), joiner: path.join(root, 'new-laptop') };
}

async function digestOf(data: string): Promise<SharedDigest> {
  const result = await cli('digest', '--json', '--data', data);
  expect(result.code).toBe(0);
  return JSON.parse(result.out) as SharedDigest;
}

describe('cli: join from nothing, and the digest', () => {
  it('an empty data folder joins the team folder and ends with the same digest as the laptop that wrote it', async () => {
    const p = place();
    expect((await cli('seed', '--size', '12', '--data', p.first)).code).toBe(0);
    expect((await cli('sync', '--data', p.first, '--folder', p.folder, '--passphrase-file', p.passphraseFile, '--name', 'Front office')).code).toBe(0);

    const joined = await cli('sync', '--data', p.joiner, '--folder', p.folder, '--passphrase-file', p.passphraseFile, '--name', 'New laptop');
    expect(joined.err).toBe('');
    expect(joined.code).toBe(0);
    expect(joined.out).toMatch(/Received \d+ changes in 1 file from Front office/);

    const theirs = await digestOf(p.first);
    const ours = await digestOf(p.joiner);
    expect(ours.rows).toBeGreaterThan(100);
    expect(ours.tables).toEqual(theirs.tables);
    expect(ours.total).toBe(theirs.total);

    // The human form: one line per shared table, then the total line both directors compare.
    const text = await cli('digest', '--data', p.joiner);
    const lines = text.out.split('\n');
    expect(lines.at(-1)).toMatch(new RegExp(`^total\\s+${theirs.rows}\\s+${theirs.total}$`));
    expect(lines.find((l) => l.startsWith('staff '))).toMatch(/^staff\s+12\s+[0-9a-f]{64}$/);
    expect(lines).toHaveLength(theirs.tables.length + 1);
  });

  it('an edit on one laptop changes its digest until the other has synced it', async () => {
    const p = place();
    await cli('seed', '--size', '10', '--data', p.first);
    await cli('sync', '--data', p.first, '--folder', p.folder, '--passphrase-file', p.passphraseFile);
    await cli('sync', '--data', p.joiner, '--folder', p.folder, '--passphrase-file', p.passphraseFile);
    const { openCore } = await import('../../electron/core/core');
    const core = openCore({ dataDir: p.first });
    try {
      const someone = (await core.call('staff.list', { limit: 1 })).rows[0]!;
      await core.call('staff.update', { id: someone.id, patch: { specialty: 'Electrophysiology' } });
    } finally {
      core.close();
    }
    expect((await digestOf(p.first)).total).not.toBe((await digestOf(p.joiner)).total);
    await cli('sync', '--data', p.first, '--folder', p.folder, '--passphrase-file', p.passphraseFile);
    await cli('sync', '--data', p.joiner, '--folder', p.folder, '--passphrase-file', p.passphraseFile);
    expect((await digestOf(p.joiner)).total).toBe((await digestOf(p.first)).total);
  });

  it.each([
    ['a folder that is not a team folder', 'empty', /not a Chartroom shared folder yet/],
    ['a folder that is not there', 'missing', /There is no folder/],
    ['a wrong passphrase', 'wrong', /passphrase does not open this sync folder/],
  ])('joining %s says why and leaves no database behind', async (_what, kind, message) => {
    const p = place();
    let folder = p.folder;
    if (kind === 'missing') folder = path.join(p.root, 'no-such-folder');
    if (kind === 'wrong') {
      await cli('seed', '--size', '10', '--data', p.first);
      await cli('sync', '--data', p.first, '--folder', p.folder, '--passphrase-file', p.passphraseFile);
      fs.writeFileSync(p.passphraseFile, 'not the team passphrase\n');
    }
    const result = await cli('sync', '--data', p.joiner, '--folder', folder, '--passphrase-file', p.passphraseFile);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
    expect(fs.existsSync(databasePath(p.joiner))).toBe(false);
    // Nothing was started in the folder either.
    if (kind === 'empty') expect(fs.readdirSync(p.folder)).toEqual([]);
  });
});
