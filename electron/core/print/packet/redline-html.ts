// Tracked changes printed line by line: insertions underlined in green, deletions struck through in red, headings
// set as headings, and a legend and counts in words so the page reads the same in black and white.
import type { RedlineSegment } from '../../../../shared/domain/redline';
import { escapeHtml as e } from '../escape-html';

interface RedlineLine {
  segments: RedlineSegment[];
}

export function redlineBodyHtml(segments: RedlineSegment[], fromVersion: number, toVersion: number): string {
  const added = wordCount(segments, 'added');
  const removed = wordCount(segments, 'removed');
  const lines = splitIntoLines(segments).map(lineHtml).join('\n');
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
