// Tracked changes between two texts, word by word, as segments a screen or a PDF can render.
import { diffWordsWithSpace } from 'diff';

export interface RedlineSegment {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

const countWords = (text: string) => (text.trim() ? text.trim().split(/\s+/).length : 0);

/**
 * Word-level changes, with neighbouring changes joined: "at the primary source" rewritten as "with the issuing body"
 * reads as one struck phrase and one inserted phrase, not as alternating single words.
 */
export function redline(before: string, after: string): { segments: RedlineSegment[]; added: number; removed: number } {
  const parts = diffWordsWithSpace(before, after).map((p): RedlineSegment => ({ kind: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value }));
  const segments: RedlineSegment[] = [];
  let added = 0;
  let removed = 0;
  for (let i = 0; i < parts.length; ) {
    if (parts[i]!.kind === 'same') {
      segments.push(parts[i]!);
      i++;
      continue;
    }
    // A run of changes, bridging short unchanged stretches (spaces, a lone "the") that sit between two changes.
    let removedText = '';
    let addedText = '';
    let j = i;
    while (j < parts.length) {
      const part = parts[j]!;
      if (part.kind === 'removed') removedText += part.text;
      else if (part.kind === 'added') addedText += part.text;
      else if (countWords(part.text) <= 1 && j + 1 < parts.length && parts[j + 1]!.kind !== 'same' && (removedText || addedText)) {
        removedText += part.text;
        addedText += part.text;
      } else break;
      j++;
    }
    // A run that only inserts (or only deletes) keeps its bridging words out of the other side.
    if (!parts.slice(i, j).some((p) => p.kind === 'removed')) removedText = '';
    if (!parts.slice(i, j).some((p) => p.kind === 'added')) addedText = '';
    if (removedText) segments.push({ kind: 'removed', text: removedText });
    if (addedText) segments.push({ kind: 'added', text: addedText });
    removed += countWords(removedText);
    added += countWords(addedText);
    i = j;
  }
  return { segments, added, removed };
}
