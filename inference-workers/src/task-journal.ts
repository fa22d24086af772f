// The worker's crash-resume journal: one JSON file per task, written with fsync (file, then rename,
// then the folder) before the transaction it prepares is sent. A worker killed at any point and
// restarted finds the salt and output hash it committed to, so it reveals that exact commitment,
// never commits a second one, and never loses the payment.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

export type TaskPhase =
  /** Output computed; salt and hash on disk; MsgCommitResult not yet confirmed. */
  | "computed"
  /** The chain holds our commitment. */
  | "committed"
  /** The chain holds our reveal. */
  | "revealed"
  /** Result delivered to the clinic's gateway; nothing left to do but wait for settlement. */
  | "done"
  /** The input or model could not be processed: we do not commit (a clear log line says why). */
  | "failed";

export interface TaskEntry {
  taskId: string;
  modelId: string;
  phase: TaskPhase;
  /** hex */
  outputHash?: string;
  /** hex, 32 bytes */
  salt?: string;
  /** hex */
  commitment?: string;
  /** Result sealed to the clinic (JSON of a SealedBox); kept until delivered. */
  sealedResult?: string;
  delivered?: boolean;
  error?: string;
  updatedAt: string;
}

/** Writes `data` to `path` durably: tmp file + fsync + rename + fsync of the folder. */
export function writeFileDurable(path: string, data: string | Uint8Array, dir: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, "w", 0o600);
  try {
    writeSync(fd, typeof data === "string" ? Buffer.from(data) : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  const dfd = openSync(dir, "r");
  try {
    fsyncSync(dfd);
  } finally {
    closeSync(dfd);
  }
}

export class TaskJournal {
  private readonly dir: string;

  constructor(stateDir: string) {
    this.dir = join(stateDir, "tasks");
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
  }

  private file(taskId: string): string {
    if (!/^[0-9]{1,20}$/.test(taskId)) throw new Error(`bad task id ${taskId}`);
    return join(this.dir, `${taskId}.json`);
  }

  get(taskId: string): TaskEntry | undefined {
    const f = this.file(taskId);
    if (!existsSync(f)) return undefined;
    return JSON.parse(readFileSync(f, "utf8")) as TaskEntry;
  }

  put(entry: Omit<TaskEntry, "updatedAt">): TaskEntry {
    const full: TaskEntry = { ...entry, updatedAt: new Date().toISOString() };
    writeFileDurable(this.file(entry.taskId), JSON.stringify(full) + "\n", this.dir);
    return full;
  }

  update(taskId: string, patch: Partial<TaskEntry>): TaskEntry {
    const cur = this.get(taskId);
    if (!cur) throw new Error(`no journal entry for task ${taskId}`);
    return this.put({ ...cur, ...patch, taskId });
  }

  /** Every entry not yet finished, oldest task first. */
  open(): TaskEntry[] {
    return this.all().filter((e) => e.phase !== "done" && e.phase !== "failed");
  }

  all(): TaskEntry[] {
    return readdirSync(this.dir)
      .filter((f) => /^[0-9]+\.json$/.test(f))
      .map((f) => JSON.parse(readFileSync(join(this.dir, f), "utf8")) as TaskEntry)
      .sort((a, b) => (BigInt(a.taskId) < BigInt(b.taskId) ? -1 : 1));
  }

  remove(taskId: string): void {
    rmSync(this.file(taskId), { force: true });
  }
}
