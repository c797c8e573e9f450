#!/usr/bin/env bash
# The demo command (README: `npm run demo`): the whole life of examples/ on this machine,
# against a registry it starts on a loopback port and the local Docker daemon.
#   plan → build (parents pinned by digest) → smoke → promote to latest → a second build
#   reusing everything → a branch build and an exception → cleanup, dry run then real →
#   what the registry holds.
set -euo pipefail
cd "$(dirname "$0")/.."
repo_root="$PWD"
bash scripts/setup.sh
export PATH="$repo_root/node_modules/.bin:$PATH"
cli=(node "$repo_root/dist/cli/index.js")

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

work="$(mktemp -d /tmp/image-actions-demo.XXXXXX)"
registry_pid=""
cleanup() {
  [ -n "$registry_pid" ] && kill "$registry_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A CNCF distribution registry on a free loopback port, deletion enabled (for cleanup).
port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
host="127.0.0.1:$port"
mkdir -p "$work/registry"
cat >"$work/registry/config.yml" <<YAML
version: 0.1
log:
  level: error
storage:
  filesystem:
    rootdirectory: $work/registry/data
  delete:
    enabled: true
http:
  addr: $host
YAML
docker-registry serve "$work/registry/config.yml" >"$work/registry/log" 2>&1 &
registry_pid=$!
for _ in $(seq 1 50); do
  node -e "fetch('http://$host/v2/').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" && break
  sleep 0.2
done

# The example repository as a git checkout of its own, pointed at the local registry, with the
# static busybox the base image is made of (nothing is pulled from the internet).
repo="$work/examples"
cp -r "$repo_root/examples" "$repo"
sed -i "s|^registry: .*|registry: $host/acme|" "$repo/images.yaml"
mkdir -p "$repo/images/base/rootfs/bin"
cp /bin/busybox "$repo/images/base/rootfs/bin/busybox"
# socat and its libraries for the TLS variant, and a CA and certificate for its checks.
bash "$repo/deploy/prepare.sh"
git -C "$repo" init -q -b main
git -C "$repo" -c user.name=demo -c user.email=demo@example.invalid add -A
git -C "$repo" -c user.name=demo -c user.email=demo@example.invalid commit -q -m "examples"
sha="$(git -C "$repo" rev-parse HEAD)"
tag="demo-${sha:0:7}"

step "1. plan: every image of examples/, in waves"
"${cli[@]}" plan --all --root "$repo"
"${cli[@]}" graph --root "$repo"

step "2. build: dependency order, parents pinned by digest, pushed as $tag"
"${cli[@]}" build --all --root "$repo" --tag "$tag" --json >"$work/build.json"
node -e 'const o=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));for(const [i,r] of Object.entries(o.refs))console.log(`  ${i.padEnd(10)} ${r}`);console.log(`  built: ${o.built.join(", ")}`)' "$work/build.json"

step "3. smoke: structure tests, compose deployment, http/tcp/tls/exec/run/logs checks, teardown"
"${cli[@]}" smoke --root "$repo" --digests "$work/build.json" --tag "$tag" --output "$work/tested.json"
echo "tested: $(cat "$work/tested.json")"

step "4. promote $tag to latest and sha-${sha:0:7}, requiring the tested digests: manifests move, layers do not"
"${cli[@]}" promote --root "$repo" --from "$tag" --ref refs/heads/main --default-branch main \
  --require "$work/tested.json" base runtime tools app web web-tls worker

step "5. build again under a new tag: every image is reused by its build key"
"${cli[@]}" build --all --root "$repo" --tag "${tag}-again"

step "6. a branch changes tools: tools and worker (FROM tools) get new digests, the rest is reused"
git -C "$repo" checkout -q -b feature/faster
printf '\n# faster start\n' >>"$repo/images/tools/Dockerfile"
git -C "$repo" -c user.name=demo -c user.email=demo@example.invalid commit -q -am "tools: faster start"
branch_tag="feature-faster-$(git -C "$repo" rev-parse --short=7 HEAD)"
"${cli[@]}" plan --root "$repo" --base main --head HEAD
"${cli[@]}" build --all --root "$repo" --tag "$branch_tag"
echo "  mark the branch's worker build as an exception, in the registry itself:"
"${cli[@]}" keep "worker@$branch_tag" --root "$repo" --reason demo

as_of="$(date -u -d '+31 days' +%F)"
step "7. cleanup as of $as_of (31 days on), dry run: the plan, rule by rule; nothing is deleted"
"${cli[@]}" cleanup --root "$repo" --dry-run --as-of "$as_of" 2>"$work/plan.txt"
echo "  the plan for tools, as the log shows it (every image has one):"
sed -n '/^── tools/,/^── /p' "$work/plan.txt" | sed '$d' | sed 's/^/  /'

step "8. cleanup as of $as_of, for real: branch builds go, latest and the kept build stay whole"
"${cli[@]}" cleanup --root "$repo" --as-of "$as_of" 2>/dev/null

step "9. what the registry holds"
for image in base runtime tools app web web-tls worker; do
  tags="$(skopeo list-tags --tls-verify=false "docker://$host/acme/examples-$image" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).Tags.sort().join(" ")))')"
  printf '  %-22s %s\n' "examples-$image" "$tags"
done
echo "  every kept tag still pulls:"
for image in base runtime tools app web web-tls worker; do
  skopeo inspect --raw --tls-verify=false "docker://$host/acme/examples-$image:latest" >/dev/null
done
skopeo copy -q --src-tls-verify=false "docker://$host/acme/examples-worker:keep-demo" "dir:$work/kept-worker"
echo "  latest of every image, and worker:keep-demo with all its blobs: ok"
