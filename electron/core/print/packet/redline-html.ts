// Tracked changes printed as a document: insertions underlined in green, deletions struck through in red, headings
// set as headings, bullets as bullets, Markdown tables as tables (changes marked inside their cells), and a legend
// and counts in words so the page reads the same in black and white.
import type { RedlineSegment } from '../../../../shared/domain/redline';
import { redlineBlocks, type RedlineBlock, type RedlineRun } from '../../../../shared/domain/redline-blocks';
import { escapeHtml as e } from '../escape-html';

export function redlineBodyHtml(segments: RedlineSegment[], fromVersion: number, toVersion: number): string {
  const added = wordCount(segments, 'added');
  const removed = wordCount(segments, 'removed');
  const lines = redlineBlocks(segments).map(blockHtml).join('\n');
  return `<p class="redline-legend"><span><ins class="added">Inserted text</ins> is underlined, in green</span><span><del class="removed">Deleted text</del> is struck through, in red</span></p>
<p class="redline-counts">From version ${fromVersion} to version ${toVersion}: ${plural(added, 'word')} inserted, ${plural(removed, 'word')} deleted.</p>
<section class="redline-text">
${segments.length > 0 ? lines : '<p class="empty-note">Both versions are empty.</p>'}
</section>`;
}

function blockHtml(block: RedlineBlock): string {
  switch (block.kind) {
    case 'blank':
      return '<p class="line blank"></p>';
    case 'heading':
      return `<p class="line heading h${block.level}">${segmentsHtml(block.segments)}</p>`;
    case 'line':
      return `<p class="line">${segmentsHtml(block.segments)}</p>`;
    case 'table': {
      const row = (cells: RedlineRun[][], tag: 'th' | 'td') => `<tr>${cells.map((cell) => `<${tag}>${segmentsHtml(cell)}</${tag}>`).join('')}</tr>`;
      return `<table class="redline-table">${block.header ? row(block.header, 'th') : ''}${block.rows.map((r) => row(r, 'td')).join('')}</table>`;
    }
  }
}

function segmentsHtml(segments: RedlineRun[]): string {
  return segments.map(segmentHtml).join('');
}

function segmentHtml(segment: RedlineRun): string {
  if (segment.kind === 'added') return `<ins class="added">${styledHtml(segment)}</ins>`;
  if (segment.kind === 'removed') return `<del class="removed">${styledHtml(segment)}</del>`;
  return styledHtml(segment);
}

/** Bold, italics, code and links as the printed policy sets them. */
function styledHtml(run: RedlineRun): string {
  let html = e(run.text);
  if (run.code) html = `<code>${html}</code>`;
  if (run.emphasis) html = `<em>${html}</em>`;
  if (run.strong) html = `<strong>${html}</strong>`;
  if (run.href) html = `<a href="${e(run.href)}">${html}</a>`;
  return html;
}

function wordCount(segments: RedlineSegment[], kind: RedlineSegment['kind']): number {
  return segments.filter((s) => s.kind === kind).reduce((sum, s) => sum + (s.text.trim() ? s.text.trim().split(/\s+/).length : 0), 0);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
