#!/usr/bin/env bash
# Regenerates all code derived from proto/btt/**:
#   - gogoproto Go types + gRPC + grpc-gateway  -> chain/<go_package path>   (e.g. chain/genesis/types)
#   - pulsar (protoreflect) Go API              -> chain/api/btt/<pkg>/<ver>
#   - TypeScript (telescope)                    -> ts-client/src/generated
#   - the chain's constants as TypeScript       -> ts-client/src/generated/chain.ts (chain/tools/tsconstants)
# Tools: buf from the npm package @bufbuild/buf (root `npm ci`), Go plugins built into build/tools
# at the versions chain/go.mod pins (chain/tools/tools.go). Nothing is fetched from a buf registry.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
TOOLS="$ROOT/build/tools"
log() { printf 'proto-gen: %s\n' "$*" >&2; }

# --- tools ------------------------------------------------------------------------------------
if [[ ! -x node_modules/.bin/buf || ! -d node_modules/@cosmology/telescope ]]; then
  log "installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund >&2
fi
BUF="$ROOT/node_modules/.bin/buf"

PLUGINS=(
  github.com/cosmos/gogoproto/protoc-gen-gocosmos
  github.com/grpc-ecosystem/grpc-gateway/protoc-gen-grpc-gateway
  github.com/cosmos/cosmos-proto/cmd/protoc-gen-go-pulsar
)
# The plugins' versions come from chain/go.mod; rebuild them whenever that pin changes.
stamp="$(cd chain && GOFLAGS=-mod=readonly go list -m -f '{{.Path}}@{{.Version}}' \
  github.com/cosmos/gogoproto github.com/grpc-ecosystem/grpc-gateway github.com/cosmos/cosmos-proto | tr '\n' ' ')"
if [[ "$(cat "$TOOLS/.proto-plugins" 2>/dev/null)" != "$stamp" ]] || ! ls "$TOOLS"/protoc-gen-{gocosmos,grpc-gateway,go-pulsar} >/dev/null 2>&1; then
  log "building protoc plugins into build/tools: $stamp"
  mkdir -p "$TOOLS"
  (cd chain && GOFLAGS=-mod=readonly GOBIN="$TOOLS" go install "${PLUGINS[@]}")
  printf '%s' "$stamp" > "$TOOLS/.proto-plugins"
fi
export PATH="$TOOLS:$PATH"

# --- lint -------------------------------------------------------------------------------------
(cd proto && "$BUF" lint)

# --- Go: gogoproto + grpc-gateway ---------------------------------------------------------------
trap 'rm -rf "$ROOT/proto/.gen-go"' EXIT
(cd proto && rm -rf .gen-go && "$BUF" generate --template buf.gen.gogo.yaml --path btt)
module="github.com/btt-chain/btt/chain"
if [[ -d "proto/.gen-go/github.com" ]]; then
  bad="$(cd proto/.gen-go && find . -type f ! -path "./$module/*" | head -n1)"
  [[ -z "$bad" ]] || { log "a btt proto has a go_package outside $module: $bad"; exit 1; }
fi
# Remove what an earlier run generated (so deleted protos leave nothing behind), then copy.
find chain -path chain/api -prune -o -type f \( -name '*.pb.go' -o -name '*.pb.gw.go' \) -print0 | xargs -0 -r rm -f
if [[ -d "proto/.gen-go/$module" ]]; then
  cp -R "proto/.gen-go/$module/." chain/
fi
rm -rf proto/.gen-go

# --- Go: pulsar API -----------------------------------------------------------------------------
rm -rf chain/api/btt
(cd proto && "$BUF" generate --template buf.gen.pulsar.yaml --path btt)

# --- TypeScript: telescope ------------------------------------------------------------------------
(cd ts-client && node scripts/codegen.mjs >&2)

# --- TypeScript: the chain's constants (denom, decimals, prefixes, allocation table) from Go ------------
(cd chain && GOFLAGS=-mod=readonly go run ./tools/tsconstants) > ts-client/src/generated/chain.ts

log "done"
