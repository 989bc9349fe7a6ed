// A file-sync service simulated between per-device folders: delivers each device's new files to the others in a
// random order, sometimes first cut short (read mid-write), sometimes twice as a conflicted copy, with the temp and
// lock files real sync clients leave about; a file its author deletes is deleted everywhere.
import fs from 'node:fs';
import path from 'node:path';
import type { SeededRandom } from '../../../../electron/core/sample/random';

interface Published {
  origin: number;
  bytes: Buffer;
}

export interface ShareFaults {
  truncate: number;
  conflictedCopy: number;
  foreignFile: number;
}

function walk(root: string, dir = root): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? walk(root, path.join(dir, e.name)) : [path.relative(root, path.join(dir, e.name))]));
}

export class SimulatedShare {
  private readonly published = new Map<string, Published>();
  /** Every segment ever published, by path, including those compacted away since: the whole history for the oracle. */
  readonly segmentHistory = new Map<string, Buffer>();
  /** "target\u0000relative path" of deliveries not yet made in full. */
  private readonly pending = new Set<string>();

  constructor(
    readonly folders: readonly string[],
    private readonly random: SeededRandom,
    private readonly faults: ShareFaults,
  ) {}

  /** Picks up what each device wrote (and deleted) in its own folder since last time. */
  collect(): void {
    this.folders.forEach((folder, origin) => {
      for (const rel of walk(folder)) {
        if (this.published.has(rel) || this.isJunk(rel)) continue;
        const bytes = fs.readFileSync(path.join(folder, rel));
        this.published.set(rel, { origin, bytes });
        if (rel.endsWith('.seg')) this.segmentHistory.set(rel, bytes);
        this.folders.forEach((_, target) => target !== origin && this.pending.add(`${target}\u0000${rel}`));
      }
    });
    for (const [rel, p] of [...this.published]) {
      if (fs.existsSync(path.join(this.folders[p.origin]!, rel))) continue;
      this.published.delete(rel);
      this.folders.forEach((folder, target) => {
        this.pending.delete(`${target}\u0000${rel}`);
        fs.rmSync(path.join(folder, rel), { force: true });
      });
    }
  }

  /** Delivers about `share` of what is pending, in random order, with faults. */
  deliverSome(share: number): void {
    this.collect();
    const items = [...this.pending];
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.random.int(0, i);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    for (const item of items.slice(0, Math.ceil(items.length * share))) this.deliver(item, true);
  }

  /** Delivers everything pending, whole. */
  deliverAll(): void {
    this.collect();
    for (const item of [...this.pending]) this.deliver(item, false);
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  private deliver(item: string, withFaults: boolean): void {
    const [targetText, rel] = item.split('\u0000') as [string, string];
    const target = Number(targetText);
    const p = this.published.get(rel);
    if (!p) return;
    const file = path.join(this.folders[target]!, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (withFaults && p.bytes.length > 10 && this.random.chance(this.faults.truncate)) {
      // The reader sees the file mid-write; the rest arrives with a later delivery.
      fs.writeFileSync(file, p.bytes.subarray(0, this.random.int(1, p.bytes.length - 1)));
      return;
    }
    fs.writeFileSync(file, p.bytes);
    this.pending.delete(item);
    if (!withFaults) return;
    const dir = path.dirname(file);
    const base = path.basename(rel);
    if (this.random.chance(this.faults.conflictedCopy)) {
      const copy = this.random.chance(0.5)
        ? base.replace(/(\.\w+)$/, '.sync-conflict-20261122-101500-ABCDEFG$1')
        : base.replace(/(\.\w+)$/, " (Alice's conflicted copy 2026-11-22)$1");
      fs.writeFileSync(path.join(dir, copy), this.random.chance(0.5) ? p.bytes : p.bytes.subarray(0, p.bytes.length >> 1));
    }
    if (this.random.chance(this.faults.foreignFile)) {
      const junk = this.random.pick([`.syncthing.${base}.tmp`, `~$${base}`, '.~lock.format.json#', `${base}.partial`, 'desktop.ini']);
      fs.writeFileSync(path.join(dir, junk), p.bytes.subarray(0, this.random.int(0, p.bytes.length)));
    }
  }

  private isJunk(rel: string): boolean {
    const base = path.basename(rel);
    return base.startsWith('.') || base.startsWith('~$') || base.includes('conflict') || base.endsWith('.partial') || base === 'desktop.ini';
  }
}
