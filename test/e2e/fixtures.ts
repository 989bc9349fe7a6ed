// Per test: a fresh data folder, the real core on it, and the bridge serving the built renderer; all closed afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { openCore, type Core } from '../../electron/core/core';
import { startBridge } from '../../electron/bridge/server';
import { startCoreHost } from '../../electron/core/host/core-host';
import { sourceWorker } from '../../electron/core/host/worker-source';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rendererDir = path.join(root, 'dist', 'renderer');

export interface ChartroomUnderTest {
  /** The address to open first: it carries the bridge token once. */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /**
   * The core the page talks to, for setting up and checking what was stored: `call` and `dispatch` reach the very core
   * behind the bridge (on its worker thread), `context` is a second connection to the same database for direct reads
   * and writes.
   */
  core: Core;
}

/** CHARTROOM_E2E_IN_PROCESS=1 serves the bridge from the core on this thread, as before the host: for before/after figures. */
const inProcess = process.env.CHARTROOM_E2E_IN_PROCESS === '1';

export const test = base.extend<{ chartroom: ChartroomUnderTest }>({
  chartroom: [
    async ({}, use) => {
      if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new Error('The renderer is not built: run `npm run build:renderer` (npm run test:e2e does it for you).');
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chartroom-e2e-'));
      // The bridge serves the core host, as the app does: the core on a worker thread.
      const host = inProcess ? null : await startCoreHost({ dataDir, worker: sourceWorker, checkOutput: true });
      const local = openCore({ dataDir, checkOutput: true });
      const core: Core = host ? { ...local, dispatch: host.dispatch, call: host.call } : local;
      const bridge = await startBridge({ dispatch: core.dispatch, staticDir: rendererDir });
      try {
        await use({ url: bridge.url, origin: bridge.origin, token: bridge.token, dataDir, core });
      } finally {
        await bridge.close();
        await host?.close();
        local.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
    // Starting the worker loads the core's modules afresh for each test.
    { timeout: 60_000 },
  ],
});

export { expect };

const screenshotDirs = {
  run: path.join(root, 'test-results', 'screenshots'),
  readme: path.join(root, 'resources', 'screenshots'),
};

/**
 * Saves what the page shows now under test-results/. `readme` marks the screenshots the README shows: they are copied
 * into resources/screenshots only when asked (CHARTROOM_REFRESH_SCREENSHOTS=1), so a test run leaves the tree clean.
 */
export async function saveScreenshot(page: Page, name: string, options: { readme?: boolean } = {}): Promise<void> {
  // Toasts and the caret come and go; screenshots should show the screen, not the moment.
  await page.mouse.move(0, 0);
  fs.mkdirSync(screenshotDirs.run, { recursive: true });
  const file = path.join(screenshotDirs.run, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  if (options.readme && process.env.CHARTROOM_REFRESH_SCREENSHOTS === '1') {
    fs.mkdirSync(screenshotDirs.readme, { recursive: true });
    fs.copyFileSync(file, path.join(screenshotDirs.readme, `${name}.png`));
  }
}
