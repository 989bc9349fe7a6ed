// The contents page: each item and its papers with the page it starts on, and attachments left out with the reason.
import { escapeHtml as e } from '../escape-html';
import type { PacketData } from './packet-data';
import type { ContentsLine } from './packet-layout';
import { printableDocumentHtml } from './printable-document';

/** pageLabel gives what is printed as a line's page number: placeholders on the first pass, real numbers after. */
export function contentsHtml(data: PacketData, lines: ContentsLine[], pageLabel: (pageIndex: number) => string): string {
  const rows = lines
    .map((line) => {
      switch (line.kind) {
        case 'section':
          return `<tr class="entry-item"><td class="number"></td><td class="title">${e(line.title)}</td><td class="page">${pageLabel(line.pageIndex)}</td></tr>`;
        case 'item':
          return `<tr class="entry-item"><td class="number">${e(line.number)}</td><td class="title">${e(line.title)}${line.confidential ? '<span class="tag">Confidential</span>' : ''}</td><td class="page">${pageLabel(line.pageIndex)}</td></tr>`;
        case 'part':
          return `<tr class="entry-part"><td class="number"></td><td class="title">${e(line.title)}</td><td class="page">${pageLabel(line.pageIndex)}</td></tr>`;
        case 'omitted':
          return `<tr class="entry-omitted"><td class="number"></td><td class="title" colspan="2">Attachment omitted: ${e(line.fileName)} — ${e(line.reason)}</td></tr>`;
      }
    })
    .join('\n');
  const body = `<p class="section-kicker">${e(data.organisationName)} · ${e(data.committeeName)}</p>
<h1 class="section-title">Contents</h1>
<p class="section-subtitle">${e(data.meetingTitle)} · ${e(data.when)}</p>
<table class="contents"><tbody>
${rows}
</tbody></table>`;
  return printableDocumentHtml({ title: `${data.committeeName} — ${data.meetingTitle} — contents`, body });
}
