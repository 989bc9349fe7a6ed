// The current screen, kept in the address's hash so a reload (or Electron restoring a window) opens the same screen.
import { create } from 'zustand';
import { hashFor, routeFromHash, type RouteId } from './routes';

interface RouteState {
  route: RouteId;
  navigate(route: RouteId): void;
}

export const useRouteStore = create<RouteState>((set) => ({
  route: routeFromHash(window.location.hash),
  navigate(route) {
    if (window.location.hash !== hashFor(route)) window.location.hash = hashFor(route);
    set({ route });
  },
}));

// Back and forward buttons, and links written as plain hrefs, change the hash without going through navigate().
window.addEventListener('hashchange', () => {
  useRouteStore.setState({ route: routeFromHash(window.location.hash) });
});
