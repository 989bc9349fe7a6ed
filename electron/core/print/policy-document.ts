// One policy version as a printed controlled copy: the HTML page, printed, then stamped with its reference on every page.
import { renderPolicyMarkdown } from '../../../shared/domain/policy-markdown';
import { policyVersionStateLabels, type PolicyVersionState } from '../../../shared/domain/policy-lifecycle';
import { escapeHtml } from './escape-html';
import { mergePdfs, pageOfPages, setMetadata, stampPages } from './pdf-assembly';
import { printStyles } from './print-styles';
import type { PdfPrinter } from './printer';

export interface PolicyApprovalPrintLine {
  approverName: string;
  decision: 'pending' | 'approved' | 'rejected';
  /** ISO date or date-time; printed as its date. */
  decidedAt: string | null;
  comment: string | null;
}

export interface PolicyPrintData {
  organisationName: string;
  reference: string;
  title: string;
  versionNumber: number;
  state: PolicyVersionState;
  /** YYYY-MM-DD, or null while no date is set. */
  effectiveOn: string | null;
  ownerName: string;
  changeSummary: string;
  approvals: PolicyApprovalPrintLine[];
  standards: { code: string; title: string }[];
  /** The policy text, Markdown. */
  body: string;
  /** YYYY-MM-DD, the director's today: the footer says when this paper copy was made. */
  printedOn: string;
}

/** Printed across every page of a version that is not in force, so a paper copy cannot pass for the policy in force. */
const notInForceWatermarks: Record<PolicyVersionState, string | null> = {
  draft: 'DRAFT — NOT IN FORCE',
  'in-review': 'DRAFT — NOT IN FORCE',
  approved: 'APPROVED — NOT YET IN FORCE',
  active: null,
  superseded: 'SUPERSEDED — NOT IN FORCE',
  retired: 'RETIRED — NOT IN FORCE',
};

const decisionLabels: Record<PolicyApprovalPrintLine['decision'], string> = { pending: 'Pending', approved: 'Approved', rejected: 'Rejected' };

export function policyWatermark(state: PolicyVersionState): string | null {
  return notInForceWatermarks[state];
}

/** "CONTROLLED COPY · MS-014 v3 · printed 2026-11-23", the left-hand footer of every page. */
export function controlledCopyLabel(data: Pick<PolicyPrintData, 'reference' | 'versionNumber' | 'printedOn'>): string {
  return `CONTROLLED COPY · ${data.reference} v${data.versionNumber} · printed ${data.printedOn}`;
}

export function policyDocumentTitle(data: Pick<PolicyPrintData, 'reference' | 'title' | 'versionNumber'>): string {
  return `${data.reference} ${data.title} v${data.versionNumber}`;
}

export function policyVersionHtml(data: PolicyPrintData): string {
  const e = escapeHtml;
  const watermark = policyWatermark(data.state);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<title>${e(policyDocumentTitle(data))}</title>
<style>${printStyles}</style>
</head>
<body class="${watermark ? 'not-in-force' : 'in-force'}">
${watermark ? watermarkHtml(watermark) : ''}
<header class="policy-header">
  <p class="organisation">${e(data.organisationName)}</p>
  <p class="reference">${e(data.reference)} <span class="sep">·</span> Version ${data.versionNumber}</p>
  <h1 class="policy-title">${e(data.title)}</h1>
  <dl class="facts">
    <div><dt>State</dt><dd class="state state-${e(data.state)}">${e(policyVersionStateLabels[data.state])}</dd></div>
    <div><dt>Effective</dt><dd>${data.effectiveOn ? e(data.effectiveOn) : '<span class="muted">Not set</span>'}</dd></div>
    <div><dt>Owner</dt><dd>${e(data.ownerName)}</dd></div>
    <div><dt>Printed</dt><dd>${e(data.printedOn)}</dd></div>
  </dl>
  ${changeSummaryHtml(data.changeSummary)}
  ${approvalsHtml(data.approvals)}
  ${standardsHtml(data.standards)}
</header>
<main class="policy-text">
${withLinkTargets(renderPolicyMarkdown(data.body))}
</main>
</body>
</html>
`;
}

/** Sized so the longest wording still fits the diagonal of a Letter page in portrait. */
function watermarkHtml(text: string): string {
  const size = Math.min(54, Math.round(560 / (text.length * 0.68)));
  return `<div class="watermark" aria-hidden="true"><span style="font-size: ${size}pt">${escapeHtml(text)}</span></div>`;
}

/**
 * Paper cannot be clicked, so a link whose words are not its address gets the address printed after it.
 * markdown-it writes links exactly as <a href="…">…</a> with the address already escaped, so it is safe as text too.
 */
function withLinkTargets(html: string): string {
  return html.replace(/<a href="([^"]*)">([\s\S]*?)<\/a>/g, (link, href: string, text: string) => {
    const shown = href.replace(/^mailto:/i, '');
    return text === href || text === shown ? link : `${link}<span class="link-target"> &lt;${shown}&gt;</span>`;
  });
}

function changeSummaryHtml(summary: string): string {
  if (summary.trim() === '') return '';
  return `<section class="record"><h2>Changes in this version</h2><p>${escapeHtml(summary.trim())}</p></section>`;
}

function approvalsHtml(approvals: PolicyApprovalPrintLine[]): string {
  const rows = approvals
    .map(
      (step) => `<tr>
        <td>${escapeHtml(step.approverName)}</td>
        <td class="decision decision-${step.decision}">${decisionLabels[step.decision]}</td>
        <td class="date">${step.decidedAt ? escapeHtml(step.decidedAt.slice(0, 10)) : '—'}</td>
        <td>${step.comment ? escapeHtml(step.comment) : ''}</td>
      </tr>`,
    )
    .join('');
  const body = approvals.length > 0 ? rows : '<tr><td colspan="4" class="muted">No approvals recorded for this version.</td></tr>';
  return `<section class="record"><h2>Approval record</h2>
  <table class="approvals"><thead><tr><th>Approver</th><th>Decision</th><th>Date</th><th>Comment</th></tr></thead><tbody>${body}</tbody></table></section>`;
}

function standardsHtml(standards: PolicyPrintData['standards']): string {
  if (standards.length === 0) return '';
  const items = standards.map((s) => `<li><span class="code">${escapeHtml(s.code)}</span> ${escapeHtml(s.title)}</li>`).join('');
  return `<section class="record"><h2>Standards cited</h2><ul class="standards">${items}</ul></section>`;
}

/** Prints the version, stamps "CONTROLLED COPY · reference vN · printed date" and "Page n of N" on every page. */
export async function exportPolicyVersionPdf(printer: PdfPrinter, data: PolicyPrintData): Promise<Uint8Array> {
  const printed = await printer.print(policyVersionHtml(data));
  const doc = await mergePdfs([printed]);
  const footer = controlledCopyLabel(data);
  await stampPages(doc, (pageIndex, pageCount) => ({ left: footer, right: pageOfPages(pageIndex, pageCount) }));
  setMetadata(doc, {
    title: policyDocumentTitle(data),
    author: data.organisationName,
    subject: `Controlled copy of ${data.reference}, version ${data.versionNumber} (${policyVersionStateLabels[data.state]})`,
  });
  return doc.save();
}
