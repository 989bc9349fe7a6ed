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

/** A segment of another device this laptop cannot apply, which holds back that device's later ones. */
export interface BlockedSegment {
  device: string;
  seq: number;
  /** The file that would not open; null when no file with that number is in the folder. */
  file: string | null;
  problem: 'damaged' | 'missing';
}

export interface IncomingScan {
  ready: ReadySegment[];
  problems: string[];
  /** Devices whose next segment is missing from the folder (compacted, or not yet delivered). */
  gaps: { deviceId: string; need: number; lowestPresent: number | null }[];
  /** Told to the writers through this laptop's presence file: each re-sends what it is asked for. */
  blocked: BlockedSegment[];
}

/** A file cut short this long ago is not still arriving: it stays as it is, and its writer is asked for it again. */
export const stuckAfterMs = 10 * 60_000;

export function scanIncoming(
  layout: FolderLayout,
  key: Buffer,
  ownDeviceId: string,
  state: SyncState,
  /** Who a device is, for the director: its name from its presence file, else its id. */
  nameOf: (deviceId: string) => string = (d) => `device ${d}`,
  nowMs: number = Date.now(),
): IncomingScan {
  const applied = state.appliedVector();
  const scan: IncomingScan = { ready: [], problems: [], gaps: [], blocked: [] };
  for (const deviceId of listNames(layout.devicesDir).filter(isDeviceId).sort()) {
    if (deviceId === ownDeviceId) continue;
    const dir = layout.segmentsDir(deviceId);
    const files = listNames(dir)
      .map((name) => ({ name, seq: segmentSeqOf(name) }))
      .filter((f): f is { name: string; seq: number } => f.seq !== null)
      .sort((a, b) => a.seq - b.seq || a.name.localeCompare(b.name));
    const writer = nameOf(deviceId);
    let need = (applied[deviceId] ?? 0) + 1;
    for (;;) {
      // Several files may carry one number: a stray or placeholder file, a damaged one and the copy its writer sent
      // again, or what a laptop leaves when it crashes between writing and recording. The first that opens is it.
      const candidates = files.filter((f) => f.seq === need && !state.segmentApplied(deviceId, f.name));
      if (candidates.length === 0) {
        if (files.some((f) => f.seq > need)) {
          scan.gaps.push({ deviceId, need, lowestPresent: files[0]?.seq ?? null });
          scan.blocked.push({ device: deviceId, seq: need, file: null, problem: 'missing' });
        }
        break;
      }
      const opened = candidates.map((file) => ({ file, result: openSegment(dir, file.name, deviceId, need, key, nowMs) }));
      const good = opened.find((o) => o.result.ok);
      if (good?.result.ok) {
        if (good.result.segment.header.schemaVersion > latestSchemaVersion) {
          // It may hold records or fields this version cannot store: applying the rest and marking it applied would lose them.
          const h = good.result.segment.header;
          scan.problems.push(
            `Changes from ${h.deviceName} were written by a newer Chartroom (database version ${h.schemaVersion}; this one has ${latestSchemaVersion}). ` +
              'Update Chartroom on this computer to receive them; they wait in the folder.',
          );
          break;
        }
        scan.ready.push({ name: good.file.name, segment: good.result.segment });
        need++;
        continue;
      }
      for (const { file, result } of opened) {
        if (result.ok) continue;
        const where = `devices/${deviceId}/segments/${file.name}`;
        if (result.problem === 'arriving') {
          scan.problems.push(`A change file from ${writer} is still arriving (${where}); its changes wait for the next sync.`);
        } else if (result.problem === 'unreadable') {
          scan.problems.push(`Could not read ${where} (${result.detail}); trying again next sync.`);
        } else {
          scan.problems.push(
            `A change file from ${writer} cannot be applied (${where}: ${result.detail}); its changes and the later ones from ${writer} wait. ` +
              `${writer} sends it again at its next sync; if this stays, ask whoever uses ${writer} to open Chartroom and sync.`,
          );
          scan.blocked.push({ device: deviceId, seq: need, file: file.name, problem: 'damaged' });
        }
      }
      break;
    }
  }
  return scan;
}

type Opened = { ok: true; segment: Segment } | { ok: false; problem: 'arriving' | 'unreadable' | 'damaged'; detail: string };

function openSegment(dir: string, name: string, deviceId: string, seq: number, key: Buffer, nowMs: number): Opened {
  const file = path.join(dir, name);
  let bytes: Buffer;
  let modifiedMs: number;
  try {
    bytes = fs.readFileSync(file);
    modifiedMs = fs.statSync(file).mtimeMs;
  } catch (error) {
    return { ok: false, problem: 'unreadable', detail: (error as Error).message };
  }
  const decoded = decodeSegment(key, bytes);
  if (!decoded.ok) {
    if (decoded.reason === 'incomplete' && nowMs - modifiedMs < stuckAfterMs) return { ok: false, problem: 'arriving', detail: 'incomplete' };
    return {
      ok: false,
      problem: 'damaged',
      detail:
        decoded.reason === 'undecryptable'
          ? 'it does not open with the team passphrase, or was altered'
          : decoded.reason === 'incomplete'
            ? `it has stayed incomplete (${bytes.length} bytes) since ${new Date(modifiedMs).toISOString()}`
            : 'it is damaged',
    };
  }
  const { header } = decoded.segment;
  if (header.device !== deviceId || header.seq !== seq) return { ok: false, problem: 'damaged', detail: 'it claims to be from another device or position' };
  return { ok: true, segment: decoded.segment };
}
