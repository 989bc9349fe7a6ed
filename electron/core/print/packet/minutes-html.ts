// The minutes of one meeting as a printed document: attendance and quorum, each item's minutes with its motions and
// tallies, action items, approval status and amendments; a draft is watermarked on every page.
import { renderPolicyMarkdown } from '../../../../shared/domain/policy-markdown';
import { escapeHtml as e } from '../escape-html';
import type { MinutesAttendance, MinutesData, MinutesMotion } from './minutes-data';
import { printableDocumentHtml, withLinkTargets } from './printable-document';

export const draftMinutesWatermark = 'DRAFT — NOT YET APPROVED';

const attendanceLabels: Record<MinutesAttendance['status'], string> = { present: 'Present', absent: 'Absent', excused: 'Excused', guest: 'Guest' };

export function minutesTitle(data: Pick<MinutesData, 'committeeName' | 'meetingTitle'>): string {
  return `${data.committeeName} — ${data.meetingTitle} — minutes`;
}

export function minutesHtml(data: MinutesData): string {
  const approved = data.approval.status === 'approved';
  const attendance = data.attendance
    .map((a) => `<li>${e(a.name)} <span class="muted">— ${e(a.role)}</span><span class="status">${attendanceLabels[a.status]}</span></li>`)
    .join('');
  const items = data.items
    .map((item) => {
      const motions = data.motions.filter((m) => m.item === item.number).map(motionHtml).join('');
      const text = item.minutes?.trim() ? withLinkTargets(renderPolicyMarkdown(item.minutes)) : '<p class="empty-note">No minutes recorded.</p>';
      return `<section class="minutes-item"><h3><span class="number">${e(item.number)}</span>${e(item.title)}${item.confidential ? '<span class="executive-session">Executive session</span>' : ''}</h3>${text}${motions}</section>`;
    })
    .join('');
  // A motion made under a number that is not on the list (a late item) is still printed, never dropped.
  const listed = new Set(data.items.map((item) => item.number));
  const stray = data.motions.filter((m) => !listed.has(m.item));
  const actions = data.actionItems
    .map((a) => `<tr><td>${e(a.description)}</td><td>${e(a.owner)}</td><td class="date">${a.dueOn ? e(a.dueOn) : '—'}</td><td class="status">${e(a.status)}</td></tr>`)
    .join('');
  const amendments = data.amendments.map((a) => `<tr><td>${e(a.text)}</td><td class="date">${e(a.approvedOn)}</td></tr>`).join('');
  const status =
    data.approval.status === 'approved'
      ? `<p class="approval-status approved">Approved on ${e(data.approval.approvedOn)}</p>`
      : '<p class="approval-status draft">Draft — not yet approved by the committee</p>';

  const body = `<p class="section-kicker">${e(data.organisationName)} · ${e(data.committeeName)}</p>
<h1 class="section-title">Minutes — ${e(data.meetingTitle)}</h1>
<p class="section-subtitle">${e(data.when)}${data.location ? ` · ${e(data.location)}` : ''}</p>
${status}
<h2 class="record-section">Attendance</h2>
${attendance ? `<ul class="attendance">${attendance}</ul>` : '<p class="empty-note">No attendance recorded.</p>'}
<p class="quorum">${e(data.quorum)}</p>
<h2 class="record-section">Proceedings</h2>
<section class="record-text">${items || '<p class="empty-note">No items were minuted.</p>'}</section>
${stray.length > 0 ? `<h2 class="record-section">Other motions</h2>${stray.map(motionHtml).join('')}` : ''}
<h2 class="record-section">Action items</h2>
${actions ? `<table><thead><tr><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr></thead><tbody>${actions}</tbody></table>` : '<p class="empty-note">No action items.</p>'}
${amendments ? `<h2 class="record-section">Amendments after approval</h2><table><thead><tr><th>Amendment</th><th>Approved</th></tr></thead><tbody>${amendments}</tbody></table>` : ''}`;
  return printableDocumentHtml({ title: minutesTitle(data), body, watermark: approved ? null : draftMinutesWatermark });
}

function motionHtml(motion: MinutesMotion): string {
  const moved = [motion.mover ? `Moved by ${e(motion.mover)}` : null, motion.seconder ? `seconded by ${e(motion.seconder)}` : null].filter(Boolean).join(', ');
  return `<div class="motion"><p><strong>Motion:</strong> ${e(motion.text)}</p>
<p class="meta">${moved ? `${moved} · ` : ''}Vote: ${e(motion.tally)} · <span class="motion-result">${e(motion.result)}</span></p></div>`;
}
