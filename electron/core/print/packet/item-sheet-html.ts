// The sheet in front of each agenda item's papers: number, title, kind, presenter, description, and what follows,
// including any attachment that could not be included and why.
import { renderPolicyMarkdown } from '../../../../shared/domain/policy-markdown';
import { escapeHtml as e } from '../escape-html';
import type { CheckedAttachment } from './attachment-check';
import type { PacketAgendaItem, PacketData } from './packet-data';
import { agendaKindLabels, isConfidential, meetingName, minutesLabel, pagesLabel } from './labels';
import { linkedRecordDocuments } from './linked-record-html';
import { printableDocumentHtml, withLinkTargets } from './printable-document';

export function itemSheetHtml(data: PacketData, item: PacketAgendaItem, attachments: CheckedAttachment[]): string {
  const confidential = isConfidential(item);
  const fact = (label: string, value: string) => `<div><dt>${label}</dt><dd>${value}</dd></div>`;
  const papers = [
    ...(item.linked ? linkedRecordDocuments(data, item, item.linked).map((record) => `<li>${e(record.title)}</li>`) : []),
    ...attachments
      .filter((a): a is Extract<CheckedAttachment, { readable: true }> => a.readable)
      .map((a) => `<li>Attachment: ${e(a.fileName)} <span class="pages">· ${pagesLabel(a.pageCount)}</span></li>`),
  ];
  const omitted = attachments.filter((a): a is Extract<CheckedAttachment, { readable: false }> => !a.readable);
  const body = `<p class="section-kicker">${e(meetingName(data))}</p>
<p class="item-number">Agenda item ${e(item.number)}</p>
<h1 class="item-title">${e(item.title)}</h1>
<dl class="item-facts">
  ${fact('Kind', agendaKindLabels[item.kind])}
  ${fact('Presenter', item.presenter ? e(item.presenter) : '<span class="muted">—</span>')}
  ${fact('Time', item.minutesAllotted === null ? '<span class="muted">—</span>' : minutesLabel(item.minutesAllotted))}
  ${fact('Session', confidential ? '<span class="confidential">Confidential</span>' : 'Open')}
</dl>
${item.description?.trim() ? `<section class="item-description record-text">${withLinkTargets(renderPolicyMarkdown(item.description))}</section>` : ''}
<section class="papers"><h2>Papers for this item</h2>
${papers.length > 0 ? `<ul>${papers.join('')}</ul>` : data.edition === 'general' && item.closedSession ? '<p class="none">In the confidential supplement.</p>' : '<p class="none">No papers: this item is taken from the agenda alone.</p>'}
</section>
${inTheRoomHtml(data, item)}
${omitted.length > 0 ? `<section class="omitted"><h2>Not included in this packet</h2>${omitted.map((a) => `<p>Attachment omitted: ${e(a.fileName)} — ${e(a.reason)}</p>`).join('')}</section>` : ''}`;
  return printableDocumentHtml({ title: `Item ${item.number} — ${item.title}`, body });
}

/**
 * Guests are named on every item they attend; the supplement also lists the voting members, since who heard a
 * closed-session item is part of its record (before attendance is taken, the voting members expected).
 */
function inTheRoomHtml(data: PacketData, item: PacketAgendaItem): string {
  const guests = (item.guests ?? []).map((g) => `<li>${e(g.name)}${g.role ? ` <span class="role">— ${e(g.role)}</span>` : ''} <span class="role">(guest)</span></li>`);
  if (data.edition !== 'supplement') return guests.length ? `<section class="in-the-room"><h2>Guests for this item</h2><ul>${guests.join('')}</ul></section>` : '';
  const present = data.membersPresent;
  const members = (present ?? data.members.filter((m) => m.voting).map((m) => m.name)).map((name) => `<li>${e(name)}</li>`);
  const heading = present ? 'In the room: voting members present and guests' : 'In the room: voting members (attendance not yet taken) and guests';
  const rows = [...members, ...guests];
  return `<section class="in-the-room"><h2>${heading}</h2>${rows.length ? `<ul>${rows.join('')}</ul>` : '<p class="none">No one recorded.</p>'}</section>`;
}
