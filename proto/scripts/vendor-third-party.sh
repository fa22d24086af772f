#!/usr/bin/env bash
# Re-vendors the third-party protos under proto/third_party from the Go module cache.
# Not part of the build: run it by hand when bumping a dependency, then commit the result.
# It copies a set of seed files plus everything they import (transitively).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DEST="$ROOT/proto/third_party"
SDK_VERSION="${SDK_VERSION:-v0.53.8}"
IBC_VERSION="${IBC_VERSION:-v10.7.0}"
GOGO_VERSION="${GOGO_VERSION:-v1.7.0}"
COSMOS_PROTO_VERSION="${COSMOS_PROTO_VERSION:-v1.0.0-beta.5}"
GATEWAY_VERSION="${GATEWAY_VERSION:-v1.16.0}"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
(cd "$scratch" && go mod init scratch >/dev/null 2>&1 &&
  go mod download "github.com/cosmos/cosmos-sdk@$SDK_VERSION" "github.com/cosmos/ibc-go/v10@$IBC_VERSION" \
    "github.com/cosmos/gogoproto@$GOGO_VERSION" "github.com/cosmos/cosmos-proto@$COSMOS_PROTO_VERSION" \
    "github.com/grpc-ecosystem/grpc-gateway@$GATEWAY_VERSION")
MC="$(go env GOMODCACHE)"
# Import roots, searched in order. cosmos/ics23/v1/proofs.proto is not shipped in any Go module;
# it is kept as committed (see proto/third_party/README.md) and searched in DEST itself.
ROOTS=(
  "$MC/github.com/cosmos/cosmos-sdk@$SDK_VERSION/proto"
  "$MC/github.com/cosmos/ibc-go/v10@$IBC_VERSION/proto"
  "$MC/github.com/cosmos/gogoproto@$GOGO_VERSION"
  "$MC/github.com/cosmos/cosmos-proto@$COSMOS_PROTO_VERSION/proto"
  "$MC/github.com/grpc-ecosystem/grpc-gateway@$GATEWAY_VERSION/third_party/googleapis"
  "$DEST"
)
SEEDS=(
  gogoproto/gogo.proto cosmos_proto/cosmos.proto amino/amino.proto
  google/api/annotations.proto google/api/http.proto
  cosmos/msg/v1/msg.proto cosmos/query/v1/query.proto
  cosmos/base/v1beta1/coin.proto cosmos/base/query/v1beta1/pagination.proto
)
for dir in cosmos/bank/v1beta1 cosmos/staking/v1beta1 cosmos/gov/v1; do
  for f in "${ROOTS[0]}/$dir"/*.proto; do SEEDS+=("$dir/$(basename "$f")"); done
done
for dir in ibc/core/client/v1 ibc/core/connection/v1 ibc/core/channel/v1 ibc/core/commitment/v1 \
  ibc/applications/transfer/v1; do
  for f in "${ROOTS[1]}/$dir"/*.proto; do SEEDS+=("$dir/$(basename "$f")"); done
done

declare -A done_files=()
queue=("${SEEDS[@]}")
while ((${#queue[@]})); do
  f="${queue[0]}"; queue=("${queue[@]:1}")
  [[ -n "${done_files[$f]:-}" ]] && continue
  done_files[$f]=1
  case "$f" in google/protobuf/*) continue ;; esac # well-known types come with buf
  src=""
  for r in "${ROOTS[@]}"; do if [[ -f "$r/$f" ]]; then src="$r/$f"; break; fi; done
  [[ -n "$src" ]] || { echo "vendor: cannot find $f" >&2; exit 1; }
  if [[ "$src" != "$DEST/$f" ]]; then
    mkdir -p "$DEST/$(dirname "$f")"
    install -m 0644 "$src" "$DEST/$f"
  fi
  while read -r imp; do queue+=("$imp"); done < <(sed -n 's/^import *\(public \)\?"\([^"]*\)";.*/\2/p' "$src")
done
echo "vendored ${#done_files[@]} files into $DEST"
