// The window stays usable while a sync applies ~100,000 changes through the bridge. The core runs on the host's worker
// thread, so the bridge's own thread stays free: the sync's progress is answered while it runs, typing in the policy
// editor is measured (keystroke to the next painted frame) during the sync and before it, and Cancel stops a sync
// with nothing of it kept. The typing figures are recorded, not asserted: on a loaded 2-core machine they vary too
// much for a bound. CHARTROOM_E2E_IN_PROCESS=1 serves the bridge from the core on its own thread, for "before" figures.
process.env.CHARTROOM_AUTO_SYNC = '0';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { tokenHeader } from '../../electron/bridge/server';
import { writeBigSyncFolder } from '../support/big-sync-folder';
import { smallOrganisation } from '../support/staff-fixtures';
import { expect, saveScreenshot, test, type ChartroomUnderTest } from './fixtures';
import { ShellPage } from './pages/shell';
import { PolicyEditorPage } from './pages/policies';
import { SyncPage } from './pages/sync';

const inProcess = process.env.CHARTROOM_E2E_IN_PROCESS === '1';
const passphrase = 'lantern bay team passphrase';

/** Types `text` into the focused field and returns each keystroke's time to the next frame, in ms. */
async function keystrokeLatencies(page: Page, text: string): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[]; __listening?: boolean };
    w.__latencies = [];
    if (!w.__listening) document.addEventListener('keydown', (e) => requestAnimationFrame(() => w.__latencies.push(performance.now() - e.timeStamp)), { capture: true });
    w.__listening = true;
  });
  await page.keyboard.type(text, { delay: 40 });
  await page.waitForTimeout(100);
  return page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN);
}

/** A channel called through the bridge, as the renderer calls it. */
async function overBridge(chartroom: ChartroomUnderTest, channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> {
  const response = await fetch(`${chartroom.origin}/api/${channel}`, { method: 'POST', headers: { [tokenHeader]: chartroom.token, 'content-type': 'application/json' }, body: JSON.stringify(input) });
  return (await response.json()) as { ok: boolean; value?: unknown };
}

test('typing in the policy editor while a sync applies 100,000 changes, with the sync\'s progress answered meanwhile', async ({ page, chartroom }) => {
  test.setTimeout(600_000);
  const changes = Number(process.env.CHARTROOM_RESPONSIVENESS_CHANGES ?? 100_000);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chartroom-e2e-responsive-'));
  try {
    const big = writeBigSyncFolder(root, changes, passphrase);
    const { core } = chartroom;
    const org = await smallOrganisation(core);
    const policy = await core.call('policies.create', { reference: 'MS-014', title: 'Clinical privileges', category: 'Medical staff', ownerId: org.practitioner.id, body: '# Privileges\n\nGranted item by item.' });
    await core.call('sync.configure', { folder: big.folder, deviceName: 'Front office', passphrase: big.passphrase });
    const staffStored = () => chartroom.core.context.db.prepare('SELECT count(*) FROM staff').pluck().get() as number;
    const before = staffStored();

    await new ShellPage(page).open(chartroom.url);
    await page.evaluate((hash) => (location.hash = hash), `#/policies/${policy.id}/edit/${policy.versions[0]!.id}`);
    const editor = new PolicyEditorPage(page);
    await expect(editor.text).toHaveValue(/Granted item by item/);
    await editor.text.click();
    await page.keyboard.press('End');
    const idle = await keystrokeLatencies(page, ' Typed before the sync, letter by letter.');

    // The page starts the sync through the bridge, as the Sync card does, and 1.5 s later asks how far it has got:
    // how long the bridge takes to answer during a sync (in process, the bridge's thread is the sync's).
    const started = Date.now();
    const probe = page.evaluate(async (token) => {
      const post = (channel: string, input: unknown) =>
        fetch(`/api/${channel}`, { method: 'POST', headers: { 'x-chartroom-token': token, 'content-type': 'application/json' }, body: JSON.stringify(input) });
      (window as unknown as { __sync: Promise<unknown> }).__sync = post('sync.now', { jobId: 'big-sync' }).then((r) => r.json());
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const asked = performance.now();
      await post('jobs.progress', { jobId: 'big-sync' });
      return Math.round(performance.now() - asked);
    }, chartroom.token);
    const syncing = probe.then(() => page.evaluate(() => (window as unknown as { __sync: Promise<{ ok: boolean }> }).__sync));
    let progressMs: number[] = [];
    if (!inProcess) {
      // Its progress is answered by the bridge's thread while the worker applies: within moments, not at the end.
      for (let seen = false; !seen; ) {
        const asked = Date.now();
        const progress = (await overBridge(chartroom, 'jobs.progress', { jobId: 'big-sync' })).value as { done: number } | null;
        progressMs.push(Date.now() - asked);
        seen = !!progress && progress.done > 0;
        if (!seen) await page.waitForTimeout(50);
        expect(Date.now() - started).toBeLessThan(300_000);
      }
    } else await page.waitForTimeout(2_000);
    const duringSync = await keystrokeLatencies(page, ' Typed while the sync runs, letter by letter.');
    // The sync is one transaction: while it runs, a second connection sees none of its staff.
    const typedDuringSync = staffStored() === before;
    const answer = await syncing;
    const syncMs = Date.now() - started;
    expect(answer.ok).toBe(true);
    expect(staffStored()).toBe(before + Math.ceil(changes / 8));
    await expect(editor.text).toHaveValue(/Typed while the sync runs, letter by letter\./);

    const figures = {
      core: inProcess ? 'in process (before)' : 'worker thread (host)',
      changes,
      syncMs,
      bridgeAnswerDuringSyncMs: await probe,
      typedDuringSync,
      progressAnswerMs: progressMs.length ? { p50: percentile(progressMs, 50), max: Math.max(...progressMs) } : null,
      keystrokeToFrameIdle: { p50: percentile(idle, 50), p95: percentile(idle, 95) },
      keystrokeToFrameDuringSync: { p50: percentile(duringSync, 50), p95: percentile(duringSync, 95) },
    };
    console.log(`[responsiveness] ${JSON.stringify(figures)}`);
    test.info().annotations.push({ type: 'figures', description: JSON.stringify(figures) });
    if (!inProcess) expect(typedDuringSync).toBe(true);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('the Sync card shows a running sync\'s progress, and Cancel stops it with nothing kept', async ({ page, chartroom }) => {
  test.skip(inProcess, 'In process, the bridge cannot answer progress or cancel while the sync holds its thread.');
  test.setTimeout(300_000);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chartroom-e2e-cancel-'));
  try {
    const big = writeBigSyncFolder(root, 60_000, passphrase);
    await chartroom.core.call('sync.configure', { folder: big.folder, deviceName: 'Front office', passphrase });
    const shell = new ShellPage(page);
    const sync = new SyncPage(page);
    await shell.open(chartroom.url);
    await shell.go('Settings');
    await sync.syncNow.click();
    const progress = page.getByTestId('sync-progress');
    await expect(progress).toContainText(/Applying changes from other laptops — [\d,]+ of [\d,]+/, { timeout: 120_000 });
    await progress.getByRole('button', { name: 'Cancel sync' }).click();
    await saveScreenshot(page, 'sync-progress');
    await expect(sync.card.getByRole('alert')).toContainText('The sync was cancelled before it finished. Nothing it had started was kept', { timeout: 120_000 });
    await expect(progress).toHaveCount(0);
    expect(chartroom.core.context.db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(0);
    await saveScreenshot(page, 'sync-cancelled');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
