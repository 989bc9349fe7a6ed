// The status line: which database file is open and which app and schema versions are reading it.
import { DatabaseIcon } from '../ui';
import { useAppStore } from './app-store';

export function StatusLine() {
  const info = useAppStore((state) => state.info);
  const loadError = useAppStore((state) => state.loadError);
  return (
    <footer className="status-line" data-testid="status-line">
      <DatabaseIcon className="status-line__icon" />
      {info ? (
        <>
          <span className="status-line__file" title={info.databaseFile}>{info.databaseFile}</span>
          <span className="status-line__spacer" />
          <span>Chartroom {info.appVersion}</span>
          <span className="status-line__dot" aria-hidden="true">·</span>
          <span>Schema {info.schemaVersion}</span>
        </>
      ) : (
        <span>{loadError ?? 'Opening the database…'}</span>
      )}
    </footer>
  );
}
