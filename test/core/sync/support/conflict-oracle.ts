// What the conflict record must hold, worked out from the folder alone: for each field, every value written without
// knowledge of another (a frontier value) that is not the winner — and differs from it — is a concurrent loser.
import fs from 'node:fs';
import path from 'node:path';
import { writerKnew } from '../../../../electron/core/sync/change-merger';
import { isBookkeeping } from '../../../../electron/core/sync/duplicates';
import { FolderLayout, isDeviceId, segmentSeqOf } from '../../../../electron/core/sync/folder-layout';
import { decodeSegment, type Knowledge } from '../../../../electron/core/sync/segment-codec';

interface Write {
  hlc: string;
  value: string | null;
  deviceId: string;
  seq: number;
  known: Knowledge;
}

export interface ExpectedLoser {
  entity: string;
  recordId: string;
  field: string;
  lostHlc: string;
}

/** `history`: segments compacted away since, by path (what a simulated share saw); the folder's own files join them. */
export function expectedLosers(folder: string, key: Buffer, history: ReadonlyMap<string, Buffer> = new Map()): ExpectedLoser[] {
  const layout = new FolderLayout(folder);
  const registers = new Map<string, Write[]>();
  const files = new Map(history);
  for (const deviceId of fs.readdirSync(layout.devicesDir).filter(isDeviceId)) {
    const dir = layout.segmentsDir(deviceId);
    for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
      if (segmentSeqOf(name) !== null) files.set(path.relative(folder, path.join(dir, name)), fs.readFileSync(path.join(dir, name)));
    }
  }
  for (const [name, bytes] of files) {
    const decoded = decodeSegment(key, bytes);
    if (!decoded.ok) throw new Error(`${name} did not decode: ${decoded.reason}`);
    const h = decoded.segment.header;
    for (const [entity, recordId, field, value, , hlc] of decoded.segment.changes) {
      // A duplicate's redirect and creation stamp are the merge's own bookkeeping, never a value to review.
      if (isBookkeeping(field)) continue;
      const k = `${entity}\u0000${recordId}\u0000${field}`;
      const list = registers.get(k) ?? [];
      if (!list.some((w) => w.hlc === hlc)) list.push({ hlc, value, deviceId: h.device, seq: h.seq, known: h.known });
      registers.set(k, list);
    }
  }
  const losers: ExpectedLoser[] = [];
  for (const [k, writes] of registers) {
    if (writes.length < 2) continue;
    const winner = writes.reduce((a, b) => (b.hlc > a.hlc ? b : a));
    const [entity, recordId, field] = k.split('\u0000') as [string, string, string];
    for (const w of writes) {
      if (w === winner || w.value === winner.value) continue;
      const superseded = writes.some((y) => y !== w && y.hlc > w.hlc && writerKnew(y, w));
      if (!superseded) losers.push({ entity, recordId, field, lostHlc: w.hlc });
    }
  }
  return losers;
}
