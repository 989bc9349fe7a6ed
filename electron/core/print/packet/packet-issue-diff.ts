// What an issued packet was made from, kept as plain JSON, and what changed between two such snapshots: the lines a
// re-issue prints on its "Changes since issue N" page and the meeting screen shows before re-issuing. Generic over the
// linked records, so a record kind added later is frozen and compared without code of its own here.
import { createHash } from 'node:crypto';
import type { PacketAgendaItem, PacketData, PacketLinkedRecord } from './packet-data';

/** An attachment is kept by its content hash (the id the attachment store gives it), not its bytes. */
export type FrozenPacketItem = Omit<PacketAgendaItem, 'attachments'> & { attachments: { fileName: string; sha256: string }[] };
export type FrozenPacketData = Omit<PacketData, 'agenda' | 'issue' | 'edition'> & { agenda: FrozenPacketItem[] };

export function freezePacket(data: PacketData): FrozenPacketData {
  const { issue: _issue, edition: _edition, ...rest } = data;
  return {
    ...rest,
    agenda: data.agenda.map((item) => ({
      ...item,
      attachments: item.attachments.map((a) => ({ fileName: a.fileName, sha256: createHash('sha256').update(a.bytes).digest('hex') })),
    })),
  };
}

/** The differences a committee member would care about, in words, in agenda order; empty when nothing changed. */
export function packetChanges(before: FrozenPacketData, after: FrozenPacketData): string[] {
  const lines: string[] = [];
  const fact = (label: string, from: string | null, to: string | null) => {
    if ((from ?? '') !== (to ?? '')) lines.push(`${label} changed: ${from || 'none'} → ${to || 'none'}.`);
  };
  fact('Meeting title', before.meetingTitle, after.meetingTitle);
  fact('Date and time', before.when, after.when);
  fact('Location', before.location, after.location);
  const memberNames = (d: FrozenPacketData) => d.members.map((m) => m.name);
  for (const name of memberNames(after).filter((n) => !memberNames(before).includes(n))) lines.push(`Member added: ${name}.`);
  for (const name of memberNames(before).filter((n) => !memberNames(after).includes(n))) lines.push(`Member removed: ${name}.`);

  const keyOf = (item: FrozenPacketItem) => item.agendaItemId ?? `title:${item.title}`;
  const earlier = new Map(before.agenda.map((item) => [keyOf(item), item]));
  const later = new Set(after.agenda.map(keyOf));
  for (const item of after.agenda) {
    const was = earlier.get(keyOf(item));
    if (!was) {
      lines.push(`Item ${item.number} added: ${item.title}.`);
      continue;
    }
    lines.push(...itemChanges(was, item));
  }
  for (const item of before.agenda) if (!later.has(keyOf(item))) lines.push(`Item ${item.number} of the last issue removed: ${item.title}.`);
  return lines;
}

function itemChanges(was: FrozenPacketItem, now: FrozenPacketItem): string[] {
  const at = `Item ${now.number}`;
  const lines: string[] = [];
  if (was.number !== now.number) lines.push(`${at} (${now.title}) moved from item ${was.number}.`);
  if (was.title !== now.title) lines.push(`${at} retitled: “${was.title}” → “${now.title}”.`);
  if (was.kind !== now.kind) lines.push(`${at}: now for ${now.kind} (was ${was.kind}).`);
  if ((was.presenter ?? '') !== (now.presenter ?? '')) lines.push(`${at}: presenter ${was.presenter ?? 'none'} → ${now.presenter ?? 'none'}.`);
  if (was.minutesAllotted !== now.minutesAllotted) lines.push(`${at}: time allotted ${was.minutesAllotted ?? '—'} → ${now.minutesAllotted ?? '—'} min.`);
  if ((was.description ?? '') !== (now.description ?? '')) lines.push(`${at}: description changed.`);
  if (!!was.closedSession !== !!now.closedSession) lines.push(`${at}: ${now.closedSession ? 'now taken in closed session' : 'now taken in open session'}.`);
  const guests = (i: FrozenPacketItem) => (i.guests ?? []).map((g) => g.name);
  for (const g of guests(now).filter((n) => !guests(was).includes(n))) lines.push(`${at}: guest added, ${g}.`);
  for (const g of guests(was).filter((n) => !guests(now).includes(n))) lines.push(`${at}: guest removed, ${g}.`);
  const linked = linkedChange(was.linked, now.linked);
  if (linked) lines.push(`${at}: ${linked}`);
  const files = (i: FrozenPacketItem) => new Map(i.attachments.map((a) => [a.sha256, a.fileName]));
  const [a, b] = [files(was), files(now)];
  for (const [sha, name] of b) if (!a.has(sha)) lines.push(`${at}: attachment ${name} ${[...a.values()].includes(name) ? 'replaced by a new copy' : 'added'}.`);
  for (const [sha, name] of a) if (!b.has(sha) && ![...b.values()].includes(name)) lines.push(`${at}: attachment ${name} removed.`);
  return lines;
}

function linkedChange(was: PacketLinkedRecord | null, now: PacketLinkedRecord | null): string | null {
  if (!was && !now) return null;
  if (!was) return `${now?.title ?? 'a record'} added to its papers.`;
  if (!now) return `${was.title} no longer in its papers.`;
  if (was.kind === 'policy-version' && now.kind === 'policy-version') {
    if (was.reference !== now.reference) return `policy ${was.reference} version ${was.versionNumber} replaced by ${now.reference} version ${now.versionNumber}.`;
    if (was.versionNumber !== now.versionNumber) return `policy ${now.reference} version ${was.versionNumber} → ${now.versionNumber}.`;
    if (was.body !== now.body) return `policy ${now.reference} version ${now.versionNumber}: its text changed.`;
    if (was.state !== now.state) return `policy ${now.reference} version ${now.versionNumber}: ${was.state} → ${now.state}.`;
  }
  if (was.kind !== now.kind) return `papers now ${now.title} (were ${was.title}).`;
  // Any other kind, today's or tomorrow's: its printed content differs from what was issued.
  if (JSON.stringify(was) !== JSON.stringify(now)) return was.title === now.title ? `${now.title} changed.` : `${was.title} changed (now ${now.title}).`;
  return null;
}
