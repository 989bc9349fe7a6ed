// Hybrid logical clock: timestamps that sort the same on every laptop, even when wall clocks disagree or jump back.

export interface HlcStamp {
  wallMs: number;
  counter: number;
  deviceId: string;
}

/** Fixed-width text, so SQLite's plain text ordering is the clock's ordering. */
export function formatHlc({ wallMs, counter, deviceId }: HlcStamp): string {
  return `${wallMs.toString().padStart(15, '0')}-${counter.toString(36).padStart(5, '0')}-${deviceId}`;
}

export function parseHlc(text: string): HlcStamp {
  const match = /^(\d{15})-([0-9a-z]{5})-(.+)$/.exec(text);
  if (!match) throw new Error(`Not a clock stamp: ${text}`);
  return { wallMs: Number(match[1]), counter: parseInt(match[2]!, 36), deviceId: match[3]! };
}

export class HybridClock {
  private last: HlcStamp;

  constructor(
    private id: string,
    private readonly wallClock: () => number = Date.now,
    latestSeen?: string,
  ) {
    this.last = latestSeen ? parseHlc(latestSeen) : { wallMs: 0, counter: 0, deviceId: id };
  }

  get deviceId(): string {
    return this.id;
  }

  /** Stamps from now on carry a new device id (a copied data folder became a device of its own); time goes on. */
  becomeDevice(deviceId: string): void {
    this.id = deviceId;
    this.last = { ...this.last, deviceId };
  }

  /** A stamp later than every stamp this clock has issued or seen. */
  next(): string {
    const wall = this.wallClock();
    this.last =
      wall > this.last.wallMs
        ? { wallMs: wall, counter: 0, deviceId: this.id }
        : { wallMs: this.last.wallMs, counter: this.last.counter + 1, deviceId: this.id };
    return formatHlc(this.last);
  }

  /**
   * Moves the clock past a stamp received from another device, unless it is dated more than `aheadLimitMs` past this
   * laptop's wall clock: such a stamp was let through by the director ("accept their dates"), and following it would
   * date every later edit here as far ahead, which the other laptops would then stop on.
   */
  observe(remote: string, aheadLimitMs = Number.POSITIVE_INFINITY): void {
    const r = parseHlc(remote);
    if (r.wallMs - this.wallClock() > aheadLimitMs) return;
    if (r.wallMs > this.last.wallMs || (r.wallMs === this.last.wallMs && r.counter > this.last.counter)) {
      this.last = { wallMs: r.wallMs, counter: r.counter, deviceId: this.id };
    }
  }
}
