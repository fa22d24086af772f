import fs from "node:fs";
import path from "node:path";
import { ARTIFACT_CONTRACTS, SOLC_VERSION, artifactJson, compileContracts } from "../src/compile.js";
import { artifactsDir } from "../src/paths.js";

describe("compile", () => {
  it("compiling again yields the committed artifacts byte for byte (pinned solc, no warnings)", () => {
    const artifacts = compileContracts();
    for (const name of ARTIFACT_CONTRACTS) {
      const committed = fs.readFileSync(path.join(artifactsDir, `${name}.json`), "utf8");
      expect(artifactJson(artifacts[name])).toBe(committed);
      expect(artifacts[name].compiler.solc.startsWith(`${SOLC_VERSION}+`)).toBe(true);
      expect(artifacts[name].bytecode.length).toBeGreaterThan(2);
    }
    expect(fs.readdirSync(artifactsDir).sort()).toEqual(ARTIFACT_CONTRACTS.map((n) => `${n}.json`).sort());
  });
});
