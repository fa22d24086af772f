// The crash-resume journal and the worker's pure helpers (commitment, gateway locators).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sha256 } from "@cosmjs/crypto";
import { fromBech32, toHex } from "@cosmjs/encoding";
import { TaskJournal } from "../src/task-journal.js";
import { commitment, gatewayBase, InputMismatchError } from "../src/worker.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "btt-journal-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("task journal", () => {
  test("an entry survives a new journal on the same folder (a restarted worker), with its salt and hash", () => {
    const j = new TaskJournal(dir);
    j.put({ taskId: "7", modelId: "2", phase: "computed", outputHash: "aa".repeat(32), salt: "bb".repeat(32), commitment: "cc".repeat(32) });
    const again = new TaskJournal(dir);
    expect(again.get("7")).toMatchObject({ phase: "computed", salt: "bb".repeat(32), outputHash: "aa".repeat(32) });
    expect(again.open().map((e) => e.taskId)).toEqual(["7"]);
  });

  test("update keeps the other fields; done and failed entries are not open; ids are ordered numerically", () => {
    const j = new TaskJournal(dir);
    for (const id of ["10", "9", "100"]) j.put({ taskId: id, modelId: "1", phase: "computed", salt: id });
    j.update("10", { phase: "committed" });
    expect(j.get("10")).toMatchObject({ phase: "committed", salt: "10" });
    j.update("9", { phase: "done" });
    j.put({ taskId: "11", modelId: "1", phase: "failed", error: "not a PNG or JPEG image" });
    expect(j.open().map((e) => e.taskId)).toEqual(["10", "100"]);
    expect(j.all().map((e) => e.taskId)).toEqual(["9", "10", "11", "100"]);
  });

  test("writes leave no temporary files and the entries are readable by the owner only", () => {
    const j = new TaskJournal(dir);
    j.put({ taskId: "1", modelId: "1", phase: "computed", salt: "ff" });
    const files = readdirSync(join(dir, "tasks"));
    expect(files).toEqual(["1.json"]);
    expect(statSync(join(dir, "tasks", "1.json")).mode & 0o077).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "tasks", "1.json"), "utf8")).updatedAt).toEqual(expect.any(String));
  });

  test("a task id that is not a number is refused (no path tricks)", () => {
    const j = new TaskJournal(dir);
    expect(() => j.get("../../etc/passwd")).toThrow(/bad task id/);
    expect(() => j.put({ taskId: "1/../2", modelId: "1", phase: "computed" })).toThrow(/bad task id/);
  });

  test("update of a task the journal does not hold fails", () => {
    expect(() => new TaskJournal(dir).update("5", { phase: "done" })).toThrow(/no journal entry/);
  });
});

describe("worker helpers", () => {
  const worker = "btt1tt2uy367cc9752u82y4zrlle8pd4gehw0txxpc";
  test("the commitment is sha256(output_hash ‖ salt ‖ address bytes), as x/compute checks it", () => {
    const out = sha256(new TextEncoder().encode("out"));
    const salt = sha256(new TextEncoder().encode("salt"));
    const c = commitment(out, salt, worker);
    expect(toHex(c)).toBe(toHex(sha256(new Uint8Array([...out, ...salt, ...fromBech32(worker, 90).data]))));
    expect(toHex(commitment(out, sha256(new TextEncoder().encode("other")), worker))).not.toBe(toHex(c));
  });

  test("gateway locators: the base URL of a blob URL; anything else is refused", () => {
    const sha = "ab".repeat(32);
    expect(gatewayBase(`http://127.0.0.1:7070/v1/blobs/${sha}`)).toBe("http://127.0.0.1:7070");
    expect(gatewayBase(`https://clinic.example/gw/v1/blobs/${sha}`)).toBe("https://clinic.example/gw");
    for (const bad of ["ipfs://bafy", `file:///etc/v1/blobs/${sha}`, `http://h/v1/blobs/${sha}/../x`, `http://h/v1/blobs/${sha}?x=1`, "http://h/v1/blobs/zz"]) {
      expect(() => gatewayBase(bad)).toThrow(InputMismatchError);
    }
  });
});
