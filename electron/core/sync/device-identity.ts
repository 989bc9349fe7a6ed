// One device id, one history. A data folder copied to another folder or computer (or restored there from a backup)
// would otherwise be a second laptop with the same id: each would skip the other's segments as its own, and the
// others would take the first of two files with one number and drop the second, all without a word. Such a copy
// becomes a device of its own before it sends anything; the director is told in the next sync's report.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import type { Database } from 'better-sqlite3';
import { readMeta, writeMeta } from '../db/meta';

export interface DeviceIdentity {
  deviceId: string;
  /** The latest stamp this database issued under any of its ids: its clock resumes after it. */
  resumeAfter: string | null;
}

/**
 * Where this database lives: a data folder on a computer. The computer by the first label of its name, in lower case:
 * a laptop's name gains and loses a network's domain as it moves between networks ("alice-mbp.local", "ALICE-MBP.lan").
 */
function homeOf(dataDir: string): string {
  let dir = dataDir;
  try {
    dir = fs.realpathSync.native(dataDir);
  } catch {
    // Not there yet (a database opened in memory by a tool): the path as given.
  }
  return JSON.stringify({ host: os.hostname().split('.')[0]!.toLowerCase(), dir });
}

const newDeviceId = () => randomUUID().replace(/-/g, '').slice(0, 16);

/**
 * This database's device id, made at its first open. Found in another data folder or on another computer than the
 * one it was last opened in, it is a copy (or was moved, which costs nothing but a new name in the folder): it gets
 * a new id at once, before any edit is stamped.
 */
export function openDeviceIdentity(db: Database, dataDir: string): DeviceIdentity {
  const home = homeOf(dataDir);
  let deviceId = readMeta(db, 'device_id');
  if (!deviceId) {
    deviceId = newDeviceId();
    db.transaction(() => {
      writeMeta(db, 'device_id', deviceId!);
      writeMeta(db, 'device_home', home);
    })();
  } else {
    const recorded = readMeta(db, 'device_home');
    // Databases from before the home was recorded are taken to be where they were made.
    if (recorded === undefined) writeMeta(db, 'device_home', home);
    else if (recorded !== home) {
      const before = JSON.parse(recorded) as { host: string; dir: string };
      deviceId = becomeNewDevice(
        db,
        deviceId,
        `This laptop's Chartroom data was copied or moved from ${before.dir} on ${before.host}, so it now syncs as a device of its own: ` +
          'edits made on the original and on this copy both reach everyone.',
      );
      writeMeta(db, 'device_home', home);
    }
  }
  const own = db.prepare('SELECT max(hlc) FROM change_log WHERE device_id = ?').pluck().get(deviceId) as string | null;
  const floor = readMeta(db, 'clock_floor') ?? null;
  return { deviceId, resumeAfter: own && floor ? (own > floor ? own : floor) : (own ?? floor) };
}

/**
 * Gives this database a new device id (the caller tells its Store): this laptop's edits not yet sent move to it
 * (they never left this laptop under the old one); the edits it sent before stay the old id's, which the other copy
 * goes on writing. `notice` is shown in the next sync's report. Returns the new id.
 */
export function becomeNewDevice(db: Database, oldId: string, notice: string): string {
  const deviceId = newDeviceId();
  db.transaction(() => {
    const exported = Number((db.prepare("SELECT value FROM sync_config WHERE key = 'exportedSeq'").pluck().get() as string | undefined) ?? 0);
    const latest = db.prepare('SELECT max(hlc) FROM change_log WHERE device_id = ?').pluck().get(oldId) as string | null;
    // Stamps under the new id must still come after every stamp issued under the old one.
    if (latest) writeMeta(db, 'clock_floor', latest);
    db.prepare('UPDATE change_log SET device_id = ? WHERE device_id = ? AND seq > ?').run(deviceId, oldId, exported);
    writeMeta(db, 'device_id', deviceId);
    db.prepare("INSERT INTO sync_config (key, value) VALUES ('identityNotice', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(notice);
  })();
  return deviceId;
}
