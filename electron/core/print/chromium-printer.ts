// PdfPrinter on the system Chromium through playwright-core: used by the CLI and the tests, where there is no Electron.
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AppError } from '../errors';
import { resolvePrintOptions, type PdfPrinter, type PrintOptions } from './printer';

/** Flags for a browser that only lays out pages: no sandbox (containers, CI), no GPU, and no calls home. */
const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** Where Chromium or Chrome usually lives when CHROMIUM_PATH does not say. */
const knownLocations: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
};

export interface ChromiumPrinterOptions {
  /** Default: CHROMIUM_PATH, else the first known location that exists. */
  executablePath?: string;
}

export function createChromiumPrinter(options: ChromiumPrinterOptions = {}): PdfPrinter {
  // One browser, launched on the first print and shared by every print after it: a launch costs ~300 ms.
  let launching: Promise<Browser> | undefined;
  // One context, and its pages kept for the next print: a new page costs ~300 ms here, a print on a kept one ~200 ms.
  // Nothing carries from one document to the next: scripts are off and every request is refused, so a page has no
  // cookies, storage or cache to keep, and setContent replaces the whole document.
  let opening: Promise<BrowserContext> | undefined;
  const idlePages: Page[] = [];

  const browser = (): Promise<Browser> => {
    launching ??= launch(options.executablePath ?? process.env.CHROMIUM_PATH ?? firstExisting(knownLocations[process.platform] ?? [])).catch(
      (error: unknown) => {
        launching = undefined;
        throw error;
      },
    );
    return launching;
  };

  const context = (): Promise<BrowserContext> => {
    opening ??= browser().then(async (b) => {
      const c = await b.newContext({ javaScriptEnabled: false, offline: true });
      // The HTML is built from the director's data; it must not reach anything, not even a font on the web.
      await c.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort('blockedbyclient')));
      return c;
    }).catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
    return opening;
  };

  async function takePage(): Promise<Page> {
    const kept = idlePages.pop();
    if (kept && !kept.isClosed()) return kept;
    return (await context()).newPage();
  }

  return {
    async print(html: string, printOptions?: PrintOptions): Promise<Uint8Array> {
      const { pageSize, margins, landscape } = resolvePrintOptions(printOptions);
      const page = await takePage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({
          format: pageSize,
          landscape,
          printBackground: true,
          // Tagged: headings, lists and tables reach a screen reader as structure, not as loose text.
          tagged: true,
          margin: { top: `${margins.top}in`, right: `${margins.right}in`, bottom: `${margins.bottom}in`, left: `${margins.left}in` },
        });
        idlePages.push(page);
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } catch (error) {
        await page.close().catch(() => undefined);
        // A browser that went away is started again on the next print.
        if (!(await launching?.then((b) => b.isConnected(), () => false))) {
          launching = undefined;
          opening = undefined;
          idlePages.length = 0;
        }
        throw error;
      }
    },

    async close(): Promise<void> {
      const pending = launching;
      launching = undefined;
      opening = undefined;
      idlePages.length = 0;
      if (!pending) return;
      const opened = await pending.catch(() => undefined);
      await opened?.close();
    },
  };
}

async function launch(executablePath: string | undefined): Promise<Browser> {
  if (executablePath !== undefined && !fs.existsSync(executablePath)) throw chromiumMissing(executablePath);
  // Imported on demand so the Electron bundle, which prints with its own Chromium, never needs playwright-core.
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: launchArgs, headless: true });
  } catch (error) {
    // Without a path playwright-core looks for its own download; "not found" is then the likely story too.
    if (executablePath === undefined) throw chromiumMissing(undefined);
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new AppError('UNAVAILABLE', `Chromium at ${executablePath} could not be started, so the PDF could not be printed (${why}).`);
  }
}

function chromiumMissing(executablePath: string | undefined): AppError {
  const where = executablePath ? ` at ${executablePath}` : '';
  return new AppError(
    'UNAVAILABLE',
    `Chromium was not found${where}, so the PDF could not be printed. Install Chromium or Google Chrome, or set CHROMIUM_PATH to its program file.`,
  );
}

function firstExisting(paths: string[]): string | undefined {
  return paths.find((candidate) => fs.existsSync(candidate));
}
