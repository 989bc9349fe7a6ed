// The printed look of Chartroom's documents: book-like text, plain bordered tables, headings kept with what follows.
// Fonts are named, never fetched: Charter/Georgia on macOS and Windows, DejaVu on Linux; then Noto for the scripts
// DejaVu lacks (Devanagari, Bengali, Thai, Chinese…) and the platform's colour emoji, last so that digits and "#" stay text.
const fallbacks = `"Noto Sans", "Noto Serif", "Noto Sans CJK SC", "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji"`;
const serif = `"Charter", "Bitstream Charter", "Georgia", "Cambria", "DejaVu Serif", ${fallbacks}, serif`;
const sans = `"Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans", "DejaVu Sans", ${fallbacks}, sans-serif`;
const mono = `"SF Mono", "Consolas", "DejaVu Sans Mono", ${fallbacks}, monospace`;

export const printStyles = `
* { box-sizing: border-box; }
html { font-family: ${serif}; font-size: 10.5pt; line-height: 1.45; color: #1b1f24; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
p { margin: 0 0 0.55em; orphans: 3; widows: 3; }
h1, h2, h3, h4, h5, h6 { font-family: ${sans}; color: #14202e; line-height: 1.25; break-after: avoid; page-break-after: avoid; break-inside: avoid; }
.muted { color: #6b7480; }

/* Header block: who, what, which version, and on whose authority. */
.policy-header { margin-bottom: 18pt; }
.organisation { font-family: ${sans}; font-size: 8.5pt; letter-spacing: 0.08em; text-transform: uppercase; color: #5b6570; margin: 0 0 10pt; padding-bottom: 5pt; border-bottom: 0.75pt solid #c9d0d8; }
.reference { font-family: ${sans}; font-size: 10pt; font-weight: 700; color: #1f4e79; margin: 0 0 2pt; letter-spacing: 0.02em; }
.reference .sep { color: #8a949e; font-weight: 400; }
.policy-title { font-family: ${serif}; font-size: 20pt; font-weight: 700; margin: 0 0 10pt; color: #111820; }
.facts { display: grid; grid-template-columns: 1.25fr 1fr 1.7fr 0.9fr; gap: 0; margin: 0 0 12pt; border-top: 1.25pt solid #1f4e79; border-bottom: 0.75pt solid #c9d0d8; }
.facts > div { padding: 5pt 8pt 5pt 0; }
.facts dt { font-family: ${sans}; font-size: 7.5pt; letter-spacing: 0.06em; text-transform: uppercase; color: #5b6570; }
.facts dd { margin: 1pt 0 0; font-size: 10pt; }
.state-draft, .state-in-review, .state-approved { color: #8a4b00; font-weight: 700; }
.state-superseded, .state-retired { color: #8b1a1a; font-weight: 700; }
.state-active { color: #1d6b35; font-weight: 700; }
.record { margin: 0 0 10pt; break-inside: avoid; }
.record h2 { font-size: 8.5pt; letter-spacing: 0.06em; text-transform: uppercase; color: #3d4752; margin: 0 0 4pt; }
.record p { margin: 0; }
.approvals .decision-approved { color: #1d6b35; }
.approvals .decision-rejected { color: #8b1a1a; }
.approvals .decision-pending { color: #8a4b00; }
.approvals .date { white-space: nowrap; }
.standards { margin: 0; padding-left: 1.2em; }
.standards .code { font-family: ${sans}; font-weight: 700; font-size: 9pt; margin-right: 0.3em; }

/* The policy text. */
.policy-text { border-top: 3pt double #1f4e79; padding-top: 10pt; }
.policy-text h1 { font-size: 15pt; margin: 16pt 0 6pt; }
.policy-text h2 { font-size: 13pt; margin: 14pt 0 5pt; padding-bottom: 2pt; border-bottom: 0.5pt solid #d5dbe1; }
.policy-text h3 { font-size: 11.5pt; margin: 12pt 0 4pt; }
.policy-text h4, .policy-text h5, .policy-text h6 { font-size: 10.5pt; margin: 10pt 0 3pt; }
.policy-text > :first-child { margin-top: 0; }
ul, ol { margin: 0 0 0.6em; padding-left: 1.6em; }
li { margin: 0.15em 0; }
li > p { margin: 0; }
blockquote { margin: 0.6em 0; padding: 2pt 10pt; border-left: 2.5pt solid #c9d0d8; color: #3d4752; }
code { font-family: ${mono}; font-size: 0.88em; background: #f2f4f6; padding: 0 2pt; border-radius: 2pt; }
pre { font-family: ${mono}; font-size: 8.5pt; background: #f5f7f9; border: 0.5pt solid #d5dbe1; padding: 6pt 8pt; white-space: pre-wrap; break-inside: avoid; }
pre code { background: none; padding: 0; }
hr { border: 0; border-top: 0.75pt solid #c9d0d8; margin: 12pt 0; }
a { color: #1f4e79; text-decoration: none; }
.link-target { font-size: 0.85em; color: #5b6570; overflow-wrap: anywhere; }

/* Tables: bordered, header repeated on each page, rows never split. */
table { width: 100%; border-collapse: collapse; margin: 0.4em 0 0.9em; font-size: 9.5pt; line-height: 1.35; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.75pt solid #9aa4ae; padding: 3.5pt 6pt; text-align: left; vertical-align: top; }
th { font-family: ${sans}; font-size: 8.5pt; font-weight: 700; background: #e9eef3; color: #14202e; }
tbody tr:nth-child(even) td { background: #f7f9fb; }

/* Repeated on every printed page: Chromium prints a fixed element once per page. */
.watermark { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; pointer-events: none; z-index: 10; }
.watermark span { transform: rotate(-52deg); font-family: ${sans}; font-weight: 700; letter-spacing: 0.04em; color: rgba(170, 30, 30, 0.1); white-space: nowrap; }
`;
