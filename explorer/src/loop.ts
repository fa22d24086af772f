/** A process's background loop (the indexer, the state snapshotter): repeats one iteration until stopped. */
export abstract class BackgroundLoop {
  private stopping = false;
  private wake?: () => void;
  private loop?: Promise<void>;

  /** Runs `iteration` again and again until stop(); an iteration handles its own errors. */
  protected run(iteration: () => Promise<void>): void {
    this.stopping = false;
    this.loop = (async () => {
      while (!this.stopping) await iteration();
    })();
  }

  /** Waits `ms`, or less if stop() is called meanwhile. */
  protected pause(ms: number): Promise<void> {
    return new Promise((r) => {
      const t = setTimeout(r, ms);
      this.wake = () => {
        clearTimeout(t);
        r();
      };
    });
  }

  /** Ends the loop after its current iteration. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
  }
}
