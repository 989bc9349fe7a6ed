// Each kind of record linked to an agenda item, printed as one or more documents: a policy version and its redline,
// a credentialing report, open action items, the prior meeting's minutes, or plain text.
import { renderPolicyMarkdown } from '../../../../shared/domain/policy-markdown';
import { policyVersionStateLabels, type PolicyVersionState } from '../../../../shared/domain/policy-lifecycle';
import { consultTypeLabels, caseStateLabels } from '../../../../shared/domain/ethics-cases';
import { escapeHtml as e } from '../escape-html';
import { policyWatermark } from '../policy-document';
import type { PacketAgendaItem, PacketData, PacketLinkedRecord } from './packet-data';
import { printableDocumentHtml, withLinkTargets } from './printable-document';
import { redlineBodyHtml } from './redline-html';
import { kpiChartsBody, kpiScorecardBody } from './kpi-snapshot-html';
import { pdsaSummariesHtml } from './pdsa-summaries-html';
import { riskHeatMapHtml } from './risk-heat-map-html';

/** One printed document of a linked record; its title is its bookmark and its line in the contents. */
export interface RecordDocument {
  title: string;
  html: string;
}

export function linkedRecordTitle(record: PacketLinkedRecord): string {
  return record.kind === 'policy-version' ? `${record.reference} v${record.versionNumber} — ${record.title}` : record.title;
}

export function linkedRecordDocuments(data: PacketData, item: PacketAgendaItem, record: PacketLinkedRecord): RecordDocument[] {
  const kicker = `<p class="section-kicker">Item ${e(item.number)} · ${e(item.title)}</p>`;
  const page = (title: string, body: string, watermark: string | null = null): RecordDocument => ({
    title,
    html: printableDocumentHtml({ title: `${data.committeeName} — ${title}`, body: `${kicker}${body}`, watermark }),
  });
  switch (record.kind) {
    case 'policy-version':
      return policyDocuments(record, page);
    case 'credential-report':
      return [page(record.title, `<h1 class="record-title">${e(record.title)}</h1>${credentialTables(record)}`)];
    case 'action-items':
      return [page(record.title, `<h1 class="record-title">${e(record.title)}</h1>${actionItemsTable(record.rows)}`)];
    case 'recommendation-slate':
      return [page(record.title, `<h1 class="record-title">${e(record.title)}</h1>${slateTable(record)}`)];
    case 'training-report':
      return [page(record.title, `<h1 class="record-title">${e(record.title)}</h1>${trainingTables(record)}`)];
    case 'prior-minutes':
      return [page(record.title, priorMinutesBody(record))];
    case 'kpi-snapshot': {
      // One scorecard page, then the charts of what is off track, the PDSA cycles and the top risks on the heat map.
      const documents = [page(record.title, kpiScorecardBody(record))];
      if (record.charts.length) documents.push(page(`${record.title}: charts`, kpiChartsBody(record)));
      if (record.pdsa) documents.push(page(`${record.title}: PDSA cycles`, pdsaSummariesHtml(record.asOf, record.pdsa)));
      if (record.risks) documents.push(page(`${record.title}: top risks`, riskHeatMapHtml(record.risks)));
      return documents;
    }
    case 'ethics-summary':
      return [page(record.title, ethicsSummaryBody(record))];
    case 'ethics-report':
      return [page(record.title, ethicsReportBody(record))];
    case 'text':
      return [page(record.title, `<h1 class="record-title">${e(record.title)}</h1><section class="record-text">${markdownHtml(record.markdown)}</section>`)];
  }
}

type PolicyRecord = Extract<PacketLinkedRecord, { kind: 'policy-version' }>;

function policyDocuments(record: PolicyRecord, page: (title: string, body: string, watermark?: string | null) => RecordDocument): RecordDocument[] {
  const state = knownState(record.state);
  const stateLabel = state ? policyVersionStateLabels[state] : record.state;
  // As on the controlled copy: a version not in force says so on every page, so the paper cannot pass for the policy.
  const watermark = state ? policyWatermark(state) : null;
  const header = `<header class="policy-header">
  <p class="reference">${e(record.reference)} <span class="sep">·</span> Version ${record.versionNumber}</p>
  <h1 class="policy-title">${e(record.title)}</h1>
  <dl class="facts">
    <div><dt>State</dt><dd class="state state-${e(state ?? 'other')}">${e(stateLabel)}</dd></div>
    <div><dt>Version</dt><dd>${record.versionNumber}</dd></div>
    <div><dt>Compared with</dt><dd>${record.redline ? `Version ${record.redline.fromVersionNumber}` : '<span class="muted">First version</span>'}</dd></div>
    <div><dt>For</dt><dd>Approval</dd></div>
  </dl>
  ${record.changeSummary.trim() ? `<section class="record"><h2>Changes in this version</h2><p>${e(record.changeSummary.trim())}</p></section>` : ''}
</header>`;
  const documents = [page(linkedRecordTitle(record), `${header}<main class="policy-text">${markdownHtml(record.body)}</main>`, watermark)];
  if (record.redline) {
    const title = `Changes since version ${record.redline.fromVersionNumber}`;
    const heading = `<p class="reference">${e(record.reference)} <span class="sep">·</span> Version ${record.redline.fromVersionNumber} → Version ${record.versionNumber}</p>
<h1 class="record-title">${title}</h1>`;
    documents.push(page(title, `${heading}${redlineBodyHtml(record.redline.segments, record.redline.fromVersionNumber, record.versionNumber)}`));
  }
  return documents;
}

function knownState(state: string): PolicyVersionState | null {
  const key = state.trim().toLowerCase().replace(/\s+/g, '-');
  return key in policyVersionStateLabels ? (key as PolicyVersionState) : null;
}

function credentialTables(record: Extract<PacketLinkedRecord, { kind: 'credential-report' }>): string {
  const credentials = record.rows
    .map(
      (r) => `<tr><td>${e(r.practitioner)}</td><td>${e(r.department)}</td><td>${e(r.credential)}</td><td class="date">${r.expiresOn ? e(r.expiresOn) : '<span class="muted">No expiry</span>'}</td><td class="status ${statusClass(r.status)}">${e(r.status)}</td></tr>`,
    )
    .join('');
  const reappointments = record.reappointments
    .map((r) => `<tr><td>${e(r.practitioner)}</td><td>${e(r.department)}</td><td class="date">${e(r.dueOn)}</td><td class="status ${statusClass(r.state)}">${e(r.state)}</td></tr>`)
    .join('');
  return `<h2 class="record-section">Credentials</h2>
${record.rows.length > 0 ? `<table><thead><tr><th>Practitioner</th><th>Department</th><th>Credential</th><th>Expires</th><th>Status</th></tr></thead><tbody>${credentials}</tbody></table>` : '<p class="empty-note">No credentials to report.</p>'}
<h2 class="record-section">Reappointments</h2>
${record.reappointments.length > 0 ? `<table><thead><tr><th>Practitioner</th><th>Department</th><th>Due</th><th>State</th></tr></thead><tbody>${reappointments}</tbody></table>` : '<p class="empty-note">No reappointments due.</p>'}`;
}

/** One row per applicant: what the committee needs to act on the file without opening it. */
function slateTable(record: Extract<PacketLinkedRecord, { kind: 'recommendation-slate' }>): string {
  const decided = record.rows.some((r) => r.decision);
  const rows = record.rows
    .map(
      (r) => `<tr><td>${e(r.practitioner)}<br><span class="muted">${e(r.department)}</span></td><td>${e(r.category)}</td><td>${r.privileges.length ? r.privileges.map(e).join('<br>') : '<span class="muted">None listed</span>'}</td><td>${e(r.evaluation)}</td><td class="${r.verificationComplete ? '' : 'status-expiring'}">${r.verificationComplete ? 'Complete' : 'Incomplete'}</td><td>${e(r.recommendation)}</td>${decided ? `<td>${r.decision ? e(r.decision) : '<span class="muted">Not decided</span>'}</td>` : ''}</tr>`,
    )
    .join('');
  return `<p class="section-subtitle">Files as they stood on ${e(record.asOf)}, the day of the meeting · recommendation of the ${e(record.recommendedBy)}</p>
${record.rows.length > 0 ? `<table style="table-layout: fixed"><thead><tr><th style="width:${decided ? 16 : 19}%">Applicant</th><th style="width:10%">Category</th><th style="width:${decided ? 16 : 21}%">Privileges requested</th><th style="width:14%">FPPE/OPPE</th><th style="width:13%">Verification</th><th>Recommendation</th>${decided ? '<th style="width:14%">Decision</th>' : ''}</tr></thead><tbody>${rows}</tbody></table>` : '<p class="empty-note">No reappointment reached this meeting.</p>'}`;
}

function trainingTables(record: Extract<PacketLinkedRecord, { kind: 'training-report' }>): string {
  type Counts = { assigned: number; current: number; dueSoon: number; overdue: number; exempt: number; onLeave?: number };
  const pct = (c: Counts) => (c.assigned ? `${Math.floor((c.current / c.assigned) * 100)}%` : '—');
  const countCells = (c: Counts) => `<td class="date">${c.assigned}</td><td class="date">${c.current}</td><td class="date">${c.dueSoon}</td><td class="date${c.overdue ? ' status status-danger' : ''}">${c.overdue}</td><td class="date">${c.exempt}</td><td class="date">${c.onLeave ?? 0}</td><td class="date">${pct(c)}</td>`;
  const head = (first: string) => `<thead><tr><th>${first}</th><th>Assigned</th><th>Current</th><th>Due soon</th><th>Overdue</th><th>Exempt</th><th>On leave</th><th>Compliance</th></tr></thead>`;
  const table = (first: string, rows: (Counts & { name: string })[], empty: string) =>
    rows.length ? `<table>${head(first)}<tbody>${rows.map((r) => `<tr><td>${e(r.name)}</td>${countCells(r)}</tr>`).join('')}</tbody></table>` : `<p class="empty-note">${empty}</p>`;
  const shortfalls = record.cmeShortfalls.length
    ? `<table><thead><tr><th>Practitioner</th><th>State</th><th>Reappointment due</th><th>CME short</th></tr></thead><tbody>${record.cmeShortfalls.map((s) => `<tr><td>${e(s.practitioner)}</td><td>${e(s.state)}</td><td class="date">${e(s.reappointmentDue)}</td><td>${e(s.shortfall)}</td></tr>`).join('')}</tbody></table>`
    : '<p class="empty-note">No practitioner due for reappointment in the next 90 days is short of CME.</p>';
  return `<p>Figures as they stand on ${e(record.asOf)}, the day of the meeting.</p>
<h2 class="record-section">Compliance by department</h2>
${table('Department', record.byDepartment.map((d) => ({ name: d.department, ...d })), 'No training requirement applies to anyone yet.')}
<h2 class="record-section">By requirement</h2>
${table('Requirement', record.byRequirement.map((r) => ({ name: r.requirement, ...r })), 'No requirements.')}
<h2 class="record-section">MATE Act (every DEA registrant, one-time 8 hours)</h2>
${table('Requirement', record.mateAct.map((r) => ({ name: r.requirement, ...r })), 'No requirement reaches DEA registrants: add the MATE Act training under Training → Requirements.')}
<h2 class="record-section">CME shortfalls before reappointment (next 90 days)</h2>
${shortfalls}`;
}

function actionItemsTable(rows: Extract<PacketLinkedRecord, { kind: 'action-items' }>['rows']): string {
  if (rows.length === 0) return '<p class="empty-note">No open action items.</p>';
  const body = rows
    .map(
      (r) => `<tr><td>${e(r.description)}</td><td>${e(r.owner)}</td><td class="date">${r.dueOn ? e(r.dueOn) : '<span class="muted">—</span>'}</td><td class="status ${statusClass(r.status)}">${e(r.status)}</td><td>${e(r.fromMeeting)}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>Action</th><th>Owner</th><th>Due</th><th>Status</th><th>From meeting</th></tr></thead><tbody>${body}</tbody></table>`;
}

function priorMinutesBody(record: Extract<PacketLinkedRecord, { kind: 'prior-minutes' }>): string {
  const items = record.items
    .map((i) => `<section class="minutes-item"><h3>${e(i.title)}${i.confidential ? ' <span class="executive-session">Executive session</span>' : ''}</h3>${i.minutes?.trim() ? markdownHtml(i.minutes) : '<p class="empty-note">No minutes recorded.</p>'}</section>`)
    .join('');
  const motions = record.motions
    .map((m) => `<tr><td>${e(m.text)}</td><td class="date">${e(m.tally)}</td><td class="motion-result">${e(m.result)}</td></tr>`)
    .join('');
  return `<h1 class="record-title">${e(record.title)}</h1>
<p class="section-subtitle">Minutes of ${e(record.meetingTitle)}, held ${e(record.heldOn)} · for approval</p>
<section class="record-text">${items || '<p class="empty-note">No items were minuted.</p>'}</section>
<h2 class="record-section">Motions</h2>
${record.motions.length > 0 ? `<table><thead><tr><th>Motion</th><th>Votes</th><th>Result</th></tr></thead><tbody>${motions}</tbody></table>` : '<p class="empty-note">No motions were made.</p>'}`;
}

function markdownHtml(source: string): string {
  return withLinkTargets(renderPolicyMarkdown(source));
}

/** Colour follows the words a status uses ("Expired", "Overdue", "Expiring", "Due"), and the words are always printed. */
function statusClass(status: string): string {
  const word = status.toLowerCase();
  if (/expired|overdue|lapsed/.test(word)) return 'status-expired';
  if (/expiring|due|pending/.test(word)) return 'status-expiring';
  return '';
}

function ethicsSummaryBody(record: Extract<PacketLinkedRecord, { kind: 'ethics-summary' }>): string {
  const facts = `<dl class="facts"><div><dt>Case</dt><dd>${e(record.caseNumber)}</dd></div><div><dt>Type</dt><dd>${e(record.consultType)}</dd></div><div><dt>Signed off</dt><dd>${record.signedOff ? e(record.signedOff) : '<span class="muted">Not signed off</span>'}</dd></div></dl>`;
  const body = record.text
    ? record.text.split(/\n{2,}/).map((p) => `<p>${e(p.trim()).replace(/\n/g, '<br>')}</p>`).join('')
    : '<p class="empty-note">The summary\'s sign-off was undone after it was linked; it is printed again once a reviewer signs it off.</p>';
  return `<h1 class="record-title">${e(record.title)}</h1>${facts}<p class="section-subtitle">De-identified under HIPAA Safe Harbor (45 CFR 164.514(b)(2)); staff names removed. Bracketed words stand where an identifier was.</p><section class="record-text">${body}</section>`;
}

function ethicsReportBody(record: Extract<PacketLinkedRecord, { kind: 'ethics-report' }>): string {
  const r = record.report;
  const table = (head: string, rows: [string, number][]) =>
    rows.length === 0 ? '<p class="empty-note">None.</p>' : `<table><thead><tr><th>${e(head)}</th><th class="date">Cases</th></tr></thead><tbody>${rows.map(([k, n]) => `<tr><td>${e(k)}</td><td class="date">${n}</td></tr>`).join('')}</tbody></table>`;
  const median = r.medianHoursToRecommendation === null ? 'No recommendation yet' : r.medianHoursToRecommendation < 48 ? `${r.medianHoursToRecommendation} hours` : `${Math.round(r.medianHoursToRecommendation / 24 * 10) / 10} days`;
  return `<h1 class="record-title">${e(record.title)}</h1>
<p class="section-subtitle">${e(record.period)} · counts only, no patient details</p>
<dl class="facts"><div><dt>Consultations</dt><dd>${r.total}</dd></div><div><dt>Median request → recommendation</dt><dd>${e(median)}</dd></div></dl>
<h2 class="record-section">By month</h2>${table('Month', r.byMonth.map((m) => [m.month, m.count]))}
<h2 class="record-section">By type</h2>${table('Type', r.byType.map((t) => [consultTypeLabels[t.type], t.count]))}
<h2 class="record-section">By unit</h2>${table('Unit', r.byUnit.map((u) => [u.unit, u.count]))}
<h2 class="record-section">By step</h2>${table('CASES step', r.byState.map((s) => [caseStateLabels[s.state], s.count]))}
<h2 class="record-section">Recurring themes</h2>${table('Theme', r.themes.map((t) => [t.theme, t.count]))}
<h2 class="record-section">Policy recommendations</h2>${r.policyRecommendations.length ? `<ul>${r.policyRecommendations.map((p) => `<li><strong>${e(p.caseNumber)}</strong>: ${e(p.text)}</li>`).join('')}</ul>` : '<p class="empty-note">None.</p>'}`;
}
