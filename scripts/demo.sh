#!/usr/bin/env bash
# The demo command (README: `npm run demo`): the product's main job on examples/.
# Today that is the plan and the dependency graph; each later capability adds its step here.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
cli=(node dist/cli/index.js)
examples="$PWD/examples"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "1. plan: every image of examples/, in waves"
"${cli[@]}" plan --all --root "$examples"

step "2. graph: what is built FROM what"
"${cli[@]}" graph --root "$examples" --format mermaid

step "3. rendered template of app (Jinja2 with macros)"
out="$(mktemp -d)"
"${cli[@]}" render app --root "$examples" --out "$out" >/dev/null
cat "$out/app/Dockerfile"
rm -rf "$out"
