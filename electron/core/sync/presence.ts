// Each device's presence file: its name, app version and what it has applied from every device. Colleagues see who
// syncs and when; compaction reads it as the acknowledgement that a segment is no longer needed by anyone.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { decodeSealedJson, encodeSealedJson, Knowledge } from './segment-codec';
import { isDeviceId, presenceCounterOf, presenceName, type FolderLayout } from './folder-layout';
import { listNames, writeNewFile } from './new-file';

/** Another device's segment this one cannot apply (damaged, or missing from the folder): its writer sends it again. */
export const BlockedOn = z.object({ device: z.string(), seq: z.number().int().min(1), file: z.string().nullable(), problem: z.enum(['damaged', 'missing']) });

export const Presence = z.object({
  deviceId: z.string(),
  name: z.string(),
  appVersion: z.string(),
  applied: Knowledge,
  at: z.string(),
  /** Absent in presence files of older versions. */
  blockedOn: z.array(BlockedOn).optional(),
});
export type Presence = z.infer<typeof Presence>;

const context = 'chartroom-presence';

/** Writes a new presence file, then removes this device's older ones (ours alone, never another device's). */
export function writePresence(layout: FolderLayout, key: Buffer, presence: Presence): void {
  const dir = layout.deviceDir(presence.deviceId);
  const mine = listNames(dir).filter((n) => presenceCounterOf(n) !== null);
  const next = Math.max(0, ...mine.map((n) => presenceCounterOf(n)!)) + 1;
  writeNewFile(path.join(dir, presenceName(next, randomBytes(4).toString('hex'))), encodeSealedJson(key, presence, context));
  for (const old of mine) {
    try {
      fs.unlinkSync(path.join(dir, old));
    } catch {
      // OneDrive may hold it (EBUSY): a stale presence file is harmless, the newest counter wins.
    }
  }
}

/** Every device's newest readable presence. */
export function readPresences(layout: FolderLayout, key: Buffer): Presence[] {
  const out: Presence[] = [];
  for (const deviceId of listNames(layout.devicesDir).filter(isDeviceId)) {
    const dir = layout.deviceDir(deviceId);
    const names = listNames(dir)
      .filter((n) => presenceCounterOf(n) !== null)
      .sort((a, b) => presenceCounterOf(b)! - presenceCounterOf(a)!);
    for (const name of names) {
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(path.join(dir, name));
      } catch {
        continue;
      }
      const parsed = Presence.safeParse(decodeSealedJson(key, bytes, context));
      if (parsed.success && parsed.data.deviceId === deviceId) {
        out.push(parsed.data);
        break;
      }
    }
  }
  return out;
}
