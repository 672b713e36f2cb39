#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# The marketplace benchmark of issue 3: practice pages over ≥ 1,000 practices and filtered list
# pages over ≥ 1,000 filter combinations (wrk with a Lua script rotating the paths), with the
# page cache on and off, against nginx serving a static file of the average page's size; cold
# start (process start → /readyz 200) and RSS after each run. A measurement: exits 0.
#
# Usage: bench/marketplace.sh [--practices 10000|100000]
# Environment: DURATION=10s CONNECTIONS=32 THREADS=2 WARMUP=3s
#              TORI=path/to/tori        use this binary instead of building one
#              BUILD_DIR=build/bench    where the Release build (g++) goes
#              DATA_DIR=dir             keep the demo data there and reuse it on the next run
set -euo pipefail

practices=10000
while [ $# -gt 0 ]; do
  case $1 in
    --practices) practices=${2:?--practices needs a number}; shift 2 ;;
    --practices=*) practices=${1#*=}; shift ;;
    -h|--help) sed -n '3,13p' "$0"; exit 0 ;;
    *) echo "marketplace.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
warmup=${WARMUP:-3s}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bench_name=marketplace.sh
# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"

require_tools wrk nginx curl python3

tori=$(tori_binary "${BUILD_DIR:-build/bench}" gcc g++) || exit 1

tmp=$(mktemp -d /tmp/tori-marketplace.XXXXXX)
tori_pid=""
nginx_pid=""
cleanup() {
  stop "$tori_pid" TERM
  stop "$nginx_pid" QUIT
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- demo data ------------------------------------------------------------------------------
data=${DATA_DIR:-$tmp/data}
mkdir -p "$data"
if [ ! -s "$data/tori.sqlite" ]; then
  echo "==> tori demo --practices $practices into $data"
  started=$(date +%s)
  "$tori" demo --data "$data" --practices "$practices" >"$tmp/demo.log" 2>&1 ||
    { tail -20 "$tmp/demo.log" >&2; bench_fail "tori demo failed"; }
  echo "    took $(($(date +%s) - started)) s"
else
  echo "==> reusing the demo data in $data"
fi

# --- Tori with the page cache on or off -----------------------------------------------------
tori_port=""
start_tori() {   # start_tori true|false: sets tori_pid, tori_port and cold (the start in ms)
  tori_port=$(free_port)
  local started ready
  started=$(date +%s%N)
  TORI_CACHE_PAGES=$1 TORI_ACCESS_LOG=false "$tori" serve --port "$tori_port" --bind 127.0.0.1 \
    --data "$data" >"$tmp/tori-$1.log" 2>&1 &
  tori_pid=$!
  wait_ready tori "http://127.0.0.1:$tori_port/readyz" "$tori_pid" "$tmp/tori-$1.log"
  ready=$(date +%s%N)
  cold=$(((ready - started) / 1000000))
}

index_built_ms() {   # waits until /metrics counts an index build; prints ms since the call
  local started
  started=$(date +%s%N)
  for _ in $(seq 6000); do
    fetch "http://127.0.0.1:$tori_port/metrics" "$tmp/metrics.txt" >/dev/null
    grep -q '^tori_practice_index_builds_total [1-9]' "$tmp/metrics.txt" && break
    sleep 0.01
  done
  echo $((($(date +%s%N) - started) / 1000000))
}

# --- the paths: real slugs and vocabulary values from the API ---------------------------------
collect_paths() {   # writes $tmp/practice.paths and $tmp/list.paths
  python3 - "http://127.0.0.1:$tori_port" "$tmp" <<'PY'
import json, random, sys, urllib.request
base, out = sys.argv[1], sys.argv[2]
def get(path):
    with urllib.request.urlopen(base + path, timeout=30) as r:
        return json.load(r)
slugs = []
while len(slugs) < 1200:
    page = get(f"/api/v1/practices?limit=100&offset={len(slugs)}")
    if not page["items"]: break
    slugs += [item["slug"] for item in page["items"]]
vocabularies = get("/api/v1/vocabularies")
values = {family: [t["slug"] for t in vocabularies[family + "s"] if t["count"] > 0]
          for family in ("sector", "theme", "client_group")}
values["region"] = [r["slug"] for r in get("/api/v1/regions")["items"]]
values["year"] = [str(y) for y in range(2016, 2026)]
values["maturity"] = ["idea", "pilot", "in_use", "established"]
rng = random.Random(2016)
combinations = set()
while len(combinations) < 1200:
    families = rng.sample(sorted(values), rng.choice((1, 1, 2, 2, 3)))
    parts = [f"{f}={rng.choice(values[f])}" for f in sorted(families)]
    if rng.random() < 0.3: parts.append("sort=" + rng.choice(("oldest", "title")))
    if rng.random() < 0.2: parts.append("page=2")
    if parts[-1] == "page=2":  # only where a second page exists (else 404)
        total = get("/api/v1/practices?" + "&".join(parts[:-1] + ["limit=0"]))["total"]
        if total <= 20: parts.pop()
    combinations.add("/teot?" + "&".join(parts))
open(f"{out}/practice.paths", "w").write("".join(f"/teot/{s}\n" for s in slugs))
open(f"{out}/list.paths", "w").write("".join(f"{p}\n" for p in sorted(combinations)))
print(f"    {len(slugs)} practice paths, {len(combinations)} list paths")
PY
}

write_rotate_lua "$tmp/rotate.lua"

average_bytes() {   # average_bytes KIND: the mean body size of the first 50 KIND paths
  local total=0 count=0 path
  while read -r path; do
    fetch "http://127.0.0.1:$tori_port$path" "$tmp/sample.html" >/dev/null
    total=$((total + $(stat -c %s "$tmp/sample.html"))); count=$((count + 1))
    cp "$tmp/sample.html" "$tmp/sample-$1.html"
  done < <(head -50 "$tmp/$1.paths")
  echo $((total / count))
}

run_kind() {   # run_kind KIND MODE: wrk over the KIND paths against the running tori
  export BENCH_PATHS=$tmp/$1.paths
  run_wrk "$1-$2" "http://127.0.0.1:$tori_port/" "$tmp/rotate.lua"
}

declare -A cold_ms index_ms rss_mib hwm_mib
for mode in on off; do
  switch=$([ $mode = on ] && echo true || echo false)
  echo "==> tori serve, page cache $mode"
  start_tori "$switch"
  cold_ms[$mode]=$cold
  index_ms[$mode]=$(index_built_ms)
  [ -s "$tmp/practice.paths" ] || collect_paths
  if [ $mode = on ]; then
    practice_bytes=$(average_bytes practice)
    list_bytes=$(average_bytes list)
  fi
  echo "    wrk -t$threads -c$connections -d$duration --latency (after $warmup warm-up): practice pages, list pages"
  run_kind practice $mode
  run_kind list $mode
  kill -0 "$tori_pid" 2>/dev/null || { tail -20 "$tmp/tori-$switch.log" >&2; bench_fail "tori exited during the run"; }
  rss_mib[$mode]=$(mib_of "$tori_pid" VmRSS)
  hwm_mib[$mode]=$(mib_of "$tori_pid" VmHWM)
  fetch "http://127.0.0.1:$tori_port/metrics" "$tmp/metrics-$mode.txt" >/dev/null
  stop "$tori_pid" TERM
  tori_pid=""
done

# --- nginx: static files of the average sizes ----------------------------------------------
mkdir -p "$tmp/www"
for kind in practice list; do
  bytes=$([ $kind = practice ] && echo "$practice_bytes" || echo "$list_bytes")
  while [ "$(stat -c %s "$tmp/www/$kind.html" 2>/dev/null || echo 0)" -lt "$bytes" ]; do
    cat "$tmp/sample-$kind.html" >>"$tmp/www/$kind.html"
  done
  truncate -s "$bytes" "$tmp/www/$kind.html"
done
echo "==> nginx serving $practice_bytes and $list_bytes bytes as static files"
nginx_start "$tmp/www" practice.html
run_wrk nginx-practice "http://127.0.0.1:$nginx_port/practice.html"
run_wrk nginx-list "http://127.0.0.1:$nginx_port/list.html"

# --- the table ----------------------------------------------------------------------------------
echo
echo "Marketplace at $practices demo practices; wrk -t$threads -c$connections -d$duration, $(nproc) cores shared with wrk"
printf '%-15s %-7s %10s %9s %9s %7s %9s %9s\n' pages server 'req/s' 'p50 ms' 'p99 ms' errors 'vs nginx' 'RSS MiB'
for kind in practice list; do
  read -r n_rps n_p50 n_p99 n_err <<<"$(summary "nginx-$kind")"
  for mode in on off; do
    read -r rps p50 p99 err <<<"$(summary "$kind-$mode")"
    printf '%-15s %-7s %10.0f %9.3f %9.3f %7d %8.0f%% %9s\n' "$kind" "cache $mode" "$rps" "$p50" "$p99" \
      "$err" "$(awk -v t="$rps" -v n="$n_rps" 'BEGIN { print (n > 0 ? 100 * t / n : 0) }')" "${rss_mib[$mode]}"
  done
  printf '%-15s %-7s %10.0f %9.3f %9.3f %7d %9s %9s\n' "$kind" nginx "$n_rps" "$n_p50" "$n_p99" "$n_err" '100%' '-'
done
echo
echo "Cold start (process start → /readyz 200): cache on ${cold_ms[on]} ms, cache off ${cold_ms[off]} ms;" \
  "practice index built ${index_ms[on]} / ${index_ms[off]} ms after that."
echo "RSS after the run (VmRSS / peak VmHWM): cache on ${rss_mib[on]} / ${hwm_mib[on]} MiB," \
  "cache off ${rss_mib[off]} / ${hwm_mib[off]} MiB."
echo "Average page: practice $practice_bytes bytes, list $list_bytes bytes (nginx serves files of these sizes)."
grep -h '^tori_page_cache_\(hits\|misses\|evictions\)_total\|^tori_page_cache_bytes' "$tmp/metrics-on.txt" |
  tr '\n' ' ' | sed 's/^/Page cache after the cached run: /; s/ $/\n/'
echo "Goals (issue 3): practice ≥ 50 % and list ≥ 25 % of nginx, p99 ≤ 10 ms, start ≤ 1 s, RSS ≤ 150 MB at 10k."
echo "Tori runs with TORI_ACCESS_LOG=false (nginx has access_log off too)."
exit 0
