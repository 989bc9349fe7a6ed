// A shared folder holding many field changes from another laptop: staff written on a "writer" core (8 fields each)
// and synced once, ready for a reader to apply. The bench, the host tests and the responsiveness e2e start from it.
import fs from 'node:fs';
import path from 'node:path';
import { openCore } from '../../electron/core/core';
import { departmentEntity, roleEntity } from '../../electron/core/organisation/entities';
import { staffEntity } from '../../electron/core/staff/entities';
import { runSync } from '../../electron/core/sync/sync-engine';

export interface BigSyncFolder {
  folder: string;
  passphrase: string;
  /** The writer's staff rows as stored, for a floor that inserts the same rows plainly. */
  rows: Record<string, unknown>[];
}

export function writeBigSyncFolder(root: string, changes: number, passphrase = 'bench passphrase'): BigSyncFolder {
  const folder = path.join(root, 'folder');
  fs.mkdirSync(folder, { recursive: true });
  const writer = openCore({ dataDir: path.join(root, 'writer') });
  try {
    const store = writer.context.store;
    store.transaction(() => {
      store.insert(departmentEntity, { code: 'MED', name: 'Medicine' }, 'dept');
      store.insert(roleEntity, { name: 'Attending', kind: 'physician' }, 'role');
      for (let i = 0; i < Math.ceil(changes / 8); i++) {
        store.insert(staffEntity, { givenName: `G${i}`, familyName: `F${i}`, degree: 'MD', roleId: 'role', departmentId: 'dept', specialty: 'Medicine', email: `p${i}@example.org`, status: 'active' }, `staff-${i}`);
      }
    });
    const c = writer.context;
    runSync({ db: c.db, store: c.store, dataDir: c.dataDir, appVersion: c.appVersion, now: c.now }, { folder, passphrase, deviceName: 'writer', compact: false, allowMassDelete: true });
    const rows = c.db.prepare('SELECT * FROM staff').all() as Record<string, unknown>[];
    return { folder, passphrase, rows };
  } finally {
    writer.close();
  }
}
