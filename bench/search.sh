#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# The search benchmark: for each size, demo practices (`tori demo`), the index build time and
# peak RSS of `tori reindex`, then `tori serve` and wrk rotating through search queries (the
# judged set of src/tori/search/testdata plus several-word, filtered, newest-first, page-2 and
# misspelt variants) on GET /api/v1/search and GET /haku: req/s, p50, p99; the server's RSS.
# A measurement: exits 0 even when a goal is missed.
#
# Usage: bench/search.sh [SIZE…]            default 10000 100000; bench/search.sh 10000
# Environment: DURATION=20s CONNECTIONS=2 THREADS=2 WARMUP=5s
#              TORI=path/to/tori        use this binary instead of building one
#              BUILD_DIR=build/bench    where the Release build (g++) goes
#              DATA_DIR=dir             keep the demo data in dir/SIZE and reuse it next time
#              CACHE_PAGES=false        Tori's page cache (off: every /haku request searches)
set -euo pipefail

sizes=()
for argument in "$@"; do
  case $argument in
    -h|--help) sed -n '3,14p' "$0"; exit 0 ;;
    *[!0-9]*|'') echo "search.sh: a size is a number of practices, not $argument" >&2; exit 2 ;;
    *) sizes+=("$argument") ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || read -r -a sizes <<<"${SIZES:-10000 100000}"
duration=${DURATION:-20s}
connections=${CONNECTIONS:-2}   # 2 cores: more connections only queue, and wrk shares the cores
threads=${THREADS:-2}
warmup=${WARMUP:-5s}
cache_pages=${CACHE_PAGES:-false}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bench_name=search.sh
# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"

# Goals at 100k (the issue): search p99, reindex wall time, RSS (400 MB = 381.5 MiB).
goal_p99_ms=15
goal_reindex_s=180
goal_rss_mib=381.5

require_tools wrk curl python3

tori=$(tori_binary "${BUILD_DIR:-build/bench}" gcc g++) || exit 1

tmp=$(mktemp -d /tmp/tori-search.XXXXXX)
tori_pid=""
reindex_pid=""
# shellcheck disable=SC2317  # the EXIT trap calls it
cleanup() {
  local child   # reindex runs under /usr/bin/time: stop tori reindex itself first
  [ -n "$reindex_pid" ] && for child in $(pgrep -P "$reindex_pid" || true); do stop "$child" TERM; done
  stop "$reindex_pid" TERM
  stop "$tori_pid" TERM
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

write_rotate_lua "$tmp/rotate.lua"

# --- demo data ------------------------------------------------------------------------------
data_folder() {   # data_folder SIZE: the folder for SIZE practices (kept under DATA_DIR if set)
  if [ -n "${DATA_DIR:-}" ]; then echo "$DATA_DIR/$1"; else echo "$tmp/data-$1"; fi
}

make_demo() {   # make_demo SIZE DIR: `tori demo` unless DIR already has a database
  local size=$1 data=$2 started
  mkdir -p "$data"
  if [ -s "$data/tori.sqlite" ]; then
    echo "==> reusing the demo data in $data"
    return 0
  fi
  echo "==> tori demo --practices $size into $data"
  started=$(date +%s)
  "$tori" demo --data "$data" --practices "$size" >"$tmp/demo-$size.log" 2>&1 ||
    { tail -20 "$tmp/demo-$size.log" >&2; bench_fail "tori demo failed"; }
  echo "    took $(($(date +%s) - started)) s"
}

# --- the index build ------------------------------------------------------------------------
reindex_s="" words_per_s="" reindex_mib=""
run_reindex() {   # run_reindex SIZE DIR: times `tori reindex`; sets reindex_s, words_per_s, reindex_mib
  local size=$1 data=$2 log=$tmp/reindex-$1.log started hwm peak_kib=0
  echo "==> tori reindex --data $data"
  started=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$tmp/reindex-$size.time" "$tori" reindex --data "$data" >"$log" 2>&1 &
  else
    "$tori" reindex --data "$data" >"$log" 2>&1 &
  fi
  reindex_pid=$!
  if [ ! -x /usr/bin/time ]; then   # no GNU time: poll the peak while it runs
    while kill -0 "$reindex_pid" 2>/dev/null; do
      hwm=$(awk '$1 == "VmHWM:" { print $2 }' "/proc/$reindex_pid/status" 2>/dev/null || true)
      [ -n "$hwm" ] && [ "$hwm" -gt "$peak_kib" ] && peak_kib=$hwm
      sleep 0.1
    done
  fi
  wait "$reindex_pid" || { tail -20 "$log" >&2; bench_fail "tori reindex failed"; }
  reindex_pid=""
  reindex_s=$(awk -v ns=$(($(date +%s%N) - started)) 'BEGIN { printf "%.1f", ns / 1e9 }')
  [ -x /usr/bin/time ] &&
    peak_kib=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/reindex-$size.time")
  reindex_mib=$(awk -v k="$peak_kib" 'BEGIN { printf "%.1f", k / 1024 }')
  # "10000 practices, 5123456 words in 30.1 s (170000 words/s on 2 threads) → DIR/index"
  words_per_s=$(sed -n 's/.*(\([0-9]*\) words\/s.*/\1/p' "$log" | tail -1)
  echo "    $(tail -1 "$log")"
  echo "    ${reindex_s} s wall, peak RSS ${reindex_mib} MiB, index $(du -sh "$data/index" | cut -f1)"
}

# --- the server -----------------------------------------------------------------------------
tori_port=""
start_tori() {   # start_tori SIZE DIR: serves DIR on a free port; sets tori_pid and tori_port
  local log=$tmp/tori-$1.log
  tori_port=$(free_port)
  TORI_CACHE_PAGES=$cache_pages TORI_ACCESS_LOG=false "$tori" serve --port "$tori_port" \
    --bind 127.0.0.1 --data "$2" >"$log" 2>&1 &
  tori_pid=$!
  wait_ready tori "http://127.0.0.1:$tori_port/readyz" "$tori_pid" "$log"
  wait_search "$log"
}

wait_search() {   # wait_search LOG: until the search API answers 200 (503 while the index opens)
  local url="http://127.0.0.1:$tori_port/api/v1/search?q=ty%C3%B6" status started
  started=$(date +%s)
  while [ $(($(date +%s) - started)) -lt 600 ]; do
    kill -0 "$tori_pid" 2>/dev/null || { tail -20 "$1" >&2; bench_fail "tori exited on start"; }
    status=$(fetch "$url" /dev/null)
    [ "$status" = 200 ] && return 0
    [ "$status" = 503 ] || [ "$status" = 000 ] || bench_fail "$url answered $status"
    sleep 0.1
  done
  tail -20 "$1" >&2
  bench_fail "the search API did not answer 200 within 600 s"
}

stop_tori() {   # stop_tori: SIGTERM and wait
  stop "$tori_pid" TERM
  tori_pid=""
}

# --- the queries ----------------------------------------------------------------------------
write_queries() {   # writes $tmp/api.paths and $tmp/haku.paths: the same searches, both forms
  python3 - "http://127.0.0.1:$tori_port" "$tmp" src/tori/search/testdata/judged_queries.tsv <<'PY'
import json, random, sys, urllib.parse, urllib.request
base, out, judged_file = sys.argv[1:]
def get(path):
    with urllib.request.urlopen(base + path, timeout=30) as r:
        return json.load(r)
# The judged set: "query<TAB>ids<TAB>what it tests"; '#' lines are comments.
judged = [line.split("\t")[0] for line in open(judged_file, encoding="utf-8")
          if line.strip() and not line.startswith("#")]
vocabularies = get("/api/v1/vocabularies")
values = {family: [t["slug"] for t in vocabularies[family + "s"] if t["count"] > 0]
          for family in ("sector", "theme")}
values["region"] = [r["slug"] for r in get("/api/v1/regions")["items"]]
rng = random.Random(2016)
searches = [{"q": q} for q in judged]
# Several words, as visitors type them.
for q in ("työhyvinvointi kotihoidossa", "etätyö ja hybridityö", "uusien työntekijöiden perehdytys",
          "esihenkilöiden jaksaminen sote", "digitaaliset palvelut asiakkaille",
          "kokousten vähentäminen", "nuorten kesätyö kunnassa", "ikääntyneiden kotihoito"):
    searches.append({"q": q})
# Misspelt: a letter missing, swapped or without its dots.
for q in ("etätyo", "hybridityo", "mentorionti", "varhaiskasvtus", "kotihoto", "rekrytoitni",
          "ergonmia", "tyohyvinvointi", "paivakoti", "tekoaly"):
    searches.append({"q": q})
# Filtered by a theme, sector or region (real slugs with practices), some two filters at once.
for q in rng.sample(judged, 12):
    families = rng.sample(sorted(values), rng.choice((1, 1, 2)))
    searches.append({"q": q, **{f: rng.choice(values[f]) for f in sorted(families)}})
# Newest first, and the second page.
for q in rng.sample(judged, 6):
    searches.append({"q": q, "sort": "newest"})
for q in ("työ", "kehittäminen", "johtaminen", "asiakas"):
    searches.append({"q": q, "page": 2})
def path(prefix, search, page_param):
    params = {k: v for k, v in search.items() if k != "page"}
    if "page" in search:
        params.update(page_param(search["page"]))
    return prefix + "?" + urllib.parse.urlencode(params, quote_via=urllib.parse.quote)
with open(f"{out}/api.paths", "w") as f:
    f.writelines(path("/api/v1/search", s, lambda p: {"offset": 20 * (p - 1)}) + "\n" for s in searches)
with open(f"{out}/haku.paths", "w") as f:
    f.writelines(path("/haku", s, lambda p: {"page": p}) + "\n" for s in searches)
print(f"    {len(searches)} searches: {len(judged)} judged, the rest several-word, misspelt, "
      "filtered, newest-first and page 2")
PY
}

check_api() {   # check_api: each search answers 200 with facets and snippets; hits; the slowest
  python3 - "http://127.0.0.1:$tori_port" "$tmp/api.paths" <<'PY'
import json, sys, time, urllib.parse, urllib.request
base, paths = sys.argv[1], [p.strip() for p in open(sys.argv[2])]
totals, bad, empty, times = [], [], [], []
def fetch(path):
    with urllib.request.urlopen(base + path, timeout=30) as r:
        return json.load(r)
for path in paths:
    try:
        answer = fetch(path)
        spent = []
        for _ in range(3):   # one at a time, the median of three: what this search costs
            started = time.perf_counter(); fetch(path); spent.append(time.perf_counter() - started)
        times.append((sorted(spent)[1] * 1000, urllib.parse.unquote(path.split("?", 1)[1])))
    except Exception as e:
        bad.append(f"{path}: {e}"); continue
    if "facets" not in answer or any("snippet" not in item for item in answer["items"]):
        bad.append(f"{path}: no facets or snippets"); continue
    totals.append(answer["total"])
    if answer["total"] == 0:
        empty.append(urllib.parse.unquote(path.split("?", 1)[1]))
if bad:
    sys.exit("search.sh: these searches failed:\n  " + "\n  ".join(bad))
totals.sort()
print(f"    all {len(paths)} answer 200 with facets and snippets; {totals.count(0)} find nothing;"
      f" hits median {totals[len(totals) // 2]}, max {totals[-1]}")
if empty:
    print("    nothing found for: " + ", ".join(empty))
times.sort(reverse=True)
print("    slowest alone (ms, with the client's overhead): " +
      ", ".join(f"{q} {ms:.1f}" for ms, q in times[:6]))
PY
}

haku_exists() {   # haku_exists: /haku answers (it is not there in every build yet)
  local status
  status=$(fetch "http://127.0.0.1:$tori_port/haku?q=ty%C3%B6" "$tmp/haku.html")
  [ "$status" = 200 ] && return 0
  echo "    /haku?q=työ answers $status: no /haku row"
  return 1
}

# --- wrk ------------------------------------------------------------------------------------
measure() {   # measure KIND SIZE: warm up, then wrk over the KIND paths; output in $tmp/KIND-SIZE.wrk
  export BENCH_PATHS=$tmp/$1.paths
  run_wrk "$1-$2" "http://127.0.0.1:$tori_port/" "$tmp/rotate.lua"
}

# --- one size -------------------------------------------------------------------------------
declare -A r_reindex r_words r_reindex_mib r_rss r_hwm r_haku
bench_size() {   # bench_size SIZE: demo, reindex, serve, measure; results into the r_* arrays
  local size=$1 data
  data=$(data_folder "$size")
  make_demo "$size" "$data"
  run_reindex "$size" "$data"
  r_reindex[$size]=$reindex_s r_words[$size]=$words_per_s r_reindex_mib[$size]=$reindex_mib
  echo "==> tori serve (page cache $cache_pages)"
  start_tori "$size" "$data"
  write_queries
  check_api
  echo "    wrk -t$threads -c$connections -d$duration --latency (after $warmup warm-up): /api/v1/search"
  measure api "$size"
  r_haku[$size]=no
  if haku_exists; then
    echo "    … and /haku"
    measure haku "$size"
    r_haku[$size]=yes
  fi
  kill -0 "$tori_pid" 2>/dev/null || { tail -20 "$tmp/tori-$size.log" >&2; bench_fail "tori exited during the run"; }
  r_rss[$size]=$(mib_of "$tori_pid" VmRSS)
  r_hwm[$size]=$(mib_of "$tori_pid" VmHWM)
  echo "    server RSS ${r_rss[$size]} MiB, peak ${r_hwm[$size]} MiB"
  stop_tori
  [ -n "${DATA_DIR:-}" ] || rm -rf "$data"   # the next size needs the disk more
}

# --- the table ------------------------------------------------------------------------------
goals_missed() {   # goals_missed SIZE P99: "yes", or "no (what was missed)"
  local size=$1 p99=$2 missed=()
  awk -v a="$p99" -v b=$goal_p99_ms 'BEGIN { exit !(a > b) }' && missed+=(p99)
  awk -v a="${r_reindex[$size]}" -v b=$goal_reindex_s 'BEGIN { exit !(a > b) }' && missed+=(reindex)
  awk -v a="${r_hwm[$size]}" -v c="${r_reindex_mib[$size]}" -v b=$goal_rss_mib \
    'BEGIN { exit !(a > b || c > b) }' && missed+=(RSS)
  if [ ${#missed[@]} -eq 0 ]; then echo yes; else echo "no (${missed[*]})"; fi
}

print_table() {
  local size rps p50 p99 errors
  echo
  echo "Search at ${sizes[*]} demo practices; wrk -t$threads -c$connections -d$duration over" \
    "$(wc -l <"$tmp/api.paths") searches, $(nproc) cores shared by wrk and the server"
  printf '%8s %10s %9s %12s %9s %8s %8s %7s %11s  %s\n' size 'reindex s' 'words/s' \
    'reindex MiB' 'API req/s' 'p50 ms' 'p99 ms' errors 'server MiB' 'goals met?'
  for size in "${sizes[@]}"; do
    read -r rps p50 p99 errors <<<"$(summary "api-$size")"
    printf '%8s %10s %9s %12s %9.0f %8.2f %8.2f %7d %11s  %s\n' "$size" "${r_reindex[$size]}" \
      "${r_words[$size]}" "${r_reindex_mib[$size]}" "$rps" "$p50" "$p99" "$errors" \
      "${r_hwm[$size]}" "$(goals_missed "$size" "$p99")"
  done
  echo
  printf '%8s %10s %8s %8s %7s   (/haku, the HTML search page, same searches)\n' size 'req/s' \
    'p50 ms' 'p99 ms' errors
  for size in "${sizes[@]}"; do
    if [ "${r_haku[$size]}" = yes ]; then
      read -r rps p50 p99 errors <<<"$(summary "haku-$size")"
      printf '%8s %10.0f %8.2f %8.2f %7d\n' "$size" "$rps" "$p50" "$p99" "$errors"
    else
      printf '%8s %10s   skipped: /haku did not answer 200\n' "$size" -
    fi
  done
  echo
  echo "Goals at 100k (the issue): API p99 ≤ $goal_p99_ms ms, reindex ≤ $goal_reindex_s s," \
    "RSS ≤ 400 MB ($goal_rss_mib MiB; the server's peak and reindex's peak); checked at every size."
  echo "server MiB is the peak (VmHWM) after the run; VmRSS then:" \
    "$(for size in "${sizes[@]}"; do printf '%s MiB at %s; ' "${r_rss[$size]}" "$size"; done | sed 's/; $/./')"
  echo "Tori runs with TORI_ACCESS_LOG=false and TORI_CACHE_PAGES=$cache_pages; errors are non-2xx/3xx and socket errors."
}

for size in "${sizes[@]}"; do
  echo "=== $size practices"
  bench_size "$size"
done
print_table
exit 0
