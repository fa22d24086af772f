import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: the first ancestor of this module that holds localnet/package.json and a Makefile. */
export function repoRoot(): string {
  if (process.env.BTT_REPO_ROOT) return resolve(process.env.BTT_REPO_ROOT);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "localnet", "package.json")) && existsSync(join(dir, "Makefile"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the repository root (set BTT_REPO_ROOT)");
    dir = parent;
  }
}

/** build/bttd, or $BTTD when set. */
export function bttdPath(): string {
  return process.env.BTTD ? resolve(process.env.BTTD) : join(repoRoot(), "build", "bttd");
}

export function defaultLocalnetHome(): string {
  return process.env.LOCALNET_HOME ? resolve(process.env.LOCALNET_HOME) : join(repoRoot(), ".localnet");
}

export function keysFilePath(): string {
  return join(repoRoot(), "localnet", "keys", "localnet-keys.json");
}
