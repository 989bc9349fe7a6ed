// How the global search folds, marks and cuts text: accents and case off as the trigram index folds them, every typed
// word marked where it occurs (a part of a word too), and a snippet around the first match with markdown's marks off.
import { describe, expect, it } from 'vitest';
import { foldedForSearch, markWords, searchWords, snippetAround } from '../../shared/domain/search-text';

const marked = (pieces: { text: string; match: boolean }[]) => pieces.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

describe('search text', () => {
  it('folds case and accents, and splits what was typed into words, longest first', () => {
    expect(foldedForSearch('Zoë Ñúñez')).toBe('zoe nunez');
    expect(searchWords('  Hand   "hygiene" hand ')).toEqual(['hygiene', 'hand']);
  });

  it('marks each word wherever it occurs, accented or not, and keeps the text as written', () => {
    expect(marked(markWords('Zoë Cinderwell — zoe', ['zoe']))).toBe('[Zoë] Cinderwell — [zoe]');
    expect(marked(markWords('Mechanical ventilation', ['mec']))).toBe('[Mec]hanical ventilation');
    expect(marked(markWords('Nothing here', ['absent']))).toBe('Nothing here');
  });

  it('cuts a snippet around the first match, with "…" where it cut and no markdown marks', () => {
    const body = `# Purpose\n\n${'Lorem ipsum dolor sit amet. '.repeat(20)}Every **tube** is labelled by the phlebotomist. ${'More text follows here. '.repeat(20)}`;
    const snippet = marked(snippetAround(body, ['phlebotomist'], 80));
    expect(snippet).toMatch(/^….*\[phlebotomist\].*…$/);
    expect(snippet).toContain('tube is labelled by the');
    expect(snippet.length).toBeLessThan(100);
    expect(snippetAround(body, ['absent'])).toEqual([]);
  });
});
