// Laptops on one real shared temp folder (as if the sync service delivered instantly), each with its own clock.
import fs from 'node:fs';
import path from 'node:path';
import { runSync, type SyncOptions, type SyncReport } from '../../../../electron/core/sync/sync-engine';
import { makeTempDir, openTempCore, removeDir, type TempCore } from '../../../support/temp-core';

export const teamPassphrase = 'lantern bay medical staff office';

export interface TestLaptop {
  core: TempCore;
  name: string;
  skewMs: number;
  sync(extra?: Partial<SyncOptions>): SyncReport;
}

export function sharedFolderTeam(names: readonly string[]) {
  const root = makeTempDir('chartroom-sync-');
  const folder = path.join(root, 'shared');
  fs.mkdirSync(folder);
  const laptops = names.map((name): TestLaptop => {
    const laptop: TestLaptop = {
      name,
      skewMs: 0,
      core: null as unknown as TempCore,
      sync(extra = {}) {
        const c = laptop.core.context;
        return runSync({ db: c.db, store: c.store, dataDir: c.dataDir, appVersion: c.appVersion, now: c.now }, { folder, passphrase: teamPassphrase, deviceName: name, ...extra });
      },
    };
    laptop.core = openTempCore({ dataDir: path.join(root, name), actor: name, now: () => new Date(Date.now() + laptop.skewMs) });
    return laptop;
  });
  return {
    folder,
    laptops,
    /** Every file in the folder with its size: a refused sync must leave this unchanged. */
    folderListing(): string[] {
      const out: string[] = [];
      const walk = (dir: string) => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
          const p = path.join(dir, e.name);
          if (e.isDirectory()) walk(p);
          else out.push(`${path.relative(folder, p)} ${fs.statSync(p).size}`);
        }
      };
      walk(folder);
      return out.sort();
    },
    dispose() {
      for (const l of laptops) l.core.close();
      removeDir(root);
    },
  };
}

/** A department, a role and one practitioner, all written through the store so they sync (smallOrganisation's raw role rows would not). */
export async function syncedOrganisation(core: TempCore) {
  const { roleEntity } = await import('../../../../electron/core/organisation/entities');
  const cardiology = await core.call('departments.create', { code: 'CARD', name: 'Cardiology' });
  core.context.store.insert(roleEntity, { name: 'Nurse Practitioner', kind: 'advanced-practice' }, 'role-np');
  const practitioner = await core.call('staff.create', { givenName: 'Amara', familyName: 'Quillmere', degree: 'MD', roleId: 'role-np', departmentId: cardiology.id });
  return { cardiology, practitioner };
}
