// The app shell: sidebar, header, the current screen, the status line and the toasts.
import { useEffect } from 'react';
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

  useEffect(() => {
    void load();
  }, [load]);

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
