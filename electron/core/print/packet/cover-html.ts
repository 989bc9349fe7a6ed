// The packet's cover: who meets, when and where, who is expected, and the confidentiality notice.
import { escapeHtml as e } from '../escape-html';
import type { PacketData } from './packet-data';
import { meetingTypeLabels, titleNamesCommittee } from './labels';
import { printableDocumentHtml } from './printable-document';

export function coverHtml(data: PacketData): string {
  const members = data.members
    .map((m) => `<li>${e(m.name)} <span class="role">— ${e(m.role)}${m.voting ? '' : ', non-voting'}</span></li>`)
    .join('');
  const fact = (label: string, value: string) => `<div><dt>${label}</dt><dd>${value}</dd></div>`;
  const body = `<section class="cover">
  <p class="organisation">${e(data.organisationName)}</p>
  ${titleNamesCommittee(data) ? '' : `<p class="cover-committee">${e(data.committeeName)}</p>`}
  <h1 class="cover-title">${e(data.meetingTitle)}</h1>
  <p class="cover-kind${data.edition === 'supplement' ? ' cover-kind--confidential' : ''}">${data.edition === 'supplement' ? 'CONFIDENTIAL SUPPLEMENT — closed session' : 'Meeting packet'}</p>
  <dl class="cover-facts">
    ${fact('When', e(data.when))}
    ${fact('Where', data.location ? e(data.location) : '<span class="muted">To be announced</span>')}
    ${fact('Meeting', meetingTypeLabels[data.meetingType])}
    ${fact('Agenda', `${data.agenda.length} ${data.agenda.length === 1 ? 'item' : 'items'}`)}
    ${data.issue ? fact('Issued', `Issue ${data.issue.number}, ${e(data.issue.issuedOn)}`) : fact('Prepared', `${e(data.preparedOn)} <span class="muted">(draft, not issued)</span>`)}
  </dl>
  ${members ? `<section class="cover-members"><h2>Members</h2><ul>${members}</ul></section>` : ''}
  <div class="cover-spacer"></div>
  ${data.confidentialityNotice.trim() ? `<section class="confidentiality-notice"><h2>Confidential</h2><p>${e(data.confidentialityNotice.trim())}</p></section>` : ''}
</section>`;
  return printableDocumentHtml({ title: `${data.committeeName} — ${data.meetingTitle} — cover`, body });
}
