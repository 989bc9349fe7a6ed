// Sends text to the core one request at a time, and only the newest text waiting: the autosave's crash buffer.
export class LatestWinsQueue {
  private waiting: string | null = null;
  private inFlight = false;

  constructor(
    private readonly send: (text: string) => Promise<void>,
    private readonly onIdle: () => void = () => {},
  ) {}

  /** Queues the text; if a send is running, it replaces whatever was waiting behind it. */
  push(text: string): void {
    this.waiting = text;
    void this.pump();
  }

  get busy(): boolean {
    return this.inFlight || this.waiting !== null;
  }

  private async pump(): Promise<void> {
    if (this.inFlight || this.waiting === null) return;
    const text = this.waiting;
    this.waiting = null;
    this.inFlight = true;
    try {
      await this.send(text);
    } catch {
      // The sender reports its own failures; the next keystroke tries again.
    } finally {
      this.inFlight = false;
      if (this.waiting !== null) void this.pump();
      else this.onIdle();
    }
  }
}
