/**
 * Compiles contracts/**\/*.sol with the solc npm package pinned in package.json (its bundled soljson: no compiler
 * download), standard JSON input, optimizer on, EVM version cancun, and writes one artifact per contract to
 * artifacts/<Name>.json. The artifacts are committed; test/compile.test.ts checks that compiling again changes
 * nothing. Source unit names are relative ("contracts/BttBridge.sol", "@openzeppelin/contracts/..."), so the output
 * (metadata hash included) does not depend on where the repository is checked out.
 */
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import solc from "solc";
import { artifactsDir, contractsDir, packageRoot } from "./paths.js";
import { createLogger } from "./log.js";

export const SOLC_VERSION = "0.8.30";
export const EVM_VERSION = "cancun";
export const OPTIMIZER_RUNS = 200;
/** The contracts that get an artifact (libraries and interfaces pulled in from OpenZeppelin do not). */
export const ARTIFACT_CONTRACTS = ["BttBridge", "WrappedBtt", "TestERC20", "FeeOnTransferERC20", "ReentrantERC20"] as const;
export type ContractName = (typeof ARTIFACT_CONTRACTS)[number];

export interface Artifact {
  contractName: string;
  sourceName: string;
  compiler: { solc: string; evmVersion: string; optimizer: { enabled: true; runs: number } };
  abi: unknown[];
  bytecode: string;
  deployedBytecode: string;
}

const require = createRequire(import.meta.url);

function solFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...solFiles(full));
    else if (entry.name.endsWith(".sol")) out.push(full);
  }
  return out.sort();
}

/** Resolves an import of an npm package's file (e.g. @openzeppelin/contracts/...) from node_modules. */
function findImport(importPath: string): { contents: string } | { error: string } {
  try {
    const parts = importPath.split("/");
    const pkg = importPath.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
    const rest = parts.slice(pkg.split("/").length).join("/");
    const pkgDir = path.dirname(require.resolve(`${pkg}/package.json`));
    return { contents: fs.readFileSync(path.join(pkgDir, rest), "utf8") };
  } catch (err) {
    return { error: `cannot resolve import ${importPath}: ${(err as Error).message}` };
  }
}

/** Compiles every contract; throws with solc's messages on any error. Pure: writes nothing. */
export function compileContracts(): Record<ContractName, Artifact> {
  const version = solc.version();
  if (!version.startsWith(`${SOLC_VERSION}+`)) {
    throw new Error(`solc ${version} is installed, ${SOLC_VERSION} is pinned: run npm ci`);
  }
  const sources: Record<string, { content: string }> = {};
  for (const file of solFiles(contractsDir)) {
    const unit = path.relative(packageRoot, file).split(path.sep).join("/");
    sources[unit] = { content: fs.readFileSync(file, "utf8") };
  }
  const input = {
    language: "Solidity",
    sources,
    settings: {
      optimizer: { enabled: true, runs: OPTIMIZER_RUNS },
      evmVersion: EVM_VERSION,
      outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport })) as {
    errors?: { severity: string; formattedMessage: string }[];
    contracts: Record<string, Record<string, { abi: unknown[]; evm: { bytecode: { object: string }; deployedBytecode: { object: string } } }>>;
  };
  const errors = (output.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length > 0) throw new Error(`solc failed:\n${errors.map((e) => e.formattedMessage).join("\n")}`);
  const warnings = (output.errors ?? []).filter((e) => e.severity !== "error");
  if (warnings.length > 0) throw new Error(`solc warnings (fix them):\n${warnings.map((e) => e.formattedMessage).join("\n")}`);

  const result: Partial<Record<ContractName, Artifact>> = {};
  for (const [sourceName, contracts] of Object.entries(output.contracts)) {
    for (const [contractName, c] of Object.entries(contracts)) {
      if (!(ARTIFACT_CONTRACTS as readonly string[]).includes(contractName)) continue;
      result[contractName as ContractName] = {
        contractName,
        sourceName,
        compiler: { solc: version, evmVersion: EVM_VERSION, optimizer: { enabled: true, runs: OPTIMIZER_RUNS } },
        abi: c.abi,
        bytecode: `0x${c.evm.bytecode.object}`,
        deployedBytecode: `0x${c.evm.deployedBytecode.object}`,
      };
    }
  }
  for (const name of ARTIFACT_CONTRACTS) {
    if (!result[name]) throw new Error(`contract ${name} not found in the compiler output`);
  }
  return result as Record<ContractName, Artifact>;
}

/** The exact file content written for an artifact (so a test can compare byte for byte). */
export function artifactJson(artifact: Artifact): string {
  return `${JSON.stringify(artifact, null, 2)}\n`;
}

export function writeArtifacts(dir = artifactsDir): string[] {
  const artifacts = compileContracts();
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const name of ARTIFACT_CONTRACTS) {
    const file = path.join(dir, `${name}.json`);
    fs.writeFileSync(file, artifactJson(artifacts[name]));
    written.push(file);
  }
  return written;
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const log = createLogger("bridge-contracts-compile");
  const started = Date.now();
  const files = writeArtifacts();
  log.info({ files: files.map((f) => path.relative(packageRoot, f)), solc: solc.version(), ms: Date.now() - started }, "compiled");
}
