// The look of the packet's own pages (cover, contents, agenda, item sheets, redline, minutes), added to the house
// print styles so a packet reads like the policy controlled copy it carries.

const sans = `"Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans", "DejaVu Sans", sans-serif`;
const serif = `"Charter", "Bitstream Charter", "Georgia", "Cambria", "DejaVu Serif", serif`;

export const packetStyles = `
/* Section headings shared by contents, agenda, item sheets and minutes. */
.section-kicker { font-family: ${sans}; font-size: 8.5pt; letter-spacing: 0.08em; text-transform: uppercase; color: #5b6570; margin: 0 0 10pt; padding-bottom: 5pt; border-bottom: 0.75pt solid #c9d0d8; }
.section-title { font-family: ${serif}; font-size: 20pt; font-weight: 700; color: #111820; margin: 0 0 4pt; }
.section-subtitle { font-family: ${sans}; font-size: 10pt; color: #3d4752; margin: 0 0 14pt; }

/* Cover: the whole printable height, the notice held at the foot of the page. */
.cover { height: 9.2in; display: flex; flex-direction: column; }
.cover .organisation { margin-bottom: 1.3in; }
.cover-committee { font-family: ${sans}; font-size: 12pt; font-weight: 700; letter-spacing: 0.04em; color: #1f4e79; margin: 0 0 6pt; text-transform: uppercase; }
.cover-title { font-family: ${serif}; font-size: 30pt; font-weight: 700; line-height: 1.15; color: #111820; margin: 0 0 6pt; }
.cover-kind { font-family: ${sans}; font-size: 11pt; color: #5b6570; margin: 0 0 22pt; }
.cover-kind--confidential { color: #8b1a1a; font-weight: 700; letter-spacing: 0.04em; }
.in-the-room { margin-top: 14pt; }
.in-the-room ul { list-style: none; padding: 0; margin: 0; columns: 2; }
.in-the-room li { padding: 2pt 0; }
ul.changes { margin: 4pt 0 0 14pt; padding: 0; }
.in-the-room .role { color: #5b6570; }
ul.changes li { margin: 0 0 5pt; }
.cover-facts { border-top: 1.25pt solid #1f4e79; border-bottom: 0.75pt solid #c9d0d8; margin: 0 0 20pt; }
.cover-facts > div { display: flex; padding: 6pt 0; border-bottom: 0.5pt solid #e1e6eb; }
.cover-facts > div:last-child { border-bottom: 0; }
.cover-facts dt { font-family: ${sans}; font-size: 7.5pt; letter-spacing: 0.06em; text-transform: uppercase; color: #5b6570; width: 1.3in; flex: none; padding-top: 2pt; }
.cover-facts dd { margin: 0; font-size: 11pt; }
.cover-members h2 { font-size: 8.5pt; letter-spacing: 0.06em; text-transform: uppercase; color: #3d4752; margin: 0 0 4pt; }
.cover-members ul { columns: 2; column-gap: 18pt; list-style: none; padding: 0; margin: 0; font-size: 9.5pt; }
.cover-members li { margin: 0 0 2pt; break-inside: avoid; }
.cover-members .role { color: #5b6570; }
.cover-spacer { flex: 1; }
.confidentiality-notice { border: 1pt solid #8b1a1a; border-left-width: 4pt; padding: 8pt 10pt; font-size: 9pt; color: #2b1a1a; background: #fbf4f4; }
.confidentiality-notice h2 { font-size: 8.5pt; letter-spacing: 0.08em; text-transform: uppercase; color: #8b1a1a; margin: 0 0 3pt; }
.confidentiality-notice p { margin: 0; }

/* Contents: titles on the left, page numbers in a fixed column, so a number never changes how a line wraps. */
.contents { width: 100%; border-collapse: collapse; margin: 4pt 0 0; font-size: 10pt; }
.contents td { border: 0; padding: 1.5pt 0; background: none !important; vertical-align: baseline; }
.contents .number { width: 0.45in; font-family: ${sans}; font-weight: 700; color: #1f4e79; }
.contents .page { width: 0.6in; text-align: right; font-family: ${sans}; font-variant-numeric: tabular-nums; }
.contents .entry-item td { padding-top: 5pt; font-weight: 700; font-family: ${sans}; font-size: 10pt; border-top: 0.5pt solid #d5dbe1; }
.contents tr:first-child td { border-top: 0; }
.contents .entry-part td { font-size: 9.5pt; color: #3d4752; }
.contents .entry-part .title { padding-left: 12pt; }
.contents .entry-omitted td { font-size: 8.5pt; color: #8b1a1a; padding-bottom: 2pt; }
.contents .entry-omitted .title { padding-left: 12pt; }
.contents .tag { font-family: ${sans}; font-size: 7pt; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: #8b1a1a; border: 0.75pt solid #8b1a1a; border-radius: 2pt; padding: 0 3pt; margin-left: 6pt; vertical-align: 1pt; }

/* Agenda. */
.agenda th.number, .agenda td.number { width: 0.45in; white-space: nowrap; font-family: ${sans}; font-weight: 700; }
.agenda td.minutes, .agenda th.minutes { width: 0.7in; text-align: right; white-space: nowrap; }
.agenda td.kind { width: 0.95in; white-space: nowrap; }
.agenda td.presenter { width: 1.65in; }
.agenda td, .agenda th { padding: 3pt 5pt; }
/* Printed once, after the last item, not repeated at the foot of every page the table runs over. */
.agenda tfoot { display: table-row-group; }
.agenda .agenda-title { font-weight: 700; }
.agenda tr.consent-heading td { background: #f3f6f9; border-bottom: none; }
.agenda tr.consent-item td:nth-child(2) { padding-left: 14pt; }
.agenda .agenda-description { display: block; font-size: 8pt; line-height: 1.3; color: #5b6570; margin-top: 1pt; }
.agenda tfoot td { font-family: ${sans}; font-weight: 700; background: #e9eef3; }
.executive-session { display: inline-block; font-family: ${sans}; font-size: 7pt; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: #8b1a1a; border: 0.75pt solid #8b1a1a; border-radius: 2pt; padding: 0 3pt; margin-left: 4pt; vertical-align: 1pt; }
.agenda-note { font-size: 9pt; color: #3d4752; margin: -6pt 0 8pt; }

/* Item sheet: the tab divider in front of each item's papers. */
.item-number { font-family: ${sans}; font-size: 10pt; font-weight: 700; color: #1f4e79; letter-spacing: 0.04em; margin: 0 0 2pt; text-transform: uppercase; }
.item-title { font-family: ${serif}; font-size: 22pt; font-weight: 700; color: #111820; margin: 0 0 12pt; }
.item-facts { display: grid; grid-template-columns: 1fr 1.6fr 0.8fr 1fr; border-top: 1.25pt solid #1f4e79; border-bottom: 0.75pt solid #c9d0d8; margin: 0 0 14pt; }
.item-facts > div { padding: 5pt 8pt 5pt 0; }
.item-facts dt { font-family: ${sans}; font-size: 7.5pt; letter-spacing: 0.06em; text-transform: uppercase; color: #5b6570; }
.item-facts dd { margin: 1pt 0 0; font-size: 10pt; }
.item-facts .confidential { color: #8b1a1a; font-weight: 700; }
.item-description { margin: 0 0 14pt; }
.papers h2, .item-description h2.label, .in-the-room h2 { font-size: 8.5pt; letter-spacing: 0.06em; text-transform: uppercase; color: #3d4752; margin: 0 0 4pt; }
.papers ul { list-style: none; padding: 0; margin: 0; }
.papers li { padding: 4pt 0; border-bottom: 0.5pt solid #e1e6eb; }
.papers .pages { color: #5b6570; font-size: 9pt; }
.papers .none { color: #6b7480; }
.omitted { margin-top: 12pt; border: 1pt solid #b06a00; border-left-width: 4pt; background: #fdf7ee; padding: 6pt 10pt; font-size: 9.5pt; }
.omitted h2 { color: #8a4b00 !important; }
.omitted p { margin: 2pt 0; }

/* Linked records. */
.record-header { margin-bottom: 14pt; }
.record-kicker { font-family: ${sans}; font-size: 10pt; font-weight: 700; color: #1f4e79; margin: 0 0 2pt; letter-spacing: 0.02em; }
.record-kicker .sep { color: #8a949e; font-weight: 400; }
.record-title { font-family: ${serif}; font-size: 18pt; font-weight: 700; color: #111820; margin: 0 0 10pt; }
.record-section { font-size: 8.5pt; letter-spacing: 0.06em; text-transform: uppercase; color: #3d4752; margin: 14pt 0 4pt; }
.record-text > :first-child { margin-top: 0; }
.record-text h1 { font-size: 15pt; margin: 16pt 0 6pt; }
.record-text h2 { font-size: 13pt; margin: 14pt 0 5pt; padding-bottom: 2pt; border-bottom: 0.5pt solid #d5dbe1; }
.record-text h3 { font-size: 11.5pt; margin: 12pt 0 4pt; }
.empty-note { color: #6b7480; font-style: italic; }
td.status, td.date { white-space: nowrap; }
.status-expired, .status-overdue { color: #8b1a1a; font-weight: 700; }
.status-expiring, .status-due { color: #8a4b00; font-weight: 700; }
.motion-result { font-weight: 700; }

/* Redline: the words of the version for approval, insertions and deletions named in a legend, never by colour alone. */
.redline-legend { display: flex; gap: 18pt; font-family: ${sans}; font-size: 9pt; color: #3d4752; margin: 0 0 6pt; padding: 5pt 8pt; background: #f5f7f9; border: 0.5pt solid #d5dbe1; }
.redline-counts { font-family: ${sans}; font-size: 9pt; color: #3d4752; margin: 0 0 12pt; }
.redline-text { border-top: 3pt double #1f4e79; padding-top: 10pt; }
.redline-text .line { white-space: pre-wrap; margin: 0; min-height: 0.6em; }
.redline-text .line.blank { height: 0.55em; }
.redline-text .heading { font-family: ${sans}; font-weight: 700; color: #14202e; break-after: avoid; margin-top: 6pt; }
.redline-text .h1 { font-size: 14pt; }
.redline-text .h2 { font-size: 12.5pt; }
.redline-text .h3 { font-size: 11pt; }
.redline-table { border-collapse: collapse; margin: 4pt 0 8pt; font-size: 9.5pt; break-inside: avoid; }
.redline-table th, .redline-table td { border: 0.5pt solid #c3ccd6; padding: 3pt 6pt; text-align: left; vertical-align: top; white-space: pre-wrap; }
.redline-table th { font-family: ${sans}; background: #f5f7f9; }
ins.added { color: #1d6b35; background: #e6f4ea; text-decoration: underline 1.2pt; text-underline-offset: 2pt; }
del.removed { color: #a21b1b; background: #fbe9e9; text-decoration: line-through 1.2pt; }

/* Minutes. */
.attendance { columns: 2; column-gap: 18pt; list-style: none; padding: 0; margin: 0 0 6pt; font-size: 9.5pt; }
.attendance li { break-inside: avoid; margin: 0 0 2pt; }
.attendance .status { font-family: ${sans}; font-size: 7.5pt; letter-spacing: 0.05em; text-transform: uppercase; color: #5b6570; margin-left: 4pt; }
.quorum { font-weight: 700; margin: 6pt 0 12pt; }
.minutes-item { margin: 0 0 12pt; }
.minutes-item h3 { font-size: 11.5pt; margin: 12pt 0 4pt; }
.minutes-item h3 .number { color: #1f4e79; margin-right: 6pt; }
.motion { border-left: 2.5pt solid #1f4e79; padding: 4pt 10pt; margin: 6pt 0 8pt; background: #f5f8fb; break-inside: avoid; }
.motion p { margin: 0 0 2pt; }
.motion .meta { font-family: ${sans}; font-size: 8.5pt; color: #3d4752; }
.approval-status { font-family: ${sans}; font-weight: 700; margin: 0 0 12pt; }
.approval-status.draft { color: #8a4b00; }
.approval-status.approved { color: #1d6b35; }
`;
