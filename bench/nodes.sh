#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Several server nodes (issue 6): the marketplace list page and practice pages through nginx
# with one node on SQLite, one node on PostgreSQL and two nodes on one PostgreSQL, in one run,
# over the same demo practices (copied with `tori copy-data`). Prints req/s, p50 and p99 for each.
#
# Usage: bench/nodes.sh [--practices 10000]
# Environment: DURATION=10s CONNECTIONS=32 THREADS=2 WARMUP=3s
#              TORI=path/to/tori        use this binary instead of building one
#              BUILD_DIR=build/bench    where the Release build (g++) goes
#              PG_BINDIR=/usr/lib/postgresql/15/bin
set -euo pipefail

practices=10000
while [ $# -gt 0 ]; do
  case $1 in
    --practices) practices=${2:?--practices needs a number}; shift 2 ;;
    --practices=*) practices=${1#*=}; shift ;;
    -h|--help) sed -n '3,11p' "$0"; exit 0 ;;
    *) echo "nodes.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
warmup=${WARMUP:-3s}
pg_bin=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bench_name=nodes.sh
# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"

require_tools wrk nginx python3
[ -x "$pg_bin/initdb" ] || bench_fail "no PostgreSQL server programs in $pg_bin (apt install postgresql)"
tori=$(tori_binary "${BUILD_DIR:-build/bench}" gcc g++) || exit 1

tmp=$(mktemp -d /tmp/tori-nodes.XXXXXX)
chmod 755 "$tmp"
node_pids=()
nginx_pid=""
pg_user=$([ "$(id -u)" = 0 ] && echo postgres || id -un)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for pid in "${node_pids[@]}"; do stop "$pid" TERM; done
  stop "$nginx_pid" QUIT
  [ -f "$tmp/pg/data/postmaster.pid" ] && as_pg "$pg_bin/pg_ctl" -D "$tmp/pg/data" -m fast stop >/dev/null 2>&1
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- demo data on SQLite, copied to a private PostgreSQL ---------------------------------------
echo "==> tori demo --practices $practices"
"$tori" demo --data "$tmp/sqlite" --practices "$practices" >"$tmp/demo.log" 2>&1 ||
  { tail -20 "$tmp/demo.log" >&2; bench_fail "tori demo failed"; }
mkdir -p "$tmp/pg"
[ "$(id -u)" = 0 ] && chown postgres "$tmp/pg"
as_pg "$pg_bin/initdb" -D "$tmp/pg/data" -U postgres -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 ||
  { cat "$tmp/initdb.log" >&2; bench_fail "initdb failed"; }
as_pg "$pg_bin/pg_ctl" -D "$tmp/pg/data" -l "$tmp/pg/server.log" -w \
  -o "-k $tmp/pg -c listen_addresses= -c shared_buffers=128MB" start >/dev/null
uri="postgresql://postgres@/tori?host=$tmp/pg"
as_pg "$pg_bin/psql" -h "$tmp/pg" -U postgres -q -c \
  "CREATE DATABASE tori ENCODING 'UTF8' LOCALE 'C.UTF-8' TEMPLATE template0" postgres
echo "==> tori copy-data into PostgreSQL 15 ($pg_user)"
"$tori" copy-data --from "$tmp/sqlite" --to "$uri" >"$tmp/copy.log" 2>&1 ||
  { cat "$tmp/copy.log" >&2; bench_fail "copy-data failed"; }

# Each node keeps its own search index: build them before measuring, as an operator would
# (a node without one builds it in the background at start, which would be measured too).
for node in node-a node-b; do
  "$tori" reindex --data "$tmp/$node" --database "$uri" >"$tmp/reindex-$node.log" 2>&1 ||
    { cat "$tmp/reindex-$node.log" >&2; bench_fail "reindex of $node failed"; }
done
[ -d "$tmp/sqlite/index" ] || "$tori" reindex --data "$tmp/sqlite" >"$tmp/reindex-sqlite.log" 2>&1

# --- nodes and the nginx in front of them -----------------------------------------------------
ports=()
start_node() {   # start_node NAME DATA [DATABASE]: starts one node, adds it to node_pids and ports
  local port
  port=$(free_port)
  TORI_ACCESS_LOG=false TORI_DATABASE=${3:-} "$tori" serve --port "$port" --bind 127.0.0.1 \
    --data "$2" >"$tmp/$1.log" 2>&1 &
  node_pids+=($!)
  ports+=("$port")
  wait_ready "$1" "http://127.0.0.1:$port/readyz" "$!" "$tmp/$1.log"
}

proxy_start() {   # proxy_start PORT…: nginx on a free port proxying to the nodes; sets nginx_port
  local servers="" nginx_bin
  [ -x /usr/sbin/nginx ] && nginx_bin=/usr/sbin/nginx || nginx_bin=$(command -v nginx)
  for port in "$@"; do servers+="    server 127.0.0.1:$port;"$'\n'; done
  mkdir -p "$tmp/nginx-temp"
  nginx_port=$(free_port)
  cat >"$tmp/nginx.conf" <<CONF
# The bench's nginx: upstream keep-alive to the nodes, no access log, everything under $tmp.
worker_processes 2;
daemon off;
pid $tmp/nginx.pid;
error_log $tmp/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000000;
  client_body_temp_path $tmp/nginx-temp/body;
  proxy_temp_path $tmp/nginx-temp/proxy;
  fastcgi_temp_path $tmp/nginx-temp/fastcgi;
  uwsgi_temp_path $tmp/nginx-temp/uwsgi;
  scgi_temp_path $tmp/nginx-temp/scgi;
  upstream tori {
$servers    keepalive 64;
  }
  server {
    listen 127.0.0.1:$nginx_port;
    location / {
      proxy_pass http://tori;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
  }
}
CONF
  "$nginx_bin" -p "$tmp" -e "$tmp/nginx-error.log" -c "$tmp/nginx.conf" >"$tmp/nginx.log" 2>&1 &
  nginx_pid=$!
  wait_ready nginx "http://127.0.0.1:$nginx_port/readyz" "$nginx_pid" "$tmp/nginx-error.log"
}

stop_all() {
  for pid in "${node_pids[@]}"; do stop "$pid" TERM; done
  node_pids=()
  ports=()
  stop "$nginx_pid" QUIT
  nginx_pid=""
}

# --- paths: 1,000 practice pages and 50 list pages ----------------------------------------------
collect_paths() {   # collect_paths PORT: writes $tmp/practice.paths and $tmp/list.paths
  python3 - "http://127.0.0.1:$1" "$tmp" <<'PY'
import json, sys, urllib.request
base, out = sys.argv[1], sys.argv[2]
slugs = []
while len(slugs) < 1000:
    with urllib.request.urlopen(f"{base}/api/v1/practices?limit=100&offset={len(slugs)}") as r:
        items = json.load(r)["items"]
    if not items: break
    slugs += [item["slug"] for item in items]
open(f"{out}/practice.paths", "w").write("".join(f"/teot/{s}\n" for s in slugs))
open(f"{out}/list.paths", "w").write("".join(f"/teot?page={n}\n" for n in range(1, 51)))
PY
}
write_rotate_lua "$tmp/rotate.lua"

measure() {   # measure SETUP: wrk over both kinds of pages through nginx
  for kind in list practice; do
    export BENCH_PATHS=$tmp/$kind.paths
    run_wrk "$1-$kind" "http://127.0.0.1:$nginx_port/" "$tmp/rotate.lua"
  done
  for pid in "${node_pids[@]}"; do
    kill -0 "$pid" 2>/dev/null || bench_fail "a node exited during the $1 run"
  done
}

setups=(sqlite-1 postgres-1 postgres-2)
for setup in "${setups[@]}"; do
  echo "==> $setup: wrk -t$threads -c$connections -d$duration --latency (after $warmup warm-up)"
  case $setup in
    sqlite-1) start_node "$setup-a" "$tmp/sqlite" ;;
    postgres-1) start_node "$setup-a" "$tmp/node-a" "$uri" ;;
    postgres-2) start_node "$setup-a" "$tmp/node-a" "$uri"
                start_node "$setup-b" "$tmp/node-b" "$uri" ;;
  esac
  proxy_start "${ports[@]}"
  [ -s "$tmp/practice.paths" ] || collect_paths "${ports[0]}"
  measure "$setup"
  stop_all
done

echo
echo "Nodes behind nginx at $practices demo practices; wrk -t$threads -c$connections -d$duration;" \
  "$(nproc) cores shared by wrk, nginx, PostgreSQL and the nodes"
printf '%-12s %-9s %10s %9s %9s %7s\n' setup pages 'req/s' 'p50 ms' 'p99 ms' errors
for setup in "${setups[@]}"; do
  for kind in list practice; do
    read -r rps p50 p99 err <<<"$(summary "$setup-$kind")"
    printf '%-12s %-9s %10.0f %9.3f %9.3f %7d\n' "$setup" "$kind" "$rps" "$p50" "$p99" "$err"
  done
done
echo "sqlite-1: one node on the embedded SQLite; postgres-1 / postgres-2: one or two nodes on one"
echo "PostgreSQL 15 (Unix socket). Every node serves reads from its in-memory index and page cache."
exit 0
