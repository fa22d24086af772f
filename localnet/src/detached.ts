// Detached helper processes next to a localnet (a relayer, a gateway, workers): each started with its
// own log file, its PID recorded in a JSON file, and stopped only by that PID after checking /proc
// that the PID is still the process we started (a recycled PID is never signalled).
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Logger } from "pino";
import { procArgv, waitForExit } from "./procs.js";

export interface DetachedEntry {
  name: string;
  pid: number;
  argv: string[];
  log: string;
}

export class DetachedProcesses {
  constructor(private readonly pidsFile: string, private readonly logger: Logger) {}

  list(): DetachedEntry[] {
    if (!existsSync(this.pidsFile)) return [];
    return JSON.parse(readFileSync(this.pidsFile, "utf8")) as DetachedEntry[];
  }

  private write(entries: DetachedEntry[]): void {
    mkdirSync(dirname(this.pidsFile), { recursive: true });
    writeFileSync(`${this.pidsFile}.tmp`, JSON.stringify(entries, null, 2) + "\n");
    renameSync(`${this.pidsFile}.tmp`, this.pidsFile);
  }

  /** Whether the PID still runs the command line we started it with. */
  isOurs(e: DetachedEntry): boolean {
    const argv = procArgv(e.pid);
    return argv !== undefined && argv.length === e.argv.length + 1 && argv.slice(1).every((a, i) => a === e.argv[i]);
  }

  running(name: string): DetachedEntry | undefined {
    return this.list().find((e) => e.name === name && this.isOurs(e));
  }

  /** Starts `node argv…` detached (unless `name` already runs), its output appended to `log`. */
  start(name: string, argv: string[], log: string): number {
    const running = this.running(name);
    if (running) return running.pid;
    mkdirSync(dirname(log), { recursive: true });
    const fd = openSync(log, "a");
    const child = spawn(process.execPath, argv, { detached: true, stdio: ["ignore", fd, fd] });
    closeSync(fd);
    child.unref();
    const pid = child.pid!;
    this.write([...this.list().filter((e) => e.name !== name), { name, pid, argv, log }]);
    this.logger.info({ service: name, pid, log }, "service started");
    return pid;
  }

  /** SIGTERM (SIGKILL after `graceMs`) to exactly the processes we started; returns how many. */
  async stop(name?: string, signal: NodeJS.Signals = "SIGTERM", graceMs = 15_000): Promise<number> {
    let n = 0;
    for (const e of this.list().filter((x) => !name || x.name === name)) {
      if (!this.isOurs(e)) continue;
      n++;
      process.kill(e.pid, signal);
      if (!(await waitForExit(e.pid, graceMs))) process.kill(e.pid, "SIGKILL");
      await waitForExit(e.pid, 5_000);
    }
    this.write(name ? this.list().filter((e) => e.name !== name) : []);
    return n;
  }

  /** SIGKILL at once (a crash), keeping the entry so that the same name can be started again. */
  async kill(name: string): Promise<void> {
    const e = this.running(name);
    if (!e) throw new Error(`${name} is not running`);
    process.kill(e.pid, "SIGKILL");
    await waitForExit(e.pid, 10_000);
  }
}
