// The packet's risk page: the 5×5 heat map of residual scores as they stood on the meeting day (drawn from the same
// chart definition as the Risks screen) and the top risks with what moved since the previous meeting.
import { riskHeatMapDefinition } from '../../../../shared/charts/risk-heat-map';
import { riskMovementLabel } from '../../../../shared/domain/risk';
import type { TopRisk, TopRisks } from '../../planning/packet-pieces';
import { chartSvg } from '../chart-svg';
import { escapeHtml as e } from '../escape-html';

const styles = `<style>
.risk-page .heat-map { width: 420px; margin: 0 auto 12px; }
.risk-page td.ref, .risk-page .nowrap { white-space: nowrap; }
.risk-page td.score { text-align: right; font-variant-numeric: tabular-nums; }
.risk-page .escalated { font-weight: 700; color: #9b1c1c; }
.risk-page .moved-up { color: #9b1c1c; }
.risk-page .moved-down { color: #1d6b37; }
</style>`;

function movementText(r: TopRisk, since: string | null): string {
  if (!since || !r.movement) return '<span class="muted">—</span>';
  if (r.movement === 'new') return `<span class="moved-up">New since <span class="nowrap">${e(since)}</span></span>`;
  if (r.movement === 'unchanged') return '<span class="muted">No change</span>';
  return `<span class="moved-${r.movement}">${riskMovementLabel[r.movement].replace(' since', '')}: ${r.before} → ${r.residualScore}</span>`;
}

export function riskHeatMapHtml(data: TopRisks): string {
  const svg = chartSvg(riskHeatMapDefinition(data.heatMap), { width: 420, height: 340 });
  const rows = data.risks
    .map((r) => `<tr><td class="ref">${e(r.reference ?? '')}</td><td>${e(r.title)}${r.owner ? `<div class="muted">${e(r.owner)}</div>` : ''}</td>
<td class="score">${r.inherentScore}</td><td class="score${r.escalated ? ' escalated' : ''}">${r.residualScore}${r.escalated ? ' — escalated' : ''}</td>
<td>${e(r.band)}</td><td>${movementText(r, data.since)}</td></tr>`)
    .join('');
  const since = data.since ? ` · ${data.moved} moved since ${e(data.since)}` : '';
  return `${styles}<section class="risk-page">
<h1 class="record-title">Top risks as of ${e(data.asOf)}</h1>
<p class="muted">Residual likelihood × impact; 15 or more is escalated to the board${since}.</p>
<figure class="heat-map" aria-label="Risk heat map">${svg}</figure>
${data.risks.length === 0 ? '<p class="muted">No open risks were on the register on this day.</p>' : `<table class="records">
<thead><tr><th>Ref.</th><th>Risk</th><th>Inherent</th><th>Residual</th><th>Band</th><th>Since the last meeting</th></tr></thead>
<tbody>${rows}</tbody></table>`}
</section>`;
}
