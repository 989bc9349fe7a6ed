// Long text kept on this computer at every keystroke until the core holds it: a reload, a crash or a closed window a
// moment after typing loses nothing. A request to the core can still be in flight (or not yet sent, waiting for a pause)
// when the page goes; a write to the window's own storage cannot.
import { useCallback, useEffect, useRef, useState } from 'react';

const prefix = 'chartroom.kept-text.';

/** What was typed, the text the core held when the typing began, and when it was kept. */
export interface KeptText {
  text: string;
  base: string;
  keptAt: string;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // Storage refused (a locked-down profile): typing still works, only the safety net is gone.
  }
}

export function keepText(key: string, text: string, base: string): void {
  try {
    storage()?.setItem(prefix + key, JSON.stringify({ text, base, keptAt: new Date().toISOString() } satisfies KeptText));
  } catch {
    // Storage full: the core's own save still runs.
  }
}

export function keptText(key: string): KeptText | null {
  const raw = storage()?.getItem(prefix + key);
  if (!raw) return null;
  try {
    const kept = JSON.parse(raw) as Partial<KeptText>;
    return typeof kept.text === 'string' && typeof kept.base === 'string' ? { text: kept.text, base: kept.base, keptAt: kept.keptAt ?? '' } : null;
  } catch {
    return null;
  }
}

export function forgetText(key: string): void {
  storage()?.removeItem(prefix + key);
}

/**
 * The text to open a field with: what was typed and not yet saved, when it was typed over what the core still holds;
 * otherwise what the core holds. Kept text typed over something the core has since replaced (another laptop's edit,
 * synced) is not forced in over it: it stays kept, and keptText still offers it.
 */
export function restoreText(key: string, stored: string): string {
  const kept = keptText(key);
  if (!kept) return stored;
  if (kept.text === stored) {
    forgetText(key);
    return stored;
  }
  return kept.base === stored ? kept.text : stored;
}

/**
 * useState for a long text field that survives a reload: opens with restoreText, keeps every change, and forgets the
 * kept copy once the core holds the same text (`stored` catches up after a save) or when `forget` is called (a
 * dialog's text went in with its record, or was cancelled on purpose).
 */
export function useKeptText(key: string, stored = ''): [string, (text: string) => void, () => void] {
  const [text, setTextState] = useState(() => restoreText(key, stored));
  // Typed (or restored) here: only then is the kept copy ours to move onto a newer base or to forget.
  const touched = useRef(text !== stored);
  const setText = useCallback(
    (next: string) => {
      touched.current = true;
      setTextState(next);
      if (next === stored) forgetText(key);
      else keepText(key, next, stored);
    },
    [key, stored],
  );
  // The core caught up (a save landed): forget the copy, or re-base it on what the core now holds so a reload
  // after a partial save still restores the rest.
  useEffect(() => {
    if (!touched.current) return;
    if (text === stored) forgetText(key);
    else keepText(key, text, stored);
  }, [key, text, stored]);
  const forget = useCallback(() => forgetText(key), [key]);
  return [text, setText, forget];
}
