// A search snippet's marked words: the core wraps them in \u0001 … \u0002; split into plain text and marked parts, never HTML.
export interface SnippetPart {
  text: string;
  marked: boolean;
}

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, chunk] of snippet.split('\u0001').entries()) {
    if (i === 0) {
      if (chunk) parts.push({ text: chunk, marked: false });
      continue;
    }
    const end = chunk.indexOf('\u0002');
    // An opening mark without its close (a snippet cut short) marks the rest.
    const marked = end === -1 ? chunk : chunk.slice(0, end);
    const after = end === -1 ? '' : chunk.slice(end + 1).replace(/\u0002/g, '');
    if (marked) parts.push({ text: marked, marked: true });
    if (after) parts.push({ text: after, marked: false });
  }
  return parts;
}
