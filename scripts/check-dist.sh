#!/usr/bin/env bash
# Fails when the committed dist/ differs from a fresh build of the sources.
set -euo pipefail
cd "$(dirname "$0")/.."
fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
bash scripts/build.sh "$fresh"
if ! diff -r -q dist "$fresh" >/dev/null; then
  diff -r -q dist "$fresh" | head -20 >&2
  echo "dist/ is stale: run 'npm run build' and commit dist/." >&2
  exit 1
fi
echo "dist/ is current"
