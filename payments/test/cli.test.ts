import { execFileSync, spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "@jest/globals";
import { parsePaymentLink, btt } from "@btt/ts-client";
import { invoiceLink, keyFromMnemonic, parseArgs, uintFlag, UsageError } from "../src/index.js";

// A throw-away mnemonic used only in tests.
const MNEMONIC = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
const CLI = join(dirname(fileURLToPath(import.meta.url)), "../../dist/src/cli.js");

describe("keys", () => {
  it("derive the wallet's address and the matching raw key", async () => {
    const k = await keyFromMnemonic(MNEMONIC);
    expect(k.address.startsWith("btt1")).toBe(true);
    expect(k.privkey.length).toBe(32);
    const inv = btt.payfi.v1.Invoice.fromPartial({
      id: 3n, merchant: k.address, amount: "5000", denom: "abtt", reference: "RF18 A", expiresAt: 1800000000n,
    });
    const uri = invoiceLink("btt-localnet-1", inv, k.privkey);
    expect(parsePaymentLink(uri).merchant).toBe(k.address);
    const other = await keyFromMnemonic(MNEMONIC, 1);
    expect(() => invoiceLink("btt-localnet-1", inv, other.privkey)).toThrow(/not the merchant/);
  });
});

describe("args", () => {
  it("parse flags and positionals, refuse bad values", () => {
    const a = parseArgs(["pay", "btt:pay?x", "--points", "5", "--rpc=http://h:1"]);
    expect(a.positional).toEqual(["pay", "btt:pay?x"]);
    expect(uintFlag(a, "points")).toBe(5n);
    expect(a.flags.get("rpc")).toBe("http://h:1");
    expect(() => parseArgs(["--points"])).toThrow(UsageError);
    expect(() => parseArgs(["--a", "1", "--a", "2"])).toThrow(/twice/);
    expect(() => uintFlag(parseArgs(["--points", "-1"]), "points")).toThrow(UsageError);
  });
});

describe("btt-pay parse (offline)", () => {
  it("prints a verified link and refuses a tampered one", async () => {
    const k = await keyFromMnemonic(MNEMONIC);
    const inv = btt.payfi.v1.Invoice.fromPartial({
      id: 9n, merchant: k.address, amount: "123", denom: "abtt", reference: "RF18 B", expiresAt: 1800000000n,
    });
    const uri = invoiceLink("btt-localnet-1", inv, k.privkey);
    const out = JSON.parse(execFileSync("node", [CLI, "parse", uri], { encoding: "utf8" }));
    expect(out.invoiceId).toBe("9");
    expect(out.amount).toBe("123");
    const bad = spawnSync("node", [CLI, "parse", uri.replace("amount=123", "amount=12")], { encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/signature/);
    const usage = spawnSync("node", [CLI, "nope"], { encoding: "utf8", env: { ...process.env, BTT_RPC: "http://127.0.0.1:1" } });
    expect(usage.status).not.toBe(0);
  });
});
