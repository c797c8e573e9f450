#!/usr/bin/env bash
# Compile TypeScript to lib/ with tsc, then bundle every entry point with ncc into dist/<name>/.
# Usage: scripts/build.sh [OUT_DIR]   (default dist; check-dist builds into a temporary dir)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
out="${1:-dist}"
rm -rf lib
# The images.yaml validator is compiled ahead of time (ajv standalone), from the schema as it is now.
node scripts/generate-schema-validator.ts
tsc -p tsconfig.build.json
entries=(detect build smoke promote cleanup cli)
for name in "${entries[@]}"; do
  src="lib/src/actions/${name}.js"
  [ "$name" = cli ] && src="lib/src/cli/main.js"
  rm -rf "${out:?}/${name}"
  ncc build "$src" --out "${out}/${name}" --target es2023 --quiet --license licenses.txt >/dev/null
done
