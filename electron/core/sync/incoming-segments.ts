// Finds the other devices' segments this laptop has not applied, in each device's order, verified and decrypted.
// A segment not yet complete waits for the next sync, and so do that device's later segments: a device's changes
// are applied in the order it made them, which is what lets its knowledge tell concurrent edits from later ones.
import fs from 'node:fs';
import path from 'node:path';
import { latestSchemaVersion } from '../db/migrations';
import { decodeSegment, type Segment } from './segment-codec';
import { isDeviceId, segmentSeqOf, type FolderLayout } from './folder-layout';
import { listNames } from './new-file';
import type { SyncState } from './sync-state';

export interface ReadySegment {
  name: string;
  segment: Segment;
}

export interface IncomingScan {
  ready: ReadySegment[];
  problems: string[];
  /** Devices whose next segment is missing from the folder (compacted, or not yet delivered). */
  gaps: { deviceId: string; need: number; lowestPresent: number | null }[];
}

export function scanIncoming(layout: FolderLayout, key: Buffer, ownDeviceId: string, state: SyncState): IncomingScan {
  const applied = state.appliedVector();
  const scan: IncomingScan = { ready: [], problems: [], gaps: [] };
  for (const deviceId of listNames(layout.devicesDir).filter(isDeviceId).sort()) {
    if (deviceId === ownDeviceId) continue;
    const dir = layout.segmentsDir(deviceId);
    const files = listNames(dir)
      .map((name) => ({ name, seq: segmentSeqOf(name) }))
      .filter((f): f is { name: string; seq: number } => f.seq !== null)
      .sort((a, b) => a.seq - b.seq || a.name.localeCompare(b.name));
    let need = (applied[deviceId] ?? 0) + 1;
    for (const file of files) {
      // Below `need`: applied already, or covered by a snapshot. A second file with an applied sequence is what a
      // laptop leaves when it crashes between writing and recording; it sent the same changes again under the next one.
      if (file.seq < need || state.segmentApplied(deviceId, file.name)) continue;
      if (file.seq > need) {
        scan.gaps.push({ deviceId, need, lowestPresent: files[0]?.seq ?? null });
        break;
      }
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(path.join(dir, file.name));
      } catch (error) {
        scan.problems.push(`Could not read ${deviceId}/${file.name} (${(error as Error).message}); trying again next sync.`);
        break;
      }
      const decoded = decodeSegment(key, bytes);
      if (!decoded.ok) {
        scan.problems.push(
          decoded.reason === 'incomplete'
            ? `A change file from device ${deviceId} is still arriving (${file.name}); its changes wait for the next sync.`
            : decoded.reason === 'undecryptable'
              ? `A change file from device ${deviceId} (${file.name}) does not open with the team passphrase, or was altered; it is not applied.`
              : `A change file from device ${deviceId} (${file.name}) is damaged; it is not applied and later ones from that device wait.`,
        );
        break;
      }
      const { header } = decoded.segment;
      if (header.device !== deviceId || header.seq !== file.seq) {
        scan.problems.push(`${deviceId}/${file.name} claims to be from another device or position; it is not applied.`);
        break;
      }
      if (header.schemaVersion > latestSchemaVersion) {
        // It may hold records or fields this version cannot store: applying the rest and marking it applied would lose them.
        scan.problems.push(
          `Changes from ${header.deviceName} were written by a newer Chartroom (database version ${header.schemaVersion}; this one has ${latestSchemaVersion}). ` +
            'Update Chartroom on this computer to receive them; they wait in the folder.',
        );
        break;
      }
      scan.ready.push({ name: file.name, segment: decoded.segment });
      need = file.seq + 1;
    }
  }
  return scan;
}
