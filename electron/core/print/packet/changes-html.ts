// The page at the front of a re-issued packet: what changed since the issue the committee already has.
import { escapeHtml as e } from '../escape-html';
import type { PacketData } from './packet-data';
import { printableDocumentHtml } from './printable-document';

export function changesHtml(data: PacketData): string | null {
  const changes = data.issue?.changes;
  if (!changes) return null;
  const lines = changes.lines.length ? `<ul class="changes">${changes.lines.map((l) => `<li>${e(l)}</li>`).join('')}</ul>` : '<p class="none">Nothing in the papers changed; this issue replaces the last one as it stands.</p>';
  const body = `<p class="section-kicker">${e(data.organisationName)} · ${e(data.committeeName)}</p>
<h1 class="section-title">${e(changesTitle(data) ?? '')}</h1>
<p class="section-subtitle">Issue ${data.issue?.number ?? ''} of ${e(data.meetingTitle)}, issued ${e(data.issue?.issuedOn ?? '')}, replaces issue ${changes.sinceIssue} of ${e(changes.sinceDate)}.</p>
${lines}`;
  return printableDocumentHtml({ title: `${data.meetingTitle} — changes`, body });
}

export function changesTitle(data: PacketData): string | null {
  const changes = data.issue?.changes;
  return changes ? `Changes since issue ${changes.sinceIssue}` : null;
}
