// A list's filters, written after "?" in the address: a dashboard tile opens its list filtered to exactly what it
// counted, a reload keeps the filter, and Back undoes a filter change.
import { useSyncExternalStore } from 'react';

/** The filters in an address such as "#/staff/expirations?show=lapsed". */
export function hashQuery(hash: string = window.location.hash): URLSearchParams {
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}

/** An address with its filters; a filter left at its default (null or '') is left out, so the address stays short. */
export function hashWithQuery(path: string, filters: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** Changes the current address's filters (keeping its path): the screen follows the address through useHashQuery. */
export function setHashQuery(filters: Record<string, string | number | null | undefined>): void {
  const path = window.location.hash.split('?')[0] || '#/';
  const next = hashWithQuery(path, filters);
  if (window.location.hash !== next) window.location.hash = next;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current address's filters as a string (stable between renders, so it can be an effect's dependency). */
export function useHashQuery(): string {
  return useSyncExternalStore(subscribe, () => hashQuery().toString());
}
