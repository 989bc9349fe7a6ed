// Text as the global search compares and shows it: folded (lower case, accents off, as the index's trigram tokenizer
// folds), split into the words typed, and marked where those words occur.

export interface MarkedPiece {
  text: string;
  match: boolean;
}

export function foldedForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a query, folded, longest first so a longer word is marked whole before a shorter one inside it. */
export function searchWords(query: string): string[] {
  const words = foldedForSearch(query).split(/\s+/).map((w) => w.replace(/^["'(]+|["'),.;:]+$/g, '')).filter(Boolean);
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/** The text folded character by character, with where each folded character came from, so matches map back. */
function foldWithOrigins(text: string): { folded: string; origin: number[] } {
  // Plain ASCII folds to itself in lower case, character for character: most text takes this way.
  if (/^[\x00-\x7f]*$/.test(text)) return { folded: text.toLowerCase(), origin: Array.from({ length: text.length + 1 }, (_, i) => i) };
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const f = cp < 0x80 ? ch.toLowerCase() : foldedForSearch(ch);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += ch.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

/** Where the words occur in the text, as [start, end) ranges of the original text, merged and in order. */
function matchRanges(text: string, words: readonly string[]): [number, number][] {
  const { folded, origin } = foldWithOrigins(text);
  const ranges: [number, number][] = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at >= 0 && word; at = folded.indexOf(word, at + word.length)) {
      const end = origin[at + word.length] ?? text.length;
      ranges.push([origin[at]!, end === origin[at] ? text.length : end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/** The text in pieces, each word of the query marked wherever it occurs (a part of a word too: the index matches parts). */
export function markWords(text: string, words: readonly string[]): MarkedPiece[] {
  const pieces: MarkedPiece[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, words)) {
    if (start > at) pieces.push({ text: text.slice(at, start), match: false });
    pieces.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}

/** Markdown's marks taken off (headings, list bullets, emphasis, table bars): a snippet reads as the text does. */
export function plainOfMarkdown(text: string): string {
  return text.replace(/^[ \t]{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])[ \t]+/gm, '').replace(/\*\*|__|~~|`+|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)/g, '').replace(/\|/g, ' ');
}

/**
 * About `width` characters of the text around the first match, cut at spaces, with "…" where it was cut; nothing when
 * no word occurs in it (the match was elsewhere: the title, a number).
 */
export function snippetAround(text: string, words: readonly string[], width = 160): MarkedPiece[] {
  const flat = plainOfMarkdown(text).replace(/\s+/g, ' ').trim();
  const firstFlat = matchRanges(flat, words)[0];
  if (!firstFlat) return [];
  let start = Math.max(0, firstFlat[0] - Math.floor(width / 3));
  let end = Math.min(flat.length, start + width);
  start = Math.max(0, Math.min(start, end - width));
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > firstFlat[1] ? flat.lastIndexOf(' ', end) : end;
  const pieces = markWords(flat.slice(start, end), words);
  if (start > 0) pieces.unshift({ text: '…', match: false });
  if (end < flat.length) pieces.push({ text: '…', match: false });
  return pieces;
}
