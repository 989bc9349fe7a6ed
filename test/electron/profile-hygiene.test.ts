// What a killed Electron session leaves in its profile: caches and crash dumps go at the next start, the long text
// kept at every keystroke (Local Storage, IndexedDB) stays.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanProfileLeftovers, crashDumpsDirFor, disposableProfileEntries } from '../../electron/main/profile-hygiene';
import { makeTempDir, removeDir } from '../support/temp-core';

const profile = makeTempDir('chartroom-profile-');
afterAll(() => removeDir(profile));

describe('the Electron profile after a kill', () => {
  it('loses its caches and crash dumps at the next start and keeps what the director typed', () => {
    for (const name of [...disposableProfileEntries, 'Local Storage', 'IndexedDB']) {
      fs.mkdirSync(path.join(profile, name, 'inner'), { recursive: true });
      fs.writeFileSync(path.join(profile, name, 'inner', 'data'), 'x');
    }
    cleanProfileLeftovers(profile);
    expect(fs.readdirSync(profile).sort()).toEqual(['IndexedDB', 'Local Storage']);
    expect(crashDumpsDirFor(profile).startsWith(profile)).toBe(true);
    expect(disposableProfileEntries).toContain(path.basename(crashDumpsDirFor(profile)));
  });
});
