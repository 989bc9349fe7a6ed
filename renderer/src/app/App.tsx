// The app shell: sidebar, header, the current screen, the status line and the toasts.
import { useEffect } from 'react';
import { LockScreen } from '../features/app-lock/LockScreen';
import { useLockStore } from '../features/app-lock/lock-store';
import { useAppLock } from '../features/app-lock/use-app-lock';
import { ToastViewport } from '../ui';
import { useAppStore } from './app-store';
import { Header } from './Header';
import { CommandPalette } from '../features/search/CommandPalette';
import { useRouteStore } from './route-store';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { screens } from './screens';
import { Sidebar } from './Sidebar';
import { StatusLine } from './StatusLine';
import './Shell.css';

export function App() {
  const route = useRouteStore((state) => state.route);
  const load = useAppStore((state) => state.load);
  const Screen = screens[route];
  const lockKnown = useLockStore((state) => state.status !== null);
  const locked = useLockStore((state) => !!state.status?.locked);
  useAppLock();

  useEffect(() => {
    void load();
  }, [load]);

  // Locked: the shell and the screen are not drawn at all (not merely hidden), so no name or number is on the page.
  // The route stays in the address, so unlocking returns to the same screen.
  // Until the core has said whether it is locked, nothing: a laptop that starts locked must not flash its data.
  if (!lockKnown) return null;
  if (locked) return <LockScreen />;

  return (
    <div className="shell">
      {/* The first stop for Tab: past the sidebar's eight links to the screen. The address's hash is the route, so the
          link moves focus itself rather than letting "#content" become the address. */}
      <a
        className="skip-link"
        href="#content"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('content')?.focus();
        }}
      >
        Skip to content
      </a>
      <Sidebar />
      <div className="main">
        <Header />
        <main className="content" id="content" tabIndex={-1}>
          <div className="content__inner" data-screen={route}>
            <ScreenErrorBoundary key={route}>
              <Screen />
            </ScreenErrorBoundary>
          </div>
        </main>
      </div>
      <StatusLine />
      <ToastViewport />
      <CommandPalette />
    </div>
  );
}
