// Syncs without being asked: shortly after a local change, and when the shared folder changes. One sync at a time;
// a stop (wrong passphrase, mass deletion…) is kept for the Sync card and not retried until something changes.
import type { CoreContext } from '../context';
import { looksLikeNetworkDrive, watchFolder, type FolderWatcher } from './folder-watcher';
import { runSync } from './sync-engine';
import { syncState } from './sync-state';
import { SyncStop } from './sync-stop';

const localCheckMs = 3_000;
const debounceMs = 1_500;

export class AutoSync {
  private watcher: FolderWatcher | null = null;
  private localTimer: NodeJS.Timeout | null = null;
  private debounce: NodeJS.Timeout | null = null;
  private lastLocalSeq = 0;

  constructor(private readonly ctx: CoreContext) {}

  get mode(): 'events' | 'polling' | 'off' {
    return this.watcher?.mode ?? 'off';
  }

  /** (Re)starts watching the configured folder; does nothing when sync is not set up or automatic sync is off. */
  start(): void {
    this.stop();
    if (process.env.CHARTROOM_AUTO_SYNC === '0') return;
    const folder = syncState(this.ctx.db).config('folder');
    if (!folder) return;
    try {
      this.watcher = watchFolder(folder, () => this.soon(), { polling: looksLikeNetworkDrive(folder) });
    } catch {
      this.watcher = null;
    }
    this.localTimer = setInterval(() => this.checkLocal(), localCheckMs);
    this.localTimer.unref();
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.localTimer) clearInterval(this.localTimer);
    if (this.debounce) clearTimeout(this.debounce);
    this.localTimer = this.debounce = null;
  }

  private checkLocal(): void {
    if (!this.ctx.db.open) return this.stop();
    const seq = (this.ctx.db.prepare('SELECT max(seq) FROM change_log WHERE device_id = ?').pluck().get(this.ctx.store.deviceId) as number | null) ?? 0;
    const exported = Number(syncState(this.ctx.db).config('exportedSeq') ?? 0);
    if (seq > exported && seq !== this.lastLocalSeq) {
      this.lastLocalSeq = seq;
      this.soon();
    }
  }

  private soon(): void {
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.run(), debounceMs);
    this.debounce.unref();
  }

  private run(): void {
    if (!this.ctx.db.open) return this.stop();
    const state = syncState(this.ctx.db);
    const folder = state.config('folder');
    if (!folder) return;
    try {
      runSync(this.ctx, { folder });
      state.setConfig('lastStop', 'null');
    } catch (error) {
      const stop = error instanceof SyncStop ? error : new SyncStop('FOLDER_UNREADABLE', `The sync did not finish: ${(error as Error).message}`);
      state.setConfig('lastStop', JSON.stringify({ code: stop.code, message: stop.message, at: this.ctx.now().toISOString() }));
    }
  }
}
