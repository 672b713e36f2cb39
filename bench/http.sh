#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Measures Tori's front page against nginx serving the same bytes as a static file, with wrk.
#
# Usage: bench/http.sh            (from anywhere; `make bench` runs it)
# Environment: DURATION=10s CONNECTIONS=32 THREADS=2 WARMUP=3s
#              TORI=path/to/tori  use this binary instead of building one
#              BUILD_DIR=build    where the Release build (clang) goes
set -euo pipefail

duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
warmup=${WARMUP:-3s}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { echo "http.sh: $tool is missing (tools/install-deps.sh test)" >&2; exit 1; }
done
[ -x /usr/sbin/nginx ] && nginx_bin=/usr/sbin/nginx || nginx_bin=$(command -v nginx)

# --- build -------------------------------------------------------------------------------
if [ -n "${TORI:-}" ]; then
  tori=$(cd "$(dirname "$TORI")" && pwd)/$(basename "$TORI")
else
  build=${BUILD_DIR:-build}
  echo "==> building $build/tori (Release, clang)"
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
  cmake --build "$build" --target tori
  tori=$(cd "$build" && pwd)/tori
  [ -x "$tori" ] || tori=$(cd "$build" && pwd)/src/tori/app/tori
fi
[ -x "$tori" ] || { echo "http.sh: no tori binary at $tori" >&2; exit 1; }

# --- teardown, whichever way the script ends -----------------------------------------------
tmp=$(mktemp -d /tmp/tori-bench.XXXXXX)
tori_pid=""
nginx_pid=""

stop() {   # stop PID SIGNAL: signal, wait up to 5 s, then SIGKILL
  local pid=$1 signal=$2
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill "-$signal" "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  stop "$tori_pid" TERM
  stop "$nginx_pid" QUIT   # graceful: master waits for its workers
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- helpers ------------------------------------------------------------------------------
free_port() {   # a loopback port nobody listens on (checked with a bash /dev/tcp connect)
  local port
  for _ in $(seq 100); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "http.sh: no free port found" >&2; return 1
}

fetch() {   # fetch URL FILE: the body into FILE; prints the HTTP status
  if command -v curl >/dev/null; then
    curl -s -o "$2" -w '%{http_code}' --max-time 5 "$1" || echo 000
  else
    /usr/bin/python3 - "$1" "$2" <<'PY' || echo 000
import sys, urllib.request, urllib.error
try:
    r = urllib.request.urlopen(sys.argv[1], timeout=5); body, status = r.read(), r.status
except urllib.error.HTTPError as e:
    body, status = e.read(), e.code
open(sys.argv[2], "wb").write(body); print(status, end="")
PY
  fi
}

wait_ready() {   # wait_ready NAME URL PID LOG: until URL answers 200, or fail with the log
  local name=$1 url=$2 pid=$3 log=$4
  for _ in $(seq 300); do
    kill -0 "$pid" 2>/dev/null || { echo "http.sh: $name exited on start:" >&2; tail -20 "$log" >&2; exit 1; }
    [ "$(fetch "$url" /dev/null)" = 200 ] && return 0
    sleep 0.1
  done
  echo "http.sh: $name did not answer $url within 30 s:" >&2; tail -20 "$log" >&2; exit 1
}

# --- Tori -----------------------------------------------------------------------------------
tori_port=$(free_port)
mkdir -p "$tmp/data"
"$tori" serve --port "$tori_port" --bind 127.0.0.1 --data "$tmp/data" >"$tmp/tori.log" 2>&1 &
tori_pid=$!
wait_ready tori "http://127.0.0.1:$tori_port/healthz" "$tori_pid" "$tmp/tori.log"

# --- nginx with the same bytes as a static file -----------------------------------------------
mkdir -p "$tmp/www" "$tmp/nginx-temp"
status=$(fetch "http://127.0.0.1:$tori_port/" "$tmp/www/index.html")
[ "$status" = 200 ] || { echo "http.sh: GET / on tori answered $status" >&2; exit 1; }
chmod 755 "$tmp" "$tmp/www"   # nginx workers run as nobody when the master is root
chmod 644 "$tmp/www/index.html"

nginx_port=$(free_port)
while [ "$nginx_port" = "$tori_port" ]; do nginx_port=$(free_port); done
cat >"$tmp/nginx.conf" <<EOF
# The bench's own nginx: two workers, keep-alive, no access log, everything under $tmp.
worker_processes 2;
daemon off;
pid $tmp/nginx.pid;
error_log $tmp/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  types { text/html html; }
  default_type application/octet-stream;
  client_body_temp_path $tmp/nginx-temp/body;
  proxy_temp_path $tmp/nginx-temp/proxy;
  fastcgi_temp_path $tmp/nginx-temp/fastcgi;
  uwsgi_temp_path $tmp/nginx-temp/uwsgi;
  scgi_temp_path $tmp/nginx-temp/scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    root $tmp/www;
    index index.html;
  }
}
EOF
"$nginx_bin" -p "$tmp" -e "$tmp/nginx-error.log" -c "$tmp/nginx.conf" >"$tmp/nginx.log" 2>&1 &
nginx_pid=$!
wait_ready nginx "http://127.0.0.1:$nginx_port/" "$nginx_pid" "$tmp/nginx-error.log"

# --- measure -----------------------------------------------------------------------------------
run_wrk() {   # run_wrk NAME URL: warm up, then measure; output in $tmp/NAME.wrk
  wrk -t"$threads" -c"$connections" -d"$warmup" "$2" >/dev/null
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "$2" >"$tmp/$1.wrk"
}

to_ms() {   # wrk's "812.00us" / "1.23ms" / "1.02s" → milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0;
                         else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'
}

summary() {   # summary NAME: "req/s p50_ms p99_ms errors" from $tmp/NAME.wrk
  local file=$tmp/$1.wrk rps p50 p99 errors
  rps=$(awk '/^Requests\/sec:/ { print $2 }' "$file")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$file")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$file")")
  errors=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 }
                END { print n + 0 }' "$file")
  echo "$rps $p50 $p99 $errors"
}

echo "==> wrk -t$threads -c$connections -d$duration --latency (after a $warmup warm-up each): tori, then nginx"
run_wrk tori "http://127.0.0.1:$tori_port/"
run_wrk nginx "http://127.0.0.1:$nginx_port/"

read -r tori_rps tori_p50 tori_p99 tori_errors <<<"$(summary tori)"
read -r nginx_rps nginx_p50 nginx_p99 nginx_errors <<<"$(summary nginx)"
if ! kill -0 "$tori_pid" 2>/dev/null; then
  echo "http.sh: tori exited during the run:" >&2; tail -20 "$tmp/tori.log" >&2; exit 1
fi
mib() { awk -v key="$1:" '$1 == key { printf "%.1f MiB", $2 / 1024 }' "/proc/$tori_pid/status"; }
tori_hwm=$(mib VmHWM)
tori_rss=$(mib VmRSS)
body_bytes=$(stat -c %s "$tmp/www/index.html")

echo
printf '%-7s %12s %10s %10s %8s\n' server 'req/s' 'p50 ms' 'p99 ms' errors
printf '%-7s %12.0f %10.3f %10.3f %8d\n' tori "$tori_rps" "$tori_p50" "$tori_p99" "$tori_errors"
printf '%-7s %12.0f %10.3f %10.3f %8d\n' nginx "$nginx_rps" "$nginx_p50" "$nginx_p99" "$nginx_errors"
echo
awk -v t="$tori_rps" -v n="$nginx_rps" 'BEGIN { printf "Tori/nginx req/s: %.2f\n", (n > 0 ? t / n : 0) }'
echo "Page: GET / = $body_bytes bytes of HTML (nginx serves the same bytes as a static file)."
echo "Tori RSS after the run: peak (VmHWM) $tori_hwm, now (VmRSS) $tori_rss."
echo "Note: wrk ($threads threads) runs on the same $(nproc) cores as the server it measures, so" \
  "these are relative numbers, not the capacity of a dedicated machine."
if [ "$tori_errors" != 0 ] || [ "$nginx_errors" != 0 ]; then
  echo "Warning: errors or non-2xx answers above; see the wrk output:"; cat "$tmp/tori.wrk" "$tmp/nginx.wrk"
fi
