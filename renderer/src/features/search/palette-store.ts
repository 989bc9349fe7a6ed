// The command palette's state: open or not, what is typed, the commands and records it matches, and which is chosen.
import { create } from 'zustand';
import type { OutputOf } from '../../../../shared/contract';
import { foldedForSearch, markWords, searchWords, type MarkedPiece } from '../../../../shared/domain/search-text';
import { call, readableMessage } from '../../client';
import { toastError } from '../../ui';
import { paletteCommands, type PaletteCommand } from './commands';

export type RecordGroup = OutputOf<'search.everything'>['groups'][number];
export type RecordHit = RecordGroup['hits'][number];

/** One row of the list: a command or a record; the arrow keys walk them in this order. */
export type PaletteOption =
  | { type: 'command'; key: string; command: PaletteCommand; title: MarkedPiece[] }
  | { type: 'record'; key: string; hit: RecordHit };

export interface PaletteSection {
  key: string;
  label: string;
  options: PaletteOption[];
}

interface PaletteState {
  open: boolean;
  query: string;
  /** Record groups for `answeredQuery`; commands are matched here, at once. */
  groups: RecordGroup[];
  answeredQuery: string;
  searching: boolean;
  error: string | null;
  active: number;
  show(): void;
  hide(): void;
  type(query: string): void;
  move(by: number): void;
  setActive(index: number): void;
  choose(index?: number): Promise<void>;
}

/** How well a command's title answers what was typed: the title itself, then its start, then every word in it. */
function closeness(title: string, typed: string, words: readonly string[]): number {
  const folded = foldedForSearch(title);
  if (folded === typed) return 0;
  if (folded.startsWith(typed)) return 1;
  return words.every((w) => folded.includes(w)) ? 2 : 3;
}

/** Commands shown for a typed query: the closest few, so the records found are in view below them. */
const commandsForQuery = 5;

/** Commands holding every typed word in their title or keywords, the closest first; all of them when nothing is typed. */
export function matchingCommands(query: string): PaletteOption[] {
  const words = searchWords(query);
  const typed = foldedForSearch(query.trim());
  return paletteCommands
    .filter((c) => words.every((w) => foldedForSearch(`${c.title} ${c.keywords}`).includes(w)))
    .map((command, order) => ({ command, order, rank: closeness(command.title, typed, words) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, typed ? commandsForQuery : undefined)
    .map(({ command }) => ({ type: 'command' as const, key: `command:${command.id}`, command, title: markWords(command.title, words) }));
}

export function paletteSections(query: string, groups: readonly RecordGroup[]): PaletteSection[] {
  const commands = matchingCommands(query);
  return [
    ...(commands.length ? [{ key: 'commands', label: 'Commands', options: commands }] : []),
    ...groups.map((g) => ({ key: g.kind, label: g.label, options: g.hits.map((hit): PaletteOption => ({ type: 'record', key: `${hit.kind}:${hit.id}`, hit })) })),
  ];
}

export const paletteOptions = (s: Pick<PaletteState, 'query' | 'groups'>) => paletteSections(s.query, s.groups).flatMap((section) => section.options);

/** Waits this long after the last key before asking the core: a word typed quickly is one search. */
const typingPauseMs = 120;
let pending: ReturnType<typeof setTimeout> | null = null;
let asked = 0;

export const usePaletteStore = create<PaletteState>((set, get) => ({
  open: false,
  query: '',
  groups: [],
  answeredQuery: '',
  searching: false,
  error: null,
  active: 0,
  show() {
    set({ open: true, active: 0 });
  },
  hide() {
    if (pending) clearTimeout(pending);
    set({ open: false, query: '', groups: [], answeredQuery: '', searching: false, error: null, active: 0 });
  },
  type(query) {
    set({ query, active: 0 });
    if (pending) clearTimeout(pending);
    if (!query.trim()) {
      set({ groups: [], answeredQuery: '', searching: false, error: null });
      return;
    }
    set({ searching: true });
    pending = setTimeout(() => {
      const ticket = ++asked;
      call('search.everything', { query, limit: 5 })
        .then(({ groups }) => {
          // An answer to an older query, arriving after a newer one was asked, is dropped.
          if (ticket === asked && get().open) set({ groups, answeredQuery: query, searching: false, error: null, active: Math.min(get().active, 0) });
        })
        .catch((error: unknown) => {
          if (ticket === asked) set({ searching: false, error: readableMessage(error) });
        });
    }, typingPauseMs);
  },
  move(by) {
    const count = paletteOptions(get()).length;
    if (count === 0) return;
    set({ active: (get().active + by + count) % count });
  },
  setActive(index) {
    set({ active: index });
  },
  async choose(index = get().active) {
    const option = paletteOptions(get())[index];
    if (!option) return;
    get().hide();
    if (option.type === 'record') {
      window.location.hash = option.hit.route;
      return;
    }
    try {
      await option.command.run();
    } catch (error) {
      toastError(`“${option.command.title}” did not finish`, error);
    }
  },
}));
