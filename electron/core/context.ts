// What every feature's repository is handed: the open database and the one write path.
import type { Database } from 'better-sqlite3';
import type { Store } from './db/store';
import type { Jobs } from './jobs/jobs';
import type { PdfPrinter } from './print/printer';

export interface CoreContext {
  db: Database;
  store: Store;
  dataDir: string;
  databaseFile: string;
  appVersion: string;
  /** Today's instant; tests and the sample generator pin it. */
  now: () => Date;
  /** The PDF printer, started on first use: Electron's in the app, system Chromium elsewhere. */
  printer: () => PdfPrinter;
  /**
   * Closes the database, runs `swap` (which replaces its files: a restore), and opens the core again on the result.
   * Only an open core provides it; handlers must not use this context afterwards.
   */
  replaceDatabase?: (swap: () => void) => void;
  /** Long work in flight (sync, roster import, packet prints): progress to read and a way to cancel it. */
  jobs: Jobs;
}
