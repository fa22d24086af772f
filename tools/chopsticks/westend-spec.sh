#!/usr/bin/env bash
# Writes the westend-dev raw chain spec for Chopsticks' --genesis to $1 (default build/westend-dev-spec.json).
# The spec ships inside the gossamer Go module (fetched through the Go module proxy into the module cache); its
# "properties": null becomes the Westend token's properties (Chopsticks and @polkadot/api need an object).
# Never committed: it is 2.3 MB of runtime wasm and genesis state.
set -euo pipefail
out=${1:-build/westend-dev-spec.json}
mkdir -p "$(dirname "$out")"
dir=$(cd / && go mod download -json github.com/ChainSafe/gossamer@v0.9.0 | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s);if(j.Error)throw new Error(j.Error);console.log(j.Dir)})')
src="$dir/chain/westend-dev/westend-dev-spec-raw.json"
node -e '
const fs = require("fs");
const [src, out] = process.argv.slice(1);
const spec = JSON.parse(fs.readFileSync(src, "utf8"));
if (spec.id !== "westend_dev" || !spec.genesis?.raw?.top) throw new Error(`${src} is not the westend-dev raw spec`);
spec.properties = { tokenSymbol: "WND", tokenDecimals: 12, ss58Format: 42 };
fs.writeFileSync(out + ".tmp", JSON.stringify(spec));
fs.renameSync(out + ".tmp", out);
' "$src" "$out"
echo "westend-dev spec: $out"
