// A colleague's laptop beside the one on screen: its own core in a temporary folder, a shared folder to sync through,
// and a Cardiology department with the attending role to put practitioners in.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../electron/core/core';
import { roleEntity } from '../../electron/core/organisation/entities';

export interface ColleagueLaptop {
  colleague: Core;
  folder: string;
  departmentId: string;
  /** Closes the colleague's core and removes both folders. */
  dispose(): void;
}

export async function colleagueLaptop(): Promise<ColleagueLaptop> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chartroom-e2e-colleague-'));
  const folder = path.join(root, 'shared');
  fs.mkdirSync(folder);
  const colleague = openCore({ dataDir: path.join(root, 'colleague'), actor: 'Dr Okafor' });
  const dispose = () => {
    colleague.close();
    fs.rmSync(root, { recursive: true, force: true });
  };
  try {
    const department = await colleague.call('departments.create', { code: 'CARD', name: 'Cardiology' });
    colleague.context.store.insert(roleEntity, { name: 'Attending Physician', kind: 'physician' }, 'role-attending');
    return { colleague, folder, departmentId: department.id, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}
