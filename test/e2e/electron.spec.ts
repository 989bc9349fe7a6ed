// Electron smoke test: the real main process, preload and renderer on a throwaway data folder. Skipped where the binary is absent.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { channelNames, type ChartroomApi } from '../../shared/contract';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const mainBundle = path.join(root, 'dist', 'electron', 'main.cjs');

/** The electron package exports its binary's path, and throws when ELECTRON_SKIP_BINARY_DOWNLOAD skipped the download. */
function electronBinary(): string | undefined {
  try {
    const binary: unknown = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

test('the Electron app opens its window with one preload function per channel, and app.info answers', async () => {
  const executablePath = electronBinary();
  test.skip(!executablePath, 'Electron binary not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD=1): the Electron smoke test runs where it exists');
  expect(fs.existsSync(mainBundle), 'run `npm run build` before the end-to-end tests').toBe(true);

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chartroom-electron-'));
  const app = await electron.launch({ executablePath, args: [mainBundle, '--data', dataDir], cwd: root });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Chartroom/);

    const exposed = await page.evaluate(() => {
      const api = (window as unknown as { chartroom?: Record<string, unknown> }).chartroom ?? {};
      return Object.keys(api).filter((name) => typeof api[name] === 'function').sort();
    });
    expect(exposed).toEqual([...channelNames].sort());

    // The sandbox holds: no Node in the page, and no raw IPC next to the contract's functions.
    const leaks = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      ipcRenderer: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
    }));
    expect(leaks).toEqual({ require: 'undefined', process: 'undefined', ipcRenderer: 'undefined' });

    const info = await page.evaluate(() => (window as unknown as { chartroom: ChartroomApi }).chartroom['app.info']({}));
    expect(info.ok).toBe(true);
    if (info.ok) expect(fs.realpathSync(info.value.dataDir)).toBe(fs.realpathSync(dataDir));

    const refused = await page.evaluate(() => (window as unknown as { chartroom: ChartroomApi }).chartroom['staff.get']({ nonsense: true } as never));
    expect(refused.ok ? 'ok' : refused.error.code).toBe('INVALID_INPUT');
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
