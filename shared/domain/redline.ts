// Tracked changes between two texts, word by word, as segments a screen or a PDF can render.
import { diffWordsWithSpace } from 'diff';

export interface RedlineSegment {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export function redline(before: string, after: string): { segments: RedlineSegment[]; added: number; removed: number } {
  const segments: RedlineSegment[] = [];
  let added = 0;
  let removed = 0;
  for (const part of diffWordsWithSpace(before, after)) {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const words = part.value.trim() ? part.value.trim().split(/\s+/).length : 0;
    if (kind === 'added') added += words;
    if (kind === 'removed') removed += words;
    const last = segments.at(-1);
    if (last && last.kind === kind) last.text += part.value;
    else segments.push({ kind, text: part.value });
  }
  return { segments, added, removed };
}
