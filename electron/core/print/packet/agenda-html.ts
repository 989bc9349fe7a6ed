// The agenda as a table: number, item, kind, presenter, minutes allotted; executive-session items marked in words.
import { escapeHtml as e } from '../escape-html';
import type { PacketData } from './packet-data';
import { agendaKindLabels, isClosedSession, minutesLabel } from './labels';
import { printableDocumentHtml } from './printable-document';

export function agendaHtml(data: PacketData): string {
  const row = (item: PacketData['agenda'][number]) => {
    const session = isClosedSession(item) ? '<span class="executive-session">Executive session</span>' : '';
    const description = item.description?.trim() ? `<span class="agenda-description">${e(firstLine(item.description))}</span>` : '';
    return `<tr${item.consent ? ' class="consent-item"' : ''}>
  <td class="number">${e(item.number)}</td>
  <td><span class="agenda-title">${e(item.title)}</span>${session}${description}</td>
  <td class="kind">${agendaKindLabels[item.kind]}</td>
  <td class="presenter">${item.presenter ? e(item.presenter) : '<span class="muted">—</span>'}</td>
  <td class="minutes">${minutesLabel(item.minutesAllotted)}</td>
</tr>`;
  };
  // Consent items are taken together by one motion, so they are read together: under one heading, where the first sits.
  const consent = data.agenda.filter((item) => item.consent);
  const consentBlock = `<tr class="consent-heading"><td></td><td colspan="4"><span class="agenda-title">Consent agenda</span>
<span class="agenda-description">Approved together by one motion unless a member asks that an item be taken separately.</span></td></tr>
${consent.map(row).join('')}`;
  const rows = data.agenda
    .map((item) => (!item.consent ? row(item) : item === consent[0] ? consentBlock : ''))
    .join('');
  const total = data.agenda.reduce((sum, item) => sum + (item.minutesAllotted ?? 0), 0);
  const hasExecutive = data.agenda.some(isClosedSession);
  const body = `<p class="section-kicker">${e(data.organisationName)} · ${e(data.committeeName)}</p>
<h1 class="section-title">Agenda</h1>
<p class="section-subtitle">${e(data.meetingTitle)} · ${e(data.when)}${data.location ? ` · ${e(data.location)}` : ''}</p>
${hasExecutive ? '<p class="agenda-note">Items marked <span class="executive-session">Executive session</span> are taken in closed session; their papers are confidential and marked so on every page.</p>' : ''}
<table class="agenda">
<thead><tr><th class="number">No.</th><th>Item</th><th>Kind</th><th>Presenter</th><th class="minutes">Minutes</th></tr></thead>
<tbody>${rows}</tbody>
${total > 0 ? `<tfoot><tr><td></td><td colspan="3">Total time allotted</td><td class="minutes">${total} min</td></tr></tfoot>` : ''}
</table>
`;
  return printableDocumentHtml({ title: `${data.committeeName} — ${data.meetingTitle} — agenda`, body });
}

/** The agenda shows a line of the description; the item sheet carries all of it. */
function firstLine(text: string): string {
  const line = text.trim().split(/\n/)[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 157).trimEnd()}…` : line;
}
