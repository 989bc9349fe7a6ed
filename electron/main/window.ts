// The one Chartroom window: locked-down web preferences, restored bounds, shown only once it has painted.
import { BrowserWindow, screen } from 'electron';
import { preloadPath, rendererIndexPath } from './renderer-location';
import { fitToDisplays, minimumSize, readWindowState, writeWindowState } from './window-state';

/** The renderer's canvas colour (--color-canvas), so the window does not flash white before the first paint. */
const canvasColour = '#f3f5f8';

export function createMainWindow(userDataDir: string): BrowserWindow {
  const primary = screen.getPrimaryDisplay().workArea;
  const state = fitToDisplays(readWindowState(userDataDir), screen.getAllDisplays().map((display) => display.workArea), primary);

  const window = new BrowserWindow({
    title: 'Chartroom',
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : { center: true }),
    width: state.width,
    height: state.height,
    minWidth: Math.min(minimumSize.width, primary.width),
    minHeight: Math.min(minimumSize.height, primary.height),
    show: false,
    backgroundColor: canvasColour,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Spellcheck would fetch Hunspell dictionaries from Google's CDN on Windows and Linux: nothing leaves the laptop.
      spellcheck: false,
    },
  });

  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });

  // Saved on close rather than on every move: one small write, and the normal bounds survive a maximized session.
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    writeWindowState(userDataDir, { ...bounds, maximized: window.isMaximized() });
  });

  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[chartroom] the window's page stopped (${details.reason}, exit code ${details.exitCode}).`);
  });

  window.loadFile(rendererIndexPath).catch((error: unknown) => {
    console.error(`[chartroom] could not load ${rendererIndexPath} (run \`npm run build\` first?):`, error);
  });
  return window;
}

/** A second launch lands here: bring the window the director already has to the front. */
export function focusWindow(window: BrowserWindow | undefined): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
