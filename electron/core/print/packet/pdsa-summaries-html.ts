// The packet's PDSA page: each cycle as it stood on the meeting day — the question and prediction, and, once studied
// and decided, what was learnt and the decision — in chain order, so the board reads how an idea was refined.
import type { PdsaSummary } from '../../planning/packet-pieces';
import { escapeHtml as e } from '../escape-html';

const styles = `<style>
.pdsa-page article { break-inside: avoid; border-top: 1px solid #ccc; padding: 6px 0 8px; }
.pdsa-page h2 { font-size: 12pt; margin: 0 0 2px; }
.pdsa-page dl { display: grid; grid-template-columns: 9em 1fr; gap: 2px 10px; margin: 4px 0 0; }
.pdsa-page dt { font-weight: 600; }
.pdsa-page dd { margin: 0; white-space: pre-wrap; }
</style>`;

const fact = (label: string, text: string | null) => (text && text.trim() ? `<dt>${e(label)}</dt><dd>${e(text.trim())}</dd>` : '');

export function pdsaSummariesHtml(asOf: string, summaries: readonly PdsaSummary[]): string {
  const articles = summaries
    .map((s) => `<article><h2>${e(s.title)}</h2>
<p class="muted">${e(s.subject)} · ${e(s.stateLabel)}${s.chain ? ` · ${e(s.chain)}` : ''}${s.owner ? ` · ${e(s.owner)}` : ''}</p>
<dl>${fact('Question', s.question)}${fact('Prediction', s.prediction)}${fact('Study', s.study)}${fact('Decision', s.act)}</dl></article>`)
    .join('');
  return `${styles}<section class="pdsa-page"><h1 class="record-title">PDSA cycles as of ${e(asOf)}</h1>
${summaries.length === 0 ? '<p class="muted">No PDSA cycles had started by this day.</p>' : articles}</section>`;
}
