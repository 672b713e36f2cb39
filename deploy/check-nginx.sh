#!/usr/bin/env bash
# Checks deploy/nginx/tori.conf with `nginx -t`: a throwaway certificate, a minimal nginx.conf.
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Usage: deploy/check-nginx.sh   Exit 0: valid; 1: nginx rejects it; 77: nginx or openssl
# missing (ctest reports the test as skipped). Runs as any user; touches only a temp folder.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
site="$here/nginx/tori.conf"

nginx=$(command -v nginx || true)
[ -z "$nginx" ] && [ -x /usr/sbin/nginx ] && nginx=/usr/sbin/nginx
if [ -z "$nginx" ]; then
  echo "SKIP: nginx is not installed (apt-get install nginx)"
  exit 77
fi
if ! command -v openssl >/dev/null; then
  echo "SKIP: openssl is not installed (apt-get install openssl)"
  exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tori-nginx-check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/logs" "$tmp/temp"

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=tori.example.fi \
  -keyout "$tmp/test.key" -out "$tmp/test.crt" 2>/dev/null

# The site, its certificate lines pointing at the test certificate whatever paths they hold.
sed -e "s|^\([[:space:]]*ssl_certificate\)[[:space:]].*;|\1 $tmp/test.crt;|" \
    -e "s|^\([[:space:]]*ssl_certificate_key\)[[:space:]].*;|\1 $tmp/test.key;|" \
    "$site" >"$tmp/tori.conf"
if ! grep -q "ssl_certificate $tmp/test.crt;" "$tmp/tori.conf" ||
   ! grep -q "ssl_certificate_key $tmp/test.key;" "$tmp/tori.conf"; then
  echo "FAIL: no ssl_certificate / ssl_certificate_key lines in $site"
  exit 1
fi

# The surroundings Debian's /etc/nginx/nginx.conf gives a site, all files in the temp folder.
# Not root: nginx -t would warn that it cannot switch user; no "user" line avoids that.
cat >"$tmp/nginx.conf" <<CONF
pid $tmp/nginx.pid;
error_log $tmp/logs/error.log;
worker_processes 1;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $tmp/logs/access.log;
    client_body_temp_path $tmp/temp/body;
    proxy_temp_path $tmp/temp/proxy;
    fastcgi_temp_path $tmp/temp/fastcgi;
    uwsgi_temp_path $tmp/temp/uwsgi;
    scgi_temp_path $tmp/temp/scgi;
    include $tmp/tori.conf;
}
CONF
[ -f /etc/nginx/mime.types ] || sed -i '/mime.types/d' "$tmp/nginx.conf"

if output=$("$nginx" -t -c "$tmp/nginx.conf" -p "$tmp" 2>&1); then
  [ -n "$output" ] && echo "$output"
  echo "PASS: $site is valid for $("$nginx" -v 2>&1)"
else
  echo "$output"
  echo "FAIL: nginx -t rejects $site"
  exit 1
fi
