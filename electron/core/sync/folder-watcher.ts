// Notices changes in the shared folder with chokidar: file events where the OS gives them, polling where it does not
// (SMB and other network drives send none).
import fs from 'node:fs';
import path from 'node:path';
import chokidar from 'chokidar';

export interface FolderWatcher {
  readonly mode: 'events' | 'polling';
  close(): void;
}

export interface WatchOptions {
  /** Poll instead of listening for events (network drives). */
  polling?: boolean;
  pollIntervalMs?: number;
}

/** A folder on a network drive: a UNC path on Windows, or a mount of a network file system elsewhere. */
export function looksLikeNetworkDrive(folder: string): boolean {
  if (/^(\\\\|\/\/)/.test(folder)) return true;
  try {
    const mounts = fs.readFileSync('/proc/mounts', 'utf8').split('\n').map((l) => l.split(' '));
    const match = mounts.filter((m) => m[1] && folder.startsWith(m[1])).sort((a, b) => b[1]!.length - a[1]!.length)[0];
    return !!match && /^(nfs\d?|cifs|smb\d?|fuse\.sshfs|davfs)$/.test(match[2] ?? '');
  } catch {
    return false;
  }
}

export function watchFolder(folder: string, onChange: () => void, options: WatchOptions = {}): FolderWatcher {
  const polling = options.polling ?? false;
  const watcher = chokidar.watch(path.join(folder, 'devices'), {
    // Our own temp files and other clients' (".syncthing.*.tmp", "~$…") come and go; only names that can be ours matter.
    ignored: (file) => path.basename(file).startsWith('.') || path.basename(file).startsWith('~'),
    ignoreInitial: true,
    persistent: false,
    depth: 4,
    usePolling: polling,
    interval: options.pollIntervalMs ?? 15_000,
    // A file another laptop is still writing settles before we look; a half-arrived one is skipped and retried anyway.
    awaitWriteFinish: { stabilityThreshold: 750, pollInterval: 250 },
  });
  watcher.on('all', () => onChange());
  watcher.on('error', () => undefined);
  return { mode: polling ? 'polling' : 'events', close: () => void watcher.close() };
}
