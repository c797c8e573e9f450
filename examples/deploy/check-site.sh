#!/bin/sh
# A run check: the site as a client on the runner sees it, through the variables smoke sets
# (SERVICE_<NAME>_HOST, SERVICE_<NAME>_PORT_<container port>, IMAGE_<NAME>).
set -eu
url="http://${SERVICE_WEB_HOST}:${SERVICE_WEB_PORT_8080}/"
echo "web runs ${IMAGE_WEB}"
echo "GET ${url}"
curl --fail --silent --show-error --max-time 5 "$url"
