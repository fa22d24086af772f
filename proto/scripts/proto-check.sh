#!/usr/bin/env bash
# Fails if regenerating from proto/ changes any committed generated file or creates a new one.
# Run by `make proto-check` (part of `make test`).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

GENERATED=(
  ':(glob)chain/**/*.pb.go'
  ':(glob)chain/**/*.pb.gw.go'
  'chain/api'
  'ts-client/src/generated'
)

bash proto/scripts/proto-gen.sh

changes="$(git status --porcelain --untracked-files=all -- "${GENERATED[@]}")"
if [[ -n "$changes" ]]; then
  echo "proto-check: FAILED - generated code is out of date with proto/:" >&2
  echo "$changes" >&2
  git --no-pager diff --stat -- "${GENERATED[@]}" >&2 || true
  echo "proto-check: run 'make proto-gen' and commit the result." >&2
  exit 1
fi
echo "proto-check: generated code is up to date"
