// Generates TypeScript for the BTT protobuf packages with telescope.
//
// Only the btt.* packages are generated. Every other type (cosmos, ibc, tendermint, google,
// gogoproto, cosmos_proto, amino) and telescope's runtime helpers (binary, helpers, json-safe,
// utf8, varint) are imported from the `cosmjs-types` package that cosmjs itself uses, so the
// client never carries a second, incompatible copy of them.
//
// Usage: node scripts/codegen.mjs   (from ts-client/, normally via proto/scripts/proto-gen.sh)
import { mkdtempSync, rmSync, mkdirSync, readdirSync, statSync, readFileSync, writeFileSync, existsSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, relative, resolve, posix } from "node:path";
import { fileURLToPath } from "node:url";
import telescopeModule from "@cosmology/telescope";

const telescope = telescopeModule.default ?? telescopeModule;
const here = dirname(fileURLToPath(import.meta.url));
const pkgRoot = resolve(here, "..");
const repoRoot = resolve(pkgRoot, "..");
const protoRoot = join(repoRoot, "proto");
const outDir = join(pkgRoot, "src", "generated");

// Top-level proto folders that belong to BTT. Anything else comes from cosmjs-types.
const OWN_ROOTS = readdirSync(protoRoot)
  .filter((d) => !d.startsWith(".") && !["third_party", "scripts"].includes(d))
  .filter((d) => statSync(join(protoRoot, d)).isDirectory())
  .sort();
// Runtime helpers that telescope emits next to the generated code and cosmjs-types ships too.
const COSMJS_TYPES_HELPERS = ["binary", "helpers", "json-safe", "utf8", "varint"];

const tmp = mkdtempSync(join(tmpdir(), "btt-telescope-"));
try {
  await telescope({
    protoDirs: [protoRoot, join(protoRoot, "third_party")],
    outPath: tmp,
    options: {
      removeUnusedImports: true,
      // cosmjs-types has no *SDKType interfaces; don't generate references to them.
      useSDKTypes: false,
      restoreImportExtension: ".js",
      logLevel: 0,
      interfaces: { enabled: false, useUnionTypes: false },
      prototypes: {
        enabled: true,
        includes: { packages: OWN_ROOTS.map((r) => `${r}.*`) },
        excluded: { packages: ["ibc.applications.fee.v1", "cosmos.app.v1alpha1", "cosmos.app.v1beta1"] },
        strictNullCheckForPrototypeMethods: true,
        addTypeUrlToDecoders: true,
        addTypeUrlToObjects: false,
        addAminoTypeToObjects: true,
        enableRegistryLoader: false,
        enableMessageComposer: true,
        includePackageVar: false,
        methods: {
          encode: true,
          decode: true,
          fromJSON: true,
          toJSON: true,
          fromPartial: true,
          // cosmjs-types' messages carry none of these, so BTT messages that embed them can't either;
          // amino-json uses the inline converters generated in *.amino.ts instead.
          toAmino: false,
          fromAmino: false,
          toProto: false,
          fromProto: false,
          fromSDK: false,
          toSDK: false,
        },
        typingsFormat: {
          num64: "bigint",
          useDeepPartial: true,
          useExact: true,
          timestamp: "timestamp",
          duration: "duration",
          customTypes: { useCosmosSDKDec: true },
        },
      },
      aminoEncoding: { enabled: true, useLegacyInlineEncoding: true },
      lcdClients: { enabled: false },
      rpcClients: { enabled: true, camelCase: true, bundle: false, type: "tendermint", inline: false, extensions: true, useConnectComet: true },
      stargateClients: { enabled: false },
      bundle: { enabled: false },
      // The inline amino converters telescope emits are not strict-null clean for optional nested
      // messages; they are type-checked loosely (see README: amino converters).
      tsDisable: { disableAll: false, patterns: ["**/*.amino.ts"] },
      eslintDisable: { disableAll: true },
      readme: { enabled: false },
    },
  });

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const root of OWN_ROOTS) {
    if (existsSync(join(tmp, root))) cpSync(join(tmp, root), join(outDir, root), { recursive: true });
  }
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith(".ts")) files.push(p);
    }
  };
  walk(outDir);
  for (const file of files) {
    const src = readFileSync(file, "utf8");
    const rewritten = src.replace(/(from\s+|import\()(["'])(\.{1,2}\/[^"']+)\2/g, (m, kw, q, spec) => {
      const abs = resolve(dirname(file), spec);
      const relToOut = relative(outDir, abs).split("\\").join("/").replace(/\.js$/, "");
      const top = relToOut.split("/")[0];
      if (OWN_ROOTS.includes(top)) return m; // stays a relative import inside generated/
      if (relToOut.startsWith("..")) throw new Error(`${file}: import escapes generated/: ${spec}`);
      // cosmjs-types' package exports map "./*" to "./*.js" and forbid the explicit ".js" form.
      if (COSMJS_TYPES_HELPERS.includes(relToOut) || !OWN_ROOTS.includes(top)) {
        return `${kw}${q}cosmjs-types/${posix.normalize(relToOut)}${q}`;
      }
      return m;
    });
    writeFileSync(file, rewritten);
  }
  writeIndexes(files);
  console.log(`telescope: generated ${files.length} files for ${OWN_ROOTS.join(", ")} into ${relative(repoRoot, outDir)}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// Writes the barrels and the aggregate registry deterministically (sorted, no timestamps):
//  - <pkg dirs>/index.ts: `export * as v1 from "./v1/index.js"` ... so that `btt.allocation.v1.X` works
//  - src/generated/index.ts: `export * as btt from "./btt/index.js"`
//  - src/generated/aggregate.ts: every Msg type (registry), amino converter and Query extension.
function writeIndexes(files) {
  const HEADER = "/* eslint-disable */\n// Generated by ts-client/scripts/codegen.mjs from proto/. Do not edit.\n";
  const rel = (f) => relative(outDir, f).split("\\").join("/");
  const byDir = new Map();
  for (const f of files) {
    const r = rel(f);
    const d = posix.dirname(r);
    if (!byDir.has(d)) byDir.set(d, []);
    byDir.get(d).push(posix.basename(r, ".ts"));
  }
  // All directories (including intermediate ones) under generated/.
  const dirs = new Set();
  for (const d of byDir.keys()) {
    const parts = d.split("/");
    for (let i = 1; i <= parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  const ident = (s) => s.replace(/[^A-Za-z0-9_]/g, "_");
  for (const d of [...dirs].sort()) {
    const lines = [HEADER];
    const typeFiles = (byDir.get(d) ?? []).filter((b) => !/\.(registry|amino|rpc\.[A-Za-z]+)$/.test(b)).sort();
    for (const b of typeFiles) lines.push(`export * from "./${b}.js";`);
    const children = [...dirs].filter((c) => posix.dirname(c) === d).sort();
    for (const c of children) lines.push(`export * as ${ident(posix.basename(c))} from "./${posix.basename(c)}/index.js";`);
    writeFileSync(join(outDir, d, "index.ts"), lines.join("\n") + "\n");
  }
  const top = [...dirs].filter((d) => !d.includes("/")).sort();
  writeFileSync(
    join(outDir, "index.ts"),
    [HEADER, ...top.map((t) => `export * as ${ident(t)} from "./${t}/index.js";`), 'export * from "./aggregate.js";'].join("\n") + "\n",
  );

  const imports = [];
  const regs = [];
  const aminos = [];
  const queries = []; // [pkgPath parts, alias]
  for (const r of files.map(rel).sort()) {
    const base = r.replace(/\.ts$/, "");
    const alias = "_" + ident(base);
    if (base.endsWith(".registry")) {
      imports.push(`import { registry as ${alias} } from "./${base}.js";`);
      regs.push(alias);
    } else if (base.endsWith(".amino")) {
      imports.push(`import { AminoConverter as ${alias} } from "./${base}.js";`);
      aminos.push(alias);
    } else if (base.endsWith(".rpc.Query")) {
      imports.push(`import { createRpcQueryExtension as ${alias} } from "./${base}.js";`);
      queries.push([posix.dirname(base).split("/"), alias]);
    }
  }
  // Nested object literal { btt: { pkg: { v1: create(base) } } } for the query extension.
  const tree = {};
  for (const [parts, alias] of queries) {
    let node = tree;
    for (const p of parts.slice(0, -1)) node = node[p] ??= {};
    node[parts[parts.length - 1]] = alias;
  }
  const render = (node, indent) => {
    const keys = Object.keys(node).sort();
    if (keys.length === 0) return "{}";
    const pad = "  ".repeat(indent);
    return (
      "{\n" +
      keys
        .map((k) => `${pad}  ${ident(k)}: ${typeof node[k] === "string" ? `${node[k]}(base)` : render(node[k], indent + 1)},`)
        .join("\n") +
      `\n${pad}}`
    );
  };
  const out = [
    HEADER,
    'import type { GeneratedType } from "@cosmjs/proto-signing";',
    'import type { AminoConverters, QueryClient } from "@cosmjs/stargate";',
    ...imports,
    "",
    "/** Every BTT Msg type with its protobuf codec, for a cosmjs Registry. */",
    "export const bttRegistryTypes: ReadonlyArray<[string, GeneratedType]> = [",
    ...regs.map((a) => `  ...${a},`),
    "];",
    "",
    "/** Amino-JSON converters for every BTT Msg (amino names from the protos' `amino.name` options). */",
    "export const bttAminoConverters: AminoConverters = {",
    ...aminos.map((a) => `  ...${a},`),
    "};",
    "",
    "/** cosmjs QueryClient extension with the RPC query client of every BTT module that has a Query service. */",
    `export function setupBttExtension(${queries.length ? "base" : "_base"}: QueryClient) {`,
    `  return ${render(queries.length ? tree : {}, 1)};`,
    "}",
    "export type BttExtension = ReturnType<typeof setupBttExtension>;",
  ];
  writeFileSync(join(outDir, "aggregate.ts"), out.join("\n") + "\n");
}
