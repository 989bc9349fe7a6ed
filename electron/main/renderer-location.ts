// Where the built files sit next to the bundled main process, and the one URL our renderer is allowed to have.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// main.cjs and preload.cjs are both in dist/electron; the renderer is built to dist/renderer (inside app.asar when packaged).
export const preloadPath = path.join(__dirname, 'preload.cjs');
export const rendererIndexPath = path.join(__dirname, '..', 'renderer', 'index.html');
/** The core's worker thread, bundled beside main.cjs (electron/tools/build-electron.mjs); Electron loads workers from app.asar. */
export const coreWorkerPath = path.join(__dirname, 'core-worker.cjs');
export const rendererIndexUrl = pathToFileURL(rendererIndexPath).href;

/**
 * True when `url` is our index.html, whatever hash route or query it carries.
 * Compared as file paths so that percent-encoding and, on Windows, drive-letter case cannot make our own page a stranger.
 */
export function isRendererUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  parsed.hash = '';
  parsed.search = '';
  let file: string;
  try {
    file = fileURLToPath(parsed);
  } catch {
    return false;
  }
  const a = path.normalize(file);
  const b = path.normalize(rendererIndexPath);
  return process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}
