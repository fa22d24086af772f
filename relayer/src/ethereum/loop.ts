// The round loop the orchestrator and the bridge relayer share: run a round every pollMs until stop(); a failed round
// is reported and the loop goes on; stop() wakes a sleeping loop at once.
export class RoundLoop {
  private stopped = false;
  private wake?: () => void;

  constructor(
    private readonly pollMs: number,
    private readonly round: () => Promise<unknown>,
    private readonly onError: (e: unknown) => void,
  ) {}

  async run(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.round();
      } catch (e) {
        this.onError(e);
      }
      if (this.stopped) break;
      await new Promise<void>((r) => {
        const t = setTimeout(r, this.pollMs);
        this.wake = () => {
          clearTimeout(t);
          r();
        };
      });
    }
  }

  stop(): void {
    this.stopped = true;
    this.wake?.();
  }
}
