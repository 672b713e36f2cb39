#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Registration under load (issue 7): CLIENTS clients, each from its own loopback address, open an
# event's registration form and send it with a new address, over and over, against one node on
# SQLite and one on a private PostgreSQL, in one run. Prints registrations per second and the
# POST's p50/p99, beside opening the form (GET, the reference) measured in the same run.
#
# Usage: bench/events.sh
# Environment: SECONDS_EACH=10 CLIENTS=64
#              TORI=path/to/tori        use this binary instead of building one
#              BUILD_DIR=build/bench    where the Release build (g++) goes
#              PG_BINDIR=/usr/lib/postgresql/15/bin
set -euo pipefail

seconds=${SECONDS_EACH:-10}
clients=${CLIENTS:-64}
pg_bin=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bench_name=events.sh
# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"

require_tools g++
[ -x "$pg_bin/initdb" ] || bench_fail "no PostgreSQL server programs in $pg_bin (apt install postgresql)"
tori=$(tori_binary "${BUILD_DIR:-build/bench}" gcc g++) || exit 1

tmp=$(mktemp -d /tmp/tori-events.XXXXXX)
chmod 755 "$tmp"
tori_pid=""
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  stop "$tori_pid" TERM
  [ -f "$tmp/pg/data/postmaster.pid" ] && as_pg "$pg_bin/pg_ctl" -D "$tmp/pg/data" -m fast stop >/dev/null 2>&1
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

g++ -O2 -std=c++20 -pthread bench/registration_load.cpp -o "$tmp/load" || bench_fail "cannot build the load client"

# One event far ahead, open for registration, 50 seats (the rest wait in line).
cat >"$tmp/events.jsonl" <<'JSON'
{"external_id": "bench", "kind": "regional_event", "title": "Kuormitustesti", "starts_at": "2030-05-14T09:00:00+03:00", "ends_at": "2030-05-14T15:00:00+03:00", "place": {"name": "Tampere-talo", "address": "Yliopistonkatu 55", "municipality": "Tampere"}, "capacity": 50}
JSON
path=/tapahtumat/kuormitustesti/ilmoittaudu

# measure NAME DATA [--database URI]: imports the event, serves it, runs the load; one line.
measure() {
  local name=$1 data=$2; shift 2
  mkdir -p "$data"
  printf 'access_log = false\n[limits]\nregistration_per_ip = 1000000\nmail_per_recipient = 1000000\n' >"$data/tori.toml"
  "$tori" import events "$tmp/events.jsonl" --data "$data" "$@" >"$tmp/$name-import.log" 2>&1 ||
    { cat "$tmp/$name-import.log" >&2; bench_fail "import failed ($name)"; }
  local port
  port=$(free_port)
  "$tori" serve --port "$port" --bind 127.0.0.1 --data "$data" "$@" >"$tmp/$name.log" 2>&1 &
  tori_pid=$!
  wait_ready "tori ($name)" "http://127.0.0.1:$port/healthz" "$tori_pid" "$tmp/$name.log"
  "$tmp/load" "$port" "$path" 8 2 >/dev/null   # warm-up
  local line
  line=$("$tmp/load" "$port" "$path" "$clients" "$seconds")
  local rss
  rss=$(mib_of "$tori_pid" VmHWM)
  stop "$tori_pid" TERM
  tori_pid=""
  echo "$name $line $rss"
}

echo "==> $clients clients, ${seconds}s each: SQLite, then PostgreSQL"
sqlite_line=$(measure sqlite "$tmp/sqlite")

mkdir -p "$tmp/pg"
[ "$(id -u)" = 0 ] && chown postgres "$tmp/pg"
as_pg "$pg_bin/initdb" -D "$tmp/pg/data" -U postgres -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 ||
  { cat "$tmp/initdb.log" >&2; bench_fail "initdb failed"; }
as_pg "$pg_bin/pg_ctl" -D "$tmp/pg/data" -l "$tmp/pg/log" -w \
  -o "-k $tmp/pg -c listen_addresses='' -c fsync=on" start >/dev/null
as_pg "$pg_bin/psql" -h "$tmp/pg" -U postgres -q -c "CREATE DATABASE tori" >/dev/null
pg_line=$(measure postgresql "$tmp/pg-data" --database "postgresql://postgres@/tori?host=$tmp/pg")

printf '\n%-11s %12s %9s %9s %10s %9s %9s %9s %8s\n' backend "register/s" "POST p50" "POST p99" "form GET/s" "GET p50" "GET p99" failures "RSS MiB"
for line in "$sqlite_line" "$pg_line"; do
  read -r name sends sp50 sp99 forms fp50 fp99 failures rss <<<"$line"
  printf '%-11s %12s %8sms %8sms %10s %8sms %8sms %9s %8s\n' "$name" "$sends" "$sp50" "$sp99" "$forms" "$fp50" "$fp99" "$failures" "$rss"
done
