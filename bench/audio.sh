#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Measures an episode's audio download from Tori against nginx sending the same file, and Tori's
# memory while it streams: CLIENTS parallel downloads of a SIZE_MIB file, ROUNDS times.
#
# Usage: bench/audio.sh
# Environment: SIZE_MIB=100 CLIENTS=8 ROUNDS=3
#              TORI=path/to/tori  use this binary instead of building one
#              BUILD_DIR=build/bench  where the Release build (g++) goes
set -euo pipefail

size_mib=${SIZE_MIB:-100}
clients=${CLIENTS:-8}
rounds=${ROUNDS:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bench_name=audio.sh
# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"

require_tools nginx curl

tori=$(tori_binary "${BUILD_DIR:-build/bench}" gcc g++) || exit 1

tmp=$(mktemp -d /tmp/tori-bench.XXXXXX)
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

# --- one episode with a SIZE_MIB audio file --------------------------------------------------
mkdir -p "$tmp/audio" "$tmp/www"
{ printf 'ID3'; head -c $((size_mib * 1048576 - 3)) /dev/urandom; } >"$tmp/audio/jakso.mp3"
cat >"$tmp/episodes.jsonl" <<'JSON'
{"slug": "jakso", "title": "Jakso", "description": "Kuvaus.", "published_at": "2019-03-12T07:00:00+02:00", "audio": "jakso.mp3", "duration": 1742, "transcript": "Teksti."}
JSON
"$tori" import episodes "$tmp/episodes.jsonl" --audio "$tmp/audio" --data "$tmp/data" \
  >"$tmp/import.log" 2>&1 || bench_fail "import failed: $(tail -5 "$tmp/import.log")"
cp "$tmp/audio/jakso.mp3" "$tmp/www/jakso.mp3"

tori_port=$(free_port)
"$tori" serve --port "$tori_port" --bind 127.0.0.1 --data "$tmp/data" >"$tmp/tori.log" 2>&1 &
tori_pid=$!
wait_ready tori "http://127.0.0.1:$tori_port/healthz" "$tori_pid" "$tmp/tori.log"
fetch "http://127.0.0.1:$tori_port/podcast/jakso" "$tmp/page.html" >/dev/null
audio_path=$(grep -o '/media/e[0-9a-f]*\.mp3' "$tmp/page.html" | head -1)
[ -n "$audio_path" ] || bench_fail "no audio address on /podcast/jakso"
nginx_start "$tmp/www" jakso.mp3
idle_rss=$(mib_of "$tori_pid" VmRSS)

# download URL NAME: CLIENTS parallel whole downloads, ROUNDS times; prints seconds in all
download() {
  local started ended
  started=$(date +%s.%N)
  for round in $(seq "$rounds"); do
    for client in $(seq "$clients"); do
      curl -s -o "$tmp/$2-$client.mp3" --max-time 300 "$1" &
    done
    wait
    for client in $(seq "$clients"); do
      cmp -s "$tmp/$2-$client.mp3" "$tmp/www/jakso.mp3" || bench_fail "$2: a download differs"
    done
    rm -f "$tmp/$2-"*.mp3
  done
  ended=$(date +%s.%N)
  awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.3f", b - a }'
}

echo "==> $clients parallel downloads of $size_mib MiB, $rounds times: tori, then nginx"
tori_seconds=$(download "http://127.0.0.1:$tori_port$audio_path" tori)
nginx_seconds=$(download "http://127.0.0.1:$nginx_port/jakso.mp3" nginx)
kill -0 "$tori_pid" 2>/dev/null || bench_fail "tori exited during the run: $(tail -5 "$tmp/tori.log")"

total_mib=$((size_mib * clients * rounds))
echo
printf '%-7s %10s %10s\n' server seconds 'MiB/s'
awk -v s="$tori_seconds" -v m="$total_mib" 'BEGIN { printf "%-7s %10.2f %10.0f\n", "tori", s, m / s }'
awk -v s="$nginx_seconds" -v m="$total_mib" 'BEGIN { printf "%-7s %10.2f %10.0f\n", "nginx", s, m / s }'
awk -v t="$tori_seconds" -v n="$nginx_seconds" 'BEGIN { printf "Tori/nginx throughput: %.2f\n", n / t }'
echo "Tori RSS: $idle_rss MiB before the downloads, peak (VmHWM) $(mib_of "$tori_pid" VmHWM) MiB," \
  "now $(mib_of "$tori_pid" VmRSS) MiB; $clients downloads at once of a $size_mib MiB file."
echo "Note: curl runs on the same $(nproc) cores as the servers, so compare the ratio."
