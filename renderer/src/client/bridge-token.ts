// The bridge token: taken from the address once, kept for this tab, and removed from the address bar so it is not shared by accident.
const storageKey = 'chartroom.bridgeToken';

let cached: string | null | undefined;

export function bridgeToken(): string | null {
  if (cached !== undefined) return cached;
  const url = new URL(window.location.href);
  const fromAddress = url.searchParams.get('token');
  if (fromAddress) {
    window.sessionStorage.setItem(storageKey, fromAddress);
    url.searchParams.delete('token');
    // Keep the hash: it is the route, and it must survive the clean-up.
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  cached = fromAddress ?? window.sessionStorage.getItem(storageKey);
  return cached;
}
