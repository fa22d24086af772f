import { readFileSync } from "node:fs";
import { keysFilePath } from "./paths.js";
import { INSTITUTIONS } from "./tokenomics.js";

export interface TestAccount {
  name: string;
  role: "institution" | "validator" | "developer";
  address: string;
  mnemonic: string;
}

export interface KeysFile {
  WARNING: string;
  accounts: TestAccount[];
}

/** TEST ONLY keys committed in localnet/keys/localnet-keys.json. */
export function loadKeys(path = keysFilePath()): KeysFile {
  const f = JSON.parse(readFileSync(path, "utf8")) as KeysFile;
  if (!Array.isArray(f.accounts)) throw new Error(`${path}: no accounts`);
  return f;
}

export function account(keys: KeysFile, name: string): TestAccount {
  const a = keys.accounts.find((x) => x.name === name);
  if (!a) throw new Error(`no test account named ${name}`);
  return a;
}

/** The operator account of validator i: institution i for i < 5, then val5, val6, ... */
export function validatorAccount(keys: KeysFile, i: number): TestAccount {
  return account(keys, i < INSTITUTIONS.length ? INSTITUTIONS[i] : `val${i}`);
}

export function maxValidators(keys: KeysFile): number {
  let n = 0;
  while (keys.accounts.some((a) => a.name === (n < INSTITUTIONS.length ? INSTITUTIONS[n] : `val${n}`))) n++;
  return n;
}
