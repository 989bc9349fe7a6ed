// The redline reads inline Markdown as the policy page does: bold, italics, code and links styled, their syntax gone,
// every tracked change kept in place — in lines, headings, bullets and table cells alike.
import { describe, expect, it } from 'vitest';
import { redline } from '../../shared/domain/redline';
import { redlineBlocks, type RedlineBlock, type RedlineRun } from '../../shared/domain/redline-blocks';

const runsOf = (before: string, after: string): RedlineRun[] => {
  const blocks = redlineBlocks(redline(before, after).segments);
  return blocks.flatMap((b: RedlineBlock) => (b.kind === 'line' || b.kind === 'heading' ? b.segments : b.kind === 'table' ? [...(b.header ?? []), ...b.rows].flat(2) : []));
};
const shown = (runs: RedlineRun[]) => runs.map((r) => r.text).join('');

describe('inline Markdown in the redline', () => {
  it('shows **12 months** → **24 months** as bold words, the change inside the bold, with no asterisks', () => {
    const runs = runsOf('Review every **12 months**.', 'Review every **24 months**.');
    expect(shown(runs)).not.toContain('*');
    expect(runs).toContainEqual({ kind: 'removed', text: '12', strong: true });
    expect(runs).toContainEqual({ kind: 'added', text: '24', strong: true });
    expect(runs).toContainEqual({ kind: 'same', text: ' months', strong: true });
    expect(runs[0]).toEqual({ kind: 'same', text: 'Review every ' });
  });

  it('reads italics, code and web links, and leaves an escaped star a star', () => {
    const text = 'See _the bylaws_, `MS-014` and [the board page](https://example.org/board) \\*not bold\\*';
    const runs = runsOf(text, text);
    expect(shown(runs)).toBe('See the bylaws, MS-014 and the board page *not bold*');
    expect(runs).toContainEqual({ kind: 'same', text: 'the bylaws', emphasis: true });
    expect(runs).toContainEqual({ kind: 'same', text: 'MS-014', code: true });
    expect(runs).toContainEqual({ kind: 'same', text: 'the board page', href: 'https://example.org/board' });
  });

  it('links only web and mail addresses, as the policy page does', () => {
    const runs = runsOf('[run me](javascript:alert(1))', '[run me](javascript:alert(1))');
    expect(runs).toEqual([{ kind: 'same', text: 'run me' }]);
  });

  it('styles text in headings, bullets and table cells, and keeps a list number and indentation as typed', () => {
    const runs = runsOf('## The **chair**\n\n  - a *short* list\n\n| Role | Duty |\n|---|---|\n| **Chair** | signs |\n\n1. first', '## The **chair**\n\n  - a *short* list\n\n| Role | Duty |\n|---|---|\n| **Chair** | signs |\n\n1. first');
    expect(runs).toContainEqual({ kind: 'same', text: 'chair', strong: true });
    expect(runs).toContainEqual({ kind: 'same', text: 'short', emphasis: true });
    expect(runs).toContainEqual({ kind: 'same', text: 'Chair', strong: true });
    expect(shown(runs)).toContain('  • a short list');
    expect(shown(runs)).toContain('1. first');
  });

  it('marks deleted bold text from the old version, inserted plain text from the new', () => {
    const runs = runsOf('Keep **all** records.', 'Keep the records.');
    expect(runs).toContainEqual({ kind: 'removed', text: 'all', strong: true });
    expect(runs).toContainEqual(expect.objectContaining({ kind: 'added', text: expect.stringContaining('the') }));
    expect(runs.find((r) => r.kind === 'added')!.strong).toBeUndefined();
  });
});
