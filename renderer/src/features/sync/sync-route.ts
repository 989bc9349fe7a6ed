// Settings' sub-pages, written in the address: #/settings/sync focuses the Sync card, #/settings/conflicts opens the review.
import { useSyncExternalStore } from 'react';

export type SettingsPage = 'main' | 'conflicts';

export function settingsPageFromHash(hash: string): SettingsPage {
  return /^#\/?settings\/conflicts\b/.test(hash) ? 'conflicts' : 'main';
}

export const conflictsHash = '#/settings/conflicts';
export const syncCardHash = '#/settings/sync';

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useSettingsPage(): SettingsPage {
  return useSyncExternalStore(subscribe, () => settingsPageFromHash(window.location.hash));
}
