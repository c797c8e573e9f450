#!/usr/bin/env bash
# Makes what the examples need and cannot download on an offline machine, from this machine:
#   images/web/tls/rootfs/  socat and every shared library it loads (ldd), for web-tls;
#   deploy/tls/             a throwaway CA (ca.pem) and a certificate for SERVER_NAME signed by
#                           it (server.pem: certificate and key, mounted into web-tls).
# Nothing it makes is committed (.gitignore). Run it from anywhere:
#   deploy/prepare.sh [SERVER_NAME]      (default: localhost)
set -euo pipefail
examples="$(cd "$(dirname "$0")/.." && pwd)"
name="${1:-localhost}"

rootfs="$examples/images/web/tls/rootfs"
socat="$(command -v socat)" || { echo "prepare.sh: socat is not installed (apt-get install -y socat)" >&2; exit 1; }
mkdir -p "$rootfs/usr/bin"
cp -L "$socat" "$rootfs/usr/bin/socat"
# Every library ldd lists (and the dynamic loader) at the same path inside the image.
ldd "$socat" | grep -o '/[^ ]*' | sort -u | while read -r lib; do
  mkdir -p "$rootfs$(dirname "$lib")"
  cp -L "$lib" "$rootfs$lib"
done

tls="$examples/deploy/tls"
rm -rf "$tls"
mkdir -p "$tls"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
  -subj "/CN=image-actions examples CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -keyout "$work/ca.key" -out "$tls/ca.pem" 2>/dev/null
openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
  -subj "/CN=$name" -keyout "$work/server.key" -out "$work/server.csr" 2>/dev/null
printf 'subjectAltName=DNS:%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' "$name" >"$work/ext"
openssl x509 -req -in "$work/server.csr" -CA "$tls/ca.pem" -CAkey "$work/ca.key" -CAcreateserial \
  -days 2 -extfile "$work/ext" -out "$work/server.crt" 2>/dev/null
cat "$work/server.crt" "$work/server.key" >"$tls/server.pem"
chmod 644 "$tls/server.pem" "$tls/ca.pem"
echo "prepare.sh: socat and $(find "$rootfs" -name '*.so*' | wc -l) libraries in images/web/tls/rootfs; a certificate for $name in deploy/tls"
