// The HTML shell every packet and minutes section is printed in: locked down, house styles, an optional watermark.
import { escapeHtml } from '../escape-html';
import { printStyles } from '../print-styles';
import { packetStyles } from './packet-styles';

export interface PrintableDocument {
  title: string;
  body: string;
  /** Printed diagonally across every page, e.g. "DRAFT — NOT YET APPROVED". */
  watermark?: string | null;
}

export function printableDocumentHtml({ title, body, watermark }: PrintableDocument): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<title>${escapeHtml(title)}</title>
<style>${printStyles}${packetStyles}</style>
</head>
<body>
${watermark ? watermarkHtml(watermark) : ''}
${body}
</body>
</html>
`;
}

/** Sized as the policy controlled copy sizes its own: the longest wording still fits the diagonal of a Letter page. */
function watermarkHtml(text: string): string {
  const size = Math.min(54, Math.round(560 / (text.length * 0.68)));
  return `<div class="watermark" aria-hidden="true"><span style="font-size: ${size}pt">${escapeHtml(text)}</span></div>`;
}

/**
 * Paper cannot be clicked, so a link whose words are not its address gets the address printed after it (as the
 * policy controlled copy does). markdown-it writes links exactly as <a href="…">…</a> with the address escaped.
 */
export function withLinkTargets(html: string): string {
  return html.replace(/<a href="([^"]*)">([\s\S]*?)<\/a>/g, (link, href: string, text: string) => {
    const shown = href.replace(/^mailto:/i, '');
    return text === href || text === shown ? link : `${link}<span class="link-target"> &lt;${shown}&gt;</span>`;
  });
}
