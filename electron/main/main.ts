// Entry point of the Electron main process: one instance, one core on one data folder, one locked-down window.
import { app, Menu, session, type BrowserWindow } from 'electron';
import { appVersion } from '../core/app-version';
import { bundledWorker } from '../core/host/bundled-worker';
import { startCoreHost, type CoreHost } from '../core/host/core-host';
import { dataDirFromArgv, profileDirFor } from './data-dir';
import { cleanProfileLeftovers, crashDumpsDirFor } from './profile-hygiene';
import { createElectronPrinter } from './electron-printer';
import { registerIpcHandlers } from './ipc';
import { buildApplicationMenu } from './menu';
import { registerOsLockHandlers, requestLock } from './os-lock';
import { hardenAllWebContents, hardenSession } from './security';
import { showStartupError } from './startup-error';
import { createMainWindow, focusWindow } from './window';
import { coreWorkerPath } from './renderer-location';

const namedDataDir = dataDirFromArgv(process.argv);
// Must happen before the single-instance lock and before ready: both read userData.
if (namedDataDir) app.setPath('userData', profileDirFor(namedDataDir));
// Chromium's session data and crash dumps stay in the profile inside the data folder (never the system's crash or
// temp folders), no crash report is ever sent (crashReporter is never started), and what a killed session left of
// caches and dumps is removed before Chromium starts again.
app.setPath('sessionData', app.getPath('userData'));
app.setPath('crashDumps', crashDumpsDirFor(app.getPath('userData')));

// Every renderer sandboxed, whatever a future BrowserWindow forgets to say.
app.enableSandbox();

let core: CoreHost | undefined;
let mainWindow: BrowserWindow | undefined;

if (!app.requestSingleInstanceLock()) {
  // Another Chartroom already has this data folder open; it will come to the front (see 'second-instance').
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(mainWindow));
  // Only once this instance holds the profile: another one may still be using its caches.
  cleanProfileLeftovers(app.getPath('userData'));
  hardenAllWebContents();
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Anything unforeseen between ready and the first window: explained once, rather than a windowless app left running.
      showStartupError(namedDataDir ?? app.getPath('userData'), error);
      void core?.kill();
      app.exit(1);
    });
}

async function start(): Promise<void> {
  const dataDir = namedDataDir ?? app.getPath('userData');
  try {
    // The core runs on a worker thread, so a sync or an import never freezes the window. PDFs still print here, with
    // Electron's own Chromium in a hidden window, asked for by the worker (the host's one back-channel). A damaged
    // database opens the core in recovery mode: the window shows the recovery screen, never a crash.
    core = await startCoreHost({
      dataDir, appVersion, checkOutput: !app.isPackaged, printer: createElectronPrinter(), worker: bundledWorker(coreWorkerPath),
      automaticBackups: true, recoverDamaged: true, lockAtStart: true,
    });
  } catch (error) {
    showStartupError(dataDir, error);
    app.exit(1);
    return;
  }

  app.setAboutPanelOptions({ applicationName: 'Chartroom', applicationVersion: appVersion });
  hardenSession(session.defaultSession);
  registerIpcHandlers(core, () => mainWindow);
  registerOsLockHandlers(core, () => mainWindow);
  Menu.setApplicationMenu(buildApplicationMenu({ isPackaged: app.isPackaged, platform: process.platform, onLock: () => requestLock(mainWindow) }));
  openWindow();

  // macOS keeps the app alive with no window; clicking the dock icon opens it again on the same core.
  app.on('activate', () => {
    if (!mainWindow || mainWindow.isDestroyed()) openWindow();
  });
}

function openWindow(): void {
  const window = createMainWindow(app.getPath('userData'));
  mainWindow = window;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', (event) => {
  if (!core) return;
  // The worker finishes what it is doing (each write is one transaction) and closes the database; then quit for real.
  const closing = core;
  core = undefined;
  event.preventDefault();
  void closing.close().finally(() => app.quit());
});
