// The command palette (Ctrl+K or ⌘K anywhere, or the search box in the header): one box that finds any record and runs
// any command, by keyboard alone. An ARIA combobox: focus stays in the box, the arrow keys move the active option.
import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { MarkedPiece } from '../../../../shared/domain/search-text';
import { SearchIcon } from '../../ui';
import { paletteSections, usePaletteStore, type PaletteOption } from './palette-store';
import './palette.css';

/** Ctrl+K, or ⌘K on a Mac: the shortcut every desktop app with a palette uses. */
export function isPaletteShortcut(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }): boolean {
  return event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}

function Marked({ pieces }: { pieces: readonly MarkedPiece[] }) {
  return <>{pieces.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

function OptionContent({ option }: { option: PaletteOption }) {
  if (option.type === 'command') {
    return <span className="palette__title"><Marked pieces={option.title} /></span>;
  }
  const { hit } = option;
  return (
    <>
      <span className="palette__title"><Marked pieces={hit.title} /></span>
      {hit.subtitle.some((p) => p.text) && <span className="palette__subtitle"><Marked pieces={hit.subtitle} /></span>}
      {hit.snippet.length > 0 && <span className="palette__snippet"><Marked pieces={hit.snippet} /></span>}
    </>
  );
}

export function CommandPalette() {
  const open = usePaletteStore((s) => s.open);
  const show = usePaletteStore((s) => s.show);
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!isPaletteShortcut(event)) return;
      event.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);
  return open ? <PaletteDialog /> : null;
}

function PaletteDialog() {
  const { query, groups, searching, error, active, answeredQuery } = usePaletteStore();
  const { hide, type, move, setActive, choose } = usePaletteStore.getState();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const sections = paletteSections(query, groups);
  const count = sections.reduce((n, s) => n + s.options.length, 0);

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    inputRef.current?.focus();
    return () => {
      dialog?.close();
      // A command that moved to another screen leaves focus there; otherwise it goes back where it was.
      if (opener?.isConnected && document.activeElement === document.body) opener.focus();
    };
  }, []);

  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Home' && event.ctrlKey) {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'End' && event.ctrlKey) {
      event.preventDefault();
      setActive(Math.max(0, count - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void choose();
    }
  }

  const typed = query.trim() !== '';
  const status = error
    ? error
    : searching && answeredQuery !== query
      ? 'Searching…'
      : typed
        ? count === 0 ? `Nothing matches “${query.trim()}”.` : `${count} ${count === 1 ? 'match' : 'matches'}.`
        : 'Type to search every record, or choose a command.';
  let index = -1;
  return (
    <dialog
      ref={dialogRef}
      className="palette"
      aria-label="Search and commands"
      onCancel={(event) => {
        event.preventDefault();
        hide();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it, as Escape does.
        if (event.target === dialogRef.current) hide();
      }}
    >
      <div className="palette__box">
        <div className="palette__field">
          <SearchIcon className="palette__icon" aria-hidden="true" />
          <input
            ref={inputRef}
            className="palette__input"
            type="text"
            role="combobox"
            aria-label="Search records or type a command"
            aria-autocomplete="list"
            aria-expanded={count > 0}
            aria-controls={listId}
            aria-activedescendant={count > 0 ? optionId(active) : undefined}
            placeholder="Search practitioners, policies, meetings… or type a command"
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => type(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <kbd className="palette__esc">Esc</kbd>
        </div>
        <div id={listId} role="listbox" aria-label="Matches" className="palette__list">
          {sections.map((section) => (
            <div key={section.key} role="group" aria-labelledby={`${id}-${section.key}`} className="palette__group">
              <div role="presentation" id={`${id}-${section.key}`} className="palette__group-label">{section.label}</div>
              {section.options.map((option) => {
                index += 1;
                const at = index;
                return (
                  <div
                    key={option.key}
                    id={optionId(at)}
                    role="option"
                    aria-selected={at === active}
                    className={`palette__option${at === active ? ' palette__option--active' : ''}`}
                    onMouseMove={() => at !== active && setActive(at)}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => void choose(at)}
                  >
                    <OptionContent option={option} />
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        <p className="palette__status" role="status">{status}</p>
        <p className="palette__keys" aria-hidden="true"><kbd>↑</kbd><kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close</p>
      </div>
    </dialog>
  );
}

/** The header's search box: a button that looks like one and opens the palette (typing starts there). */
export function PaletteLauncher() {
  const show = usePaletteStore((s) => s.show);
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  return (
    <button type="button" className="palette-launcher" onClick={show} aria-keyshortcuts="Control+K Meta+K" data-testid="palette-launcher">
      <SearchIcon className="palette-launcher__icon" aria-hidden="true" />
      <span className="palette-launcher__text">Search or run a command</span>
      <kbd className="palette-launcher__keys">{mac ? '⌘K' : 'Ctrl K'}</kbd>
    </button>
  );
}
