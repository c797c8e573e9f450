#!/bin/sh
# httpd serves the site on 8080 (in the background); socat answers TLS on 8443 with the mounted
# certificate and key, and passes each connection on to httpd.
set -e
cert=/run/tls/server.pem
if [ ! -f "$cert" ]; then
  echo "serve-tls: no certificate at $cert: mount one (certificate and key in one PEM file)" >&2
  exit 2
fi
httpd -p 8080 -h /srv/www
echo "serve-tls: https on 8443"
exec /usr/bin/socat OPENSSL-LISTEN:8443,reuseaddr,fork,cert="$cert",verify=0 TCP:127.0.0.1:8080
