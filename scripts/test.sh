#!/usr/bin/env bash
# The test command (README: `npm test`): set the machine up, check that dist/ is current,
# then run every vitest project (unit and integration) on Node 24.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
node --version
tsc -p tsconfig.json --noEmit
eslint --max-warnings 0 .
bash scripts/check-dist.sh
exec vitest run "$@"
