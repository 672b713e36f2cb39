#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Measures Tori's front page against nginx serving the same bytes as a static file, with wrk.
#
# Usage: bench/http.sh            (from anywhere; `make bench` runs it)
# Environment: DURATION=10s CONNECTIONS=32 THREADS=2 WARMUP=3s
#              TORI=path/to/tori  use this binary instead of building one
#              BUILD_DIR=build    where the Release build (g++, as `make run`'s) goes
set -euo pipefail

duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
warmup=${WARMUP:-3s}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bench_name=http.sh
# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"

require_tools wrk nginx

# --- build -------------------------------------------------------------------------------
tori=$(tori_binary "${BUILD_DIR:-build}" gcc g++) || exit 1

# --- teardown, whichever way the script ends -----------------------------------------------
tmp=$(mktemp -d /tmp/tori-bench.XXXXXX)
tori_pid=""
nginx_pid=""
cleanup() {
  stop "$tori_pid" TERM
  stop "$nginx_pid" QUIT   # graceful: master waits for its workers
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- Tori -----------------------------------------------------------------------------------
tori_port=$(free_port)
mkdir -p "$tmp/data"
"$tori" serve --port "$tori_port" --bind 127.0.0.1 --data "$tmp/data" >"$tmp/tori.log" 2>&1 &
tori_pid=$!
wait_ready tori "http://127.0.0.1:$tori_port/healthz" "$tori_pid" "$tmp/tori.log"

# --- nginx with the same bytes as a static file -----------------------------------------------
mkdir -p "$tmp/www"
status=$(fetch "http://127.0.0.1:$tori_port/" "$tmp/www/index.html")
[ "$status" = 200 ] || bench_fail "GET / on tori answered $status"
nginx_start "$tmp/www" index.html

# --- measure -----------------------------------------------------------------------------------
echo "==> wrk -t$threads -c$connections -d$duration --latency (after a $warmup warm-up each): tori, then nginx"
run_wrk tori "http://127.0.0.1:$tori_port/"
run_wrk nginx "http://127.0.0.1:$nginx_port/"

read -r tori_rps tori_p50 tori_p99 tori_errors <<<"$(summary tori)"
read -r nginx_rps nginx_p50 nginx_p99 nginx_errors <<<"$(summary nginx)"
if ! kill -0 "$tori_pid" 2>/dev/null; then
  echo "http.sh: tori exited during the run:" >&2; tail -20 "$tmp/tori.log" >&2; exit 1
fi
tori_hwm="$(mib_of "$tori_pid" VmHWM) MiB"
tori_rss="$(mib_of "$tori_pid" VmRSS) MiB"
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
