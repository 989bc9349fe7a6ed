// The quality scorecard in a packet: one scorecard page (target, latest, trend, signal, status in words and colour),
// then a page per charted measure, then PDSA summaries and the risk heat map when the record carries them.
import { escapeHtml as e } from '../escape-html';
import type { KpiScorecardLine, KpiSnapshotRecord } from './packet-data';

const statusColours: Record<KpiScorecardLine['statusKey'], string> = { 'on-track': '#1b6b35', 'at-risk': '#8a5300', 'off-track': '#8b1a1a', 'not-rated': '#5b6570' };
const effectWords: Record<string, string> = { adverse: 'Adverse', favourable: 'Favourable', neutral: 'Non-random' };

export const kpiSnapshotStyles = `
.kpi-asof { color: #4a5663; margin: -4pt 0 10pt; }
.kpi-table { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
.kpi-table th, .kpi-table td { border-bottom: 0.5pt solid #d5dbe1; padding: 3pt 4pt; text-align: left; vertical-align: middle; }
.kpi-table th { font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.04em; color: #4a5663; }
.kpi-perspective { font-size: 11pt; margin: 12pt 0 4pt; }
.kpi-goal td { background: #f3f5f7; font-weight: 700; }
.kpi-status { font-weight: 700; white-space: nowrap; }
.kpi-status::before { content: ''; display: inline-block; width: 6pt; height: 6pt; border-radius: 50%; background: currentColor; margin-right: 3pt; vertical-align: 0.5pt; }
.kpi-chart { break-inside: avoid; margin: 0 0 14pt; }
.kpi-chart h2 { font-size: 12pt; margin: 0 0 2pt; }
.kpi-chart .sub { color: #4a5663; font-size: 8.5pt; margin: 0 0 6pt; }
.kpi-chart ul { font-size: 8.5pt; margin: 4pt 0 0; padding-left: 12pt; }
.kpi-chart svg { display: block; max-width: 100%; height: auto; }
.kpi-signal-adverse { color: #8b1a1a; font-weight: 700; }
.kpi-signal-favourable { color: #1b6b35; font-weight: 700; }
.kpi-signal-neutral { color: #8a5300; font-weight: 700; }
`;

function sparkline(values: readonly number[]): string {
  if (values.length < 2) return '<span class="muted">—</span>';
  const w = 70;
  const h = 16;
  const min = Math.min(...values);
  const span = Math.max(...values) - min || 1;
  const pts = values.map((v, i) => `${((i / (values.length - 1)) * (w - 2) + 1).toFixed(1)},${(h - 1 - ((v - min) / span) * (h - 2)).toFixed(1)}`).join(' ');
  return `<svg width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="Trend"><polyline points="${pts}" fill="none" stroke="#1f4e79" stroke-width="1.2"/></svg>`;
}

function statusCell(label: string, key: KpiScorecardLine['statusKey']): string {
  return label ? `<span class="kpi-status" style="color:${statusColours[key]}">${e(label)}</span>` : '';
}

export function kpiScorecardBody(record: KpiSnapshotRecord): string {
  const sections = record.perspectives.map((p) => {
    const rows = p.goals.map((g) => `<tr class="kpi-goal"><td colspan="5">${e(g.title)}</td><td>${statusCell(g.status, g.statusKey)}</td></tr>` +
      g.lines.map((l) => `<tr>
  <td>${e(l.name)}<br><span class="muted">${e(l.chartName)}</span></td>
  <td>${l.target ? e(l.target) : '<span class="muted">No target</span>'}</td>
  <td>${l.latest ? `${e(l.latest)} <span class="muted">${e(l.latestPeriod ?? '')}</span>` : '<span class="muted">No values</span>'}</td>
  <td>${sparkline(l.trend)}</td>
  <td>${l.signal ? `<span class="kpi-signal-${l.signal.effect}">${e(l.signal.title)}</span>` : '<span class="muted">None</span>'}</td>
  <td>${statusCell(l.status, l.statusKey)}</td>
</tr>`).join('')).join('');
    return `<h2 class="kpi-perspective">${e(p.name)}</h2>
<table class="kpi-table"><thead><tr><th style="width:32%">Measure</th><th>Target</th><th>Latest</th><th>Trend</th><th>Signal</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>`;
  });
  return `<style>${kpiSnapshotStyles}</style><h1 class="record-title">${e(record.title)}</h1>
<p class="kpi-asof">As of the meeting day, ${e(record.asOf)}: values of periods that ended before it. Status: on track meets the target with no adverse signal; at risk misses it or shows an adverse signal; off track misses it two periods running with an adverse signal.</p>
${sections.join('') || '<p class="empty-note">No measures had values by the meeting day.</p>'}`;
}

export function kpiChartsBody(record: KpiSnapshotRecord): string {
  const charts = record.charts.map((c) => `<section class="kpi-chart">
<h2>${e(c.title)}</h2><p class="sub">${e(c.subtitle)}</p>
${c.svgs.join('')}
${c.signals.length ? `<ul>${c.signals.map((s) => `<li><span class="kpi-signal-${e(s.effect)}">${e(effectWords[s.effect] ?? s.effect)}</span> ${e(s.text)}</li>`).join('')}</ul>` : '<p class="empty-note">No control-chart signals.</p>'}
${c.notes.map((n) => `<p class="muted">${e(n)}</p>`).join('')}
</section>`);
  return `<style>${kpiSnapshotStyles}</style><h1 class="record-title">${record.scope === 'scorecard' ? 'Charts: what is off track' : 'Charts'}</h1>${charts.join('')}`;
}

/** The extension points: PDSA summaries and the risk heat map, printed only when the record carries them. */
