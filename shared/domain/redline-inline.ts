// A redline line's inline Markdown read as emphasis: `**12 months**` shows as bold "12 months" with its tracked
// changes kept, as the policy page shows it, instead of the asterisks. Each version of the line is parsed on its own
// (with positions), so a change inside bold text, or to the bold itself, is marked from the version it belongs to.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { isPolicyLinkAddress } from './policy-markdown';
import type { RedlineSegment } from './redline';

/** A stretch of a redline with one kind of change and one set of inline styles. */
export interface RedlineRun extends RedlineSegment {
  strong?: true;
  emphasis?: true;
  code?: true;
  /** A web or mail address, as the policy page links them; other addresses show as plain text. */
  href?: string;
}

type Style = Omit<RedlineRun, 'kind' | 'text'>;
/** Per character of one version of a line: hidden (Markdown syntax) or shown with a style. */
type CharStyle = { hidden: true } | { hidden: false; style: Style };

// A line is read for its inline Markdown only: its block (heading, bullet, table cell) was decided already, so the
// block constructs are off and "1. " or "> " stay words.
// Images are off as on the policy page, so "![x](y)" reads as "!" and a link.
const inlineOnly = { extensions: [{ disable: { null: ['blockQuote', 'codeFenced', 'codeIndented', 'definition', 'headingAtx', 'setextUnderline', 'htmlFlow', 'list', 'thematicBreak', 'labelStartImage'] } }] };

interface MdNode {
  type: string;
  url?: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
}

/** Reads one version of a line: which characters are Markdown syntax, and the style of each of the others. */
function styleChars(text: string): CharStyle[] {
  // Outside any styled node, everything shows as typed (indentation, a bullet's dot).
  const chars: CharStyle[] = Array.from({ length: text.length }, () => ({ hidden: false, style: {} }));
  const visit = (node: MdNode, style: Style) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const show = (from: number, to: number, extra: Style = {}) => {
      for (let i = from; i < to; i++) chars[i] = { hidden: false, style: { ...style, ...extra } };
    };
    switch (node.type) {
      case 'text':
      case 'html':
        show(start, end);
        // A backslash before punctuation is an escape: the punctuation shows, the backslash does not.
        for (let i = start; i < end - 1; i++) if (text[i] === '\\' && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) chars[i] = { hidden: true };
        return;
      case 'inlineCode': {
        const fence = /^`+/.exec(text.slice(start))?.[0].length ?? 1;
        for (let i = start; i < end; i++) chars[i] = { hidden: true };
        show(start + fence, end - fence, { code: true });
        return;
      }
      case 'strong':
      case 'emphasis':
      case 'link': {
        const inner: Style = { ...style };
        if (node.type === 'strong') inner.strong = true;
        if (node.type === 'emphasis') inner.emphasis = true;
        if (node.type === 'link' && node.url && isPolicyLinkAddress(node.url)) inner.href = node.url;
        // The node's own syntax (asterisks, brackets, the address) hides; its children show what they hold.
        for (let i = start; i < end; i++) chars[i] = { hidden: true };
        for (const child of node.children ?? []) visit(child, inner);
        return;
      }
      default:
        for (const child of node.children ?? []) visit(child, style);
    }
  };
  visit(fromMarkdown(text, inlineOnly) as MdNode, {});
  return chars;
}

const sameStyle = (a: Style, b: Style) => a.strong === b.strong && a.emphasis === b.emphasis && a.code === b.code && a.href === b.href;

/** One line's (or table cell's) segments as styled runs: unchanged and inserted text as the new version reads, deleted text as the old one did. */
export function inlineRuns(segments: readonly RedlineSegment[]): RedlineRun[] {
  const before = segments.filter((s) => s.kind !== 'added').map((s) => s.text).join('');
  const after = segments.filter((s) => s.kind !== 'removed').map((s) => s.text).join('');
  if (!/[*_`[<\\]/.test(before + after)) return segments.map((s) => ({ ...s }));
  const beforeChars = styleChars(before);
  const afterChars = styleChars(after);
  const runs: RedlineRun[] = [];
  let atBefore = 0;
  let atAfter = 0;
  for (const segment of segments) {
    const chars = segment.kind === 'removed' ? beforeChars : afterChars;
    const from = segment.kind === 'removed' ? atBefore : atAfter;
    if (segment.kind !== 'added') atBefore += segment.text.length;
    if (segment.kind !== 'removed') atAfter += segment.text.length;
    for (let i = 0; i < segment.text.length; i++) {
      const char = chars[from + i]!;
      if (char.hidden) continue;
      const last = runs.at(-1);
      if (last && last.kind === segment.kind && sameStyle(last, char.style)) last.text += segment.text[i];
      else runs.push({ kind: segment.kind, text: segment.text[i]!, ...char.style });
    }
  }
  return runs;
}
