// A redline read as a document: its lines grouped into headings, bullets, text and Markdown tables, each keeping its
// tracked changes, and their bold, italics, code and links read as such, so the screen and the printed packet both
// show a policy's structure rather than its Markdown.
import type { RedlineSegment } from './redline';
import { inlineRuns, type RedlineRun } from './redline-inline';

export type { RedlineRun } from './redline-inline';

export type RedlineBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; segments: RedlineRun[] }
  | { kind: 'line'; segments: RedlineRun[] }
  | { kind: 'blank' }
  | { kind: 'table'; header: RedlineRun[][] | null; rows: RedlineRun[][][] };

type Line = RedlineSegment[];

export function redlineBlocks(segments: readonly RedlineSegment[]): RedlineBlock[] {
  const lines = splitIntoLines(segments);
  const blocks: RedlineBlock[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!isTableLine(lines[i]!)) {
      blocks.push(lineBlock(lines[i]!));
      i++;
      continue;
    }
    const rows: Line[] = [];
    while (i < lines.length && isTableLine(lines[i]!)) rows.push(lines[i++]!);
    blocks.push(tableBlock(rows));
  }
  return blocks;
}

/** Breaks the segments at every line end, so each line can be read for what it is (heading, bullet, table row, text). */
function splitIntoLines(segments: readonly RedlineSegment[]): Line[] {
  const lines: Line[] = [[]];
  for (const segment of segments) {
    segment.text.split('\n').forEach((piece, index) => {
      if (index > 0) lines.push([]);
      if (piece !== '') lines.at(-1)!.push({ kind: segment.kind, text: piece });
    });
  }
  return lines;
}

const textOf = (line: Line) => line.map((s) => s.text).join('');
const isTableLine = (line: Line) => /^\s*\|/.test(textOf(line));
/** The |---|:--:| row under a table's header: layout, not content. */
const isTableRule = (line: Line) => /^\s*\|?[\s:|-]*-{3,}[\s:|-]*$/.test(textOf(line));

function lineBlock(line: Line): RedlineBlock {
  if (line.length === 0) return { kind: 'blank' };
  const [first, ...rest] = line as [RedlineSegment, ...RedlineSegment[]];
  // A line that starts as a Markdown heading is one; the heading keeps the colour of its first change.
  const heading = /^(#{1,6})\s+/.exec(first.text);
  if (heading) {
    const level = Math.min(3, heading[1]!.length) as 1 | 2 | 3;
    return { kind: 'heading', level, segments: inlineRuns([{ kind: first.kind, text: first.text.slice(heading[0].length) }, ...rest]) };
  }
  // A Markdown bullet reads as a bullet, its marker kept in the colour of its change.
  const bullet = /^(\s*)[-*+]\s+/.exec(first.text);
  if (bullet) return { kind: 'line', segments: inlineRuns([{ kind: first.kind, text: `${bullet[1] ?? ''}• ${first.text.slice(bullet[0].length)}` }, ...rest]) };
  return { kind: 'line', segments: inlineRuns(line) };
}

function tableBlock(rows: Line[]): RedlineBlock {
  const hasHeader = rows.length > 1 && isTableRule(rows[1]!);
  const cells = rows.filter((row) => !isTableRule(row)).map(cellsOf);
  return hasHeader ? { kind: 'table', header: cells[0]!, rows: cells.slice(1) } : { kind: 'table', header: null, rows: cells };
}

/** A table line's segments split at each pipe, keeping each piece's kind; the pipes at either end open and close it. */
function cellsOf(line: Line): RedlineRun[][] {
  const cells: RedlineSegment[][] = [[]];
  for (const segment of line) {
    segment.text.split('|').forEach((piece, index) => {
      if (index > 0) cells.push([]);
      if (piece !== '') cells.at(-1)!.push({ kind: segment.kind, text: piece });
    });
  }
  const blank = (cell: RedlineSegment[] | undefined) => !!cell && cell.every((s) => !s.text.trim());
  if (blank(cells[0])) cells.shift();
  if (blank(cells.at(-1))) cells.pop();
  return cells.map((cell) => inlineRuns(trimCell(cell)));
}

/** The spaces around a cell's text are Markdown layout, not words. */
function trimCell(cell: RedlineSegment[]): RedlineSegment[] {
  const trimmed = cell.map((s) => ({ ...s }));
  if (trimmed[0]) trimmed[0].text = trimmed[0].text.trimStart();
  if (trimmed.at(-1)) trimmed.at(-1)!.text = trimmed.at(-1)!.text.trimEnd();
  return trimmed.filter((s) => s.text !== '');
}
