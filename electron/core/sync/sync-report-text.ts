// A sync report in sentences, for the command line and the Sync card's "last sync" line.
import type { SyncReport } from './sync-engine';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function describeSyncReport(r: SyncReport): string {
  const lines = [
    `Sent ${plural(r.sent.changes, 'change')} in ${plural(r.sent.segments, 'file')}.`,
    `Received ${plural(r.received.changes, 'change')} in ${plural(r.received.segments, 'file')}${r.received.devices.length ? ` from ${r.received.devices.join(', ')}` : ''}; ${r.received.applied} applied (the rest were older or already here).`,
  ];
  if (r.snapshot.loaded) lines.push(`Started from a snapshot (${r.snapshot.loaded.slice(0, 12)}…).`);
  if (r.snapshot.written) lines.push('Wrote a snapshot for new laptops.');
  if (r.snapshot.compacted) lines.push(`Removed ${plural(r.snapshot.compacted, 'old file')} every laptop has applied.`);
  if (r.conflicts) lines.push(`${plural(r.conflicts, 'conflict')} kept for review (Settings → Conflicts).`);
  if (r.textMerges) lines.push(`${plural(r.textMerges, 'text')} merged from edits on two laptops.`);
  if (r.duplicatesMerged) lines.push(`${plural(r.duplicatesMerged, 'duplicate record')} merged into the one created first (Settings → Sync lists them).`);
  if (r.removedRows) lines.push(`${plural(r.removedRows, 'record')} deleted, as deleted on another laptop.`);
  if (r.parked) lines.push(`${plural(r.parked, 'record')} waiting (a record it refers to was deleted or has not arrived).`);
  for (const p of r.problems) lines.push(`Problem: ${p}`);
  return lines.join('\n');
}
