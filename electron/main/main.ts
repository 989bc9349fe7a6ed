// Entry point of the Electron main process: one instance, one core on one data folder, one locked-down window.
import { app, Menu, session, type BrowserWindow } from 'electron';
import { openCore, type Core } from '../core/core';
import { appVersion } from '../core/app-version';
import { dataDirFromArgv, profileDirFor } from './data-dir';
import { cleanProfileLeftovers, crashDumpsDirFor } from './profile-hygiene';
import { createElectronPrinter } from './electron-printer';
import { registerIpcHandlers } from './ipc';
import { buildApplicationMenu } from './menu';
import { registerOsLockHandlers, requestLock } from './os-lock';
import { hardenAllWebContents, hardenSession } from './security';
import { showStartupError } from './startup-error';
import { createMainWindow, focusWindow } from './window';

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

let core: Core | undefined;
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
      core?.close();
      app.exit(1);
    });
}

function start(): void {
  const dataDir = namedDataDir ?? app.getPath('userData');
  try {
    // PDFs print with Electron's own Chromium in a hidden window; the system Chromium is for the CLI and tests.
    // A damaged database opens the core in recovery mode: the window shows the recovery screen, never a crash.
    core = openCore({ dataDir, appVersion, checkOutput: !app.isPackaged, printer: createElectronPrinter(), automaticBackups: true, recoverDamaged: true, lockAtStart: true });
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

app.on('will-quit', () => {
  core?.close();
  core = undefined;
});
