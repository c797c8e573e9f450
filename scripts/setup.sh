#!/usr/bin/env bash
# Idempotent machine setup for tests and the demo: system packages, a running Docker daemon,
# and the npm dependencies (which bring Node 24). Safe to run again; does nothing that is done.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[setup] %s\n' "$*" >&2; }
fail() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

# Binaries the suite needs, and the Debian package that provides each.
declare -A PACKAGE_OF=(
  [dockerd]=docker.io [docker-registry]=docker-registry [buildah]=buildah [skopeo]=skopeo
  [busybox]=busybox-static [docker-compose]=docker-compose [git]=git [openssl]=openssl
  [socat]=socat [python3]=python3-jinja2
)
missing=()
for bin in "${!PACKAGE_OF[@]}"; do
  command -v "$bin" >/dev/null 2>&1 || missing+=("${PACKAGE_OF[$bin]}")
done
# busybox must be the static build: test images are FROM scratch with only /bin/busybox in them.
dpkg-query -W -f='${Status}' busybox-static 2>/dev/null | grep -q 'install ok installed' \
  || missing+=(busybox-static)
python3 -c 'import jinja2' >/dev/null 2>&1 || missing+=(python3-jinja2)

if [ "${#missing[@]}" -gt 0 ]; then
  # De-duplicate while keeping the order.
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | awk '!seen[$0]++')
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    fail "missing packages: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}"
  fi
  say "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# A Docker daemon: use the one that answers, or start dockerd in the background.
if ! docker info >/dev/null 2>&1; then
  say "starting dockerd"
  mkdir -p /var/log
  nohup dockerd >/var/log/image-actions-dockerd.log 2>&1 &
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && break
    sleep 1
  done
  docker info >/dev/null 2>&1 || fail "dockerd did not answer within 60s; see /var/log/image-actions-dockerd.log"
fi

# npm dependencies, which include Node 24 (package `node`). Re-install when the lock changed.
if [ ! -x node_modules/.bin/node ] || [ ! -f node_modules/.package-lock.json ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dependencies"
  npm ci --no-audit --no-fund >/dev/null
fi
node_modules/.bin/node -e 'if (+process.versions.node.split(".")[0] < 24) { console.error("node_modules/.bin/node is not Node 24"); process.exit(1) }'
say "ready: $(node_modules/.bin/node --version), $(docker version --format 'docker {{.Server.Version}}' 2>/dev/null)"
