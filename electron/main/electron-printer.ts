// PdfPrinter inside the app: Electron's own Chromium prints the HTML in a hidden, locked-down window.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, session, type Session } from 'electron';
import { resolvePrintOptions, type PdfPrinter, type PrintOptions } from '../core/print/printer';

/** In memory (no "persist:" prefix): nothing a printed document does is kept on disk, and nothing is shared with the app's window. */
const printPartition = 'chartroom-print';

/** The one file each print window may load; every other request from that session is refused. */
const printableFiles = new Set<string>();
let printSession: Session | undefined;

function lockedDownSession(): Session {
  if (printSession) return printSession;
  const created = session.fromPartition(printPartition, { cache: false });
  // The HTML is built from the director's data and must reach nothing: no web font, no tracking pixel, no other local file.
  created.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(details.url.startsWith('data:') || printableFiles.has(localPathOf(details.url))) });
  });
  created.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  created.setPermissionCheckHandler(() => false);
  printSession = created;
  return created;
}

function localPathOf(url: string): string {
  if (!url.startsWith('file:')) return '';
  try {
    return path.resolve(fileURLToPath(url));
  } catch {
    return '';
  }
}

function printWindow(): BrowserWindow {
  return new BrowserWindow({
    show: false,
    width: 816,
    height: 1056,
    webPreferences: {
      session: lockedDownSession(),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      webgl: false,
      plugins: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  });
}

export function createElectronPrinter(): PdfPrinter {
  const openWindows = new Set<BrowserWindow>();
  // A hidden window is kept for the next print: making one costs a renderer process each time, and a packet prints
  // dozens of documents. Nothing carries over: scripts are off, every other request is refused, loadFile replaces all.
  // Kept only briefly: a hidden window left open would keep the app running after the director closes it.
  const idleWindows: BrowserWindow[] = [];
  let releaseTimer: NodeJS.Timeout | undefined;
  const releaseIdle = () => {
    for (const window of idleWindows.splice(0)) if (!window.isDestroyed()) window.destroy();
  };

  return {
    async print(html: string, options?: PrintOptions): Promise<Uint8Array> {
      const { pageSize, margins, landscape } = resolvePrintOptions(options);
      // A temporary file rather than a data: URL: a long packet can pass Chromium's 2 MB limit on URLs.
      const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'chartroom-print-'));
      const file = path.resolve(folder, 'document.html');
      clearTimeout(releaseTimer);
      let window = idleWindows.pop();
      if (!window || window.isDestroyed()) window = printWindow();
      openWindows.add(window);
      let printed = false;
      try {
        // Only the owner may read it: printed documents can hold peer-review or patient content.
        await fs.writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
        printableFiles.add(file);
        await window.loadFile(file);
        const pdf = await window.webContents.printToPDF({
          pageSize,
          landscape,
          printBackground: true,
          // Tagged: headings, lists and tables reach a screen reader as structure, not as loose text.
          generateTaggedPDF: true,
          margins: { top: margins.top, right: margins.right, bottom: margins.bottom, left: margins.left },
        });
        printed = true;
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        printableFiles.delete(file);
        openWindows.delete(window);
        if (printed && !window.isDestroyed()) idleWindows.push(window);
        else if (!window.isDestroyed()) window.destroy();
        clearTimeout(releaseTimer);
        releaseTimer = setTimeout(releaseIdle, 2_000);
        await fs.rm(folder, { recursive: true, force: true });
      }
    },

    async close(): Promise<void> {
      clearTimeout(releaseTimer);
      releaseIdle();
      for (const window of openWindows) if (!window.isDestroyed()) window.destroy();
      openWindows.clear();
    },
  };
}
