/**
 * A throw-away PostgreSQL for the explorer's tests and make bench-explorer: Debian packages (installed here if
 * missing), a fresh cluster in a temp folder, started as the postgres user on a loopback port, stopped by
 * the PID in its postmaster.pid. Readiness and new databases go through PostgreSQL's own client programs
 * (pg_isready, createdb), so this process manager needs no database driver.
 */
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TestPostgres {
  url: string;
  pid: number;
  /** Creates an empty database in this cluster and returns its connection URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

function pgBin(): string | undefined {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return undefined;
  const v = readdirSync(base).filter((d) => existsSync(join(base, d, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a))[0];
  return v ? join(base, v, "bin") : undefined;
}

export function ensurePostgresInstalled(): string {
  let bin = pgBin();
  if (!bin) {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "postgresql"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    bin = pgBin();
  }
  if (!bin) throw new Error("PostgreSQL is not installed and could not be installed with apt-get");
  return bin;
}

export async function startPostgres(port: number): Promise<TestPostgres> {
  const bin = ensurePostgresInstalled();
  const dir = mkdtempSync(join(tmpdir(), "btt-explorer-pg-"));
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  const asPg = process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--"] : [];
  const run = (args: string[]) => execFileSync(asPg[0] ?? args[0], asPg.length ? [...asPg.slice(1), ...args] : args.slice(1), { stdio: "pipe" });
  run([join(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8"]);
  const child = spawn(asPg[0] ?? join(bin, "postgres"), [...asPg.slice(1), ...(asPg.length ? [join(bin, "postgres")] : []), "-D", data, "-h", "127.0.0.1", "-p", String(port), "-k", dir, "-F"], {
    stdio: ["ignore", "ignore", "pipe"],
    detached: false,
  });
  let log = "";
  child.stderr!.on("data", (d) => (log += d));
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    // pg_isready exits 0 once the server accepts connections.
    try {
      execFileSync(join(bin, "pg_isready"), ["-q", "-h", "127.0.0.1", "-p", String(port), "-U", "postgres"], { stdio: "ignore" });
      break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`PostgreSQL did not start: ${log}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  return {
    url,
    pid: child.pid!,
    async createDatabase(name: string) {
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a plain database name: ${name}`);
      try {
        execFileSync(join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", name], { stdio: "pipe" });
      } catch (err) {
        throw new Error(`createdb ${name} failed: ${(err as { stderr?: Buffer }).stderr?.toString().trim() || String(err)}`);
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      // Stop the postmaster by its PID (first line of postmaster.pid): SIGINT is PostgreSQL's fast shutdown.
      const pidFile = join(data, "postmaster.pid");
      if (existsSync(pidFile)) {
        const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
        try {
          process.kill(pid, "SIGINT");
        } catch {
          /* already gone */
        }
        const deadline = Date.now() + 15_000;
        while (existsSync(pidFile) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      }
      if (child.exitCode === null) child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
