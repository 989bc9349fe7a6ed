// Tracked changes printed line by line: insertions underlined in green, deletions struck through in red, headings
// set as headings, bullets as bullets, Markdown tables as tables (changes marked inside their cells), and a legend
// and counts in words so the page reads the same in black and white.
import type { RedlineSegment } from '../../../../shared/domain/redline';
import { escapeHtml as e } from '../escape-html';

interface RedlineLine {
  segments: RedlineSegment[];
}

export function redlineBodyHtml(segments: RedlineSegment[], fromVersion: number, toVersion: number): string {
  const added = wordCount(segments, 'added');
  const removed = wordCount(segments, 'removed');
  const lines = blocksHtml(splitIntoLines(segments));
  return `<p class="redline-legend"><span><ins class="added">Inserted text</ins> is underlined, in green</span><span><del class="removed">Deleted text</del> is struck through, in red</span></p>
<p class="redline-counts">From version ${fromVersion} to version ${toVersion}: ${plural(added, 'word')} inserted, ${plural(removed, 'word')} deleted.</p>
<section class="redline-text">
${segments.length > 0 ? lines : '<p class="empty-note">Both versions are empty.</p>'}
</section>`;
}

/** Breaks the segments at every line end, so each printed line can be styled by what it is (heading, list, text). */
function splitIntoLines(segments: RedlineSegment[]): RedlineLine[] {
  const lines: RedlineLine[] = [{ segments: [] }];
  for (const segment of segments) {
    segment.text.split('\n').forEach((piece, index) => {
      if (index > 0) lines.push({ segments: [] });
      if (piece !== '') lines.at(-1)?.segments.push({ kind: segment.kind, text: piece });
    });
  }
  return lines;
}

const textOf = (line: RedlineLine) => line.segments.map((s) => s.text).join('');
const isTableLine = (line: RedlineLine) => /^\s*\|/.test(textOf(line));
/** The |---|:--:| row under a table's header: layout, not content. */
const isTableRule = (line: RedlineLine) => /^\s*\|?[\s:|-]*-{3,}[\s:|-]*$/.test(textOf(line));

/** Lines in order, with each run of Markdown table lines drawn as one table. */
function blocksHtml(lines: RedlineLine[]): string {
  const html: string[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!isTableLine(lines[i]!)) {
      html.push(lineHtml(lines[i]!));
      i++;
      continue;
    }
    const rows: RedlineLine[] = [];
    while (i < lines.length && isTableLine(lines[i]!)) rows.push(lines[i++]!);
    html.push(tableHtml(rows));
  }
  return html.join('\n');
}

function tableHtml(rows: RedlineLine[]): string {
  const hasHeader = rows.length > 1 && isTableRule(rows[1]!);
  const body = rows.filter((row) => !isTableRule(row)).map((row, index) => {
    const tag = hasHeader && index === 0 ? 'th' : 'td';
    return `<tr>${cellsOf(row).map((cell) => `<${tag}>${cell.map(segmentHtml).join('')}</${tag}>`).join('')}</tr>`;
  });
  return `<table class="redline-table">${body.join('')}</table>`;
}

/** A table line's segments split at each pipe, keeping each piece's kind; the pipes at either end open and close it. */
function cellsOf(line: RedlineLine): RedlineSegment[][] {
  const cells: RedlineSegment[][] = [[]];
  for (const segment of line.segments) {
    segment.text.split('|').forEach((piece, index) => {
      if (index > 0) cells.push([]);
      if (piece !== '') cells.at(-1)!.push({ kind: segment.kind, text: piece });
    });
  }
  const blank = (cell: RedlineSegment[] | undefined) => !!cell && cell.every((s) => !s.text.trim());
  if (blank(cells[0])) cells.shift();
  if (blank(cells.at(-1))) cells.pop();
  return cells.map(trimCell);
}

/** The spaces around a cell's text are Markdown layout, not words: they would show under pre-wrap. */
function trimCell(cell: RedlineSegment[]): RedlineSegment[] {
  const trimmed = cell.map((s) => ({ ...s }));
  if (trimmed[0]) trimmed[0].text = trimmed[0].text.trimStart();
  if (trimmed.at(-1)) trimmed.at(-1)!.text = trimmed.at(-1)!.text.trimEnd();
  return trimmed.filter((s) => s.text !== '');
}

function lineHtml(line: RedlineLine): string {
  if (line.segments.length === 0) return '<p class="line blank"></p>';
  const [first, ...rest] = line.segments;
  // A line that starts as a Markdown heading is drawn as one; the heading keeps the colour of its first change.
  const heading = first ? /^(#{1,6})\s+/.exec(first.text) : null;
  if (first && heading) {
    const level = Math.min(3, heading[1]?.length ?? 3);
    const segments = [{ kind: first.kind, text: first.text.slice(heading[0].length) }, ...rest];
    return `<p class="line heading h${level}">${segments.map(segmentHtml).join('')}</p>`;
  }
  // A Markdown bullet is printed as a bullet, its marker kept in the colour of its change.
  const bullet = first ? /^(\s*)[-*+]\s+/.exec(first.text) : null;
  if (first && bullet) {
    const segments = [{ kind: first.kind, text: `${bullet[1] ?? ''}• ${first.text.slice(bullet[0].length)}` }, ...rest];
    return `<p class="line">${segments.map(segmentHtml).join('')}</p>`;
  }
  return `<p class="line">${line.segments.map(segmentHtml).join('')}</p>`;
}

function segmentHtml(segment: RedlineSegment): string {
  if (segment.kind === 'added') return `<ins class="added">${e(segment.text)}</ins>`;
  if (segment.kind === 'removed') return `<del class="removed">${e(segment.text)}</del>`;
  return e(segment.text);
}

function wordCount(segments: RedlineSegment[], kind: RedlineSegment['kind']): number {
  return segments.filter((s) => s.kind === kind).reduce((sum, s) => sum + (s.text.trim() ? s.text.trim().split(/\s+/).length : 0), 0);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
