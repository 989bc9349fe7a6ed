// Three-way merge of a long text, by lines: both sides' edits against the base are kept when they touch different
// lines; otherwise there is no merge and the caller keeps a conflict.
import { diffArrays } from 'diff';

interface Edit {
  start: number;
  end: number;
  lines: string[];
}

const linesOf = (text: string) => text.split(/(?<=\n)/);

function editsAgainst(base: string[], side: string[]): Edit[] {
  const edits: Edit[] = [];
  let at = 0;
  let current: Edit | null = null;
  for (const part of diffArrays(base, side)) {
    const count = part.count ?? part.value.length;
    if (!part.added && !part.removed) {
      if (current) edits.push(current);
      current = null;
      at += count;
    } else if (part.removed) {
      current ??= { start: at, end: at, lines: [] };
      current.end += count;
      at += count;
    } else {
      current ??= { start: at, end: at, lines: [] };
      current.lines.push(...part.value);
    }
  }
  if (current) edits.push(current);
  return edits;
}

const sameEdit = (a: Edit, b: Edit) => a.start === b.start && a.end === b.end && a.lines.join('') === b.lines.join('');
// Touching counts as overlapping: two edits to adjacent lines are usually one thought, and a person should decide.
const overlaps = (a: Edit, b: Edit) => a.start <= b.end && b.start <= a.end;

/** The merged text, or null when the edits overlap. Symmetric in `ours` and `theirs` when it succeeds. */
export function mergeThreeWay(base: string, ours: string, theirs: string): string | null {
  if (ours === theirs) return ours;
  if (ours === base) return theirs;
  if (theirs === base) return ours;
  const baseLines = linesOf(base);
  const a = editsAgainst(baseLines, linesOf(ours));
  const b = editsAgainst(baseLines, linesOf(theirs));
  const all: Edit[] = [...a];
  for (const edit of b) {
    if (a.some((x) => sameEdit(x, edit))) continue;
    if (a.some((x) => overlaps(x, edit))) return null;
    all.push(edit);
  }
  all.sort((x, y) => x.start - y.start);
  const out: string[] = [];
  let at = 0;
  for (const edit of all) {
    out.push(...baseLines.slice(at, edit.start), ...edit.lines);
    at = edit.end;
  }
  out.push(...baseLines.slice(at));
  return out.join('');
}
