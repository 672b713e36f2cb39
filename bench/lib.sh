# SPDX-License-Identifier: AGPL-3.0-or-later
# Shell functions shared by the benchmarks (sourced by http.sh, marketplace.sh and search.sh):
# building Tori, ports, fetching, waiting for readiness, stopping servers, a private nginx, wrk
# output and a wrk script rotating through a list of paths.
# The caller sets `tmp` (a temporary folder it removes) before using nginx_start or run_wrk.

bench_name=${bench_name:-bench}

bench_fail() {   # bench_fail MESSAGE…: prints "NAME: MESSAGE" to stderr and exits 1
  echo "$bench_name: $*" >&2
  exit 1
}

require_tools() {   # require_tools TOOL…: every tool must be on PATH
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || bench_fail "$tool is missing (tools/install-deps.sh test)"
  done
}

build_tori() {   # build_tori DIR BUILD_TYPE C_COMPILER CXX_COMPILER: prints the binary's path
  local build=$1
  echo "==> building $build/tori ($2, $4)" >&2
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$2" \
    -DCMAKE_C_COMPILER="$3" -DCMAKE_CXX_COMPILER="$4" >/dev/null
  cmake --build "$build" --target tori >&2
  local tori
  tori=$(cd "$build" && pwd)/tori
  [ -x "$tori" ] || tori=$(cd "$build" && pwd)/src/tori/app/tori
  echo "$tori"
}

tori_binary() {   # tori_binary DIR C_COMPILER CXX_COMPILER: $TORI if set, else a Release build in DIR
  local tori
  if [ -n "${TORI:-}" ]; then
    tori=$(absolute_path "$TORI")
  else
    tori=$(build_tori "$1" Release "$2" "$3")
  fi
  [ -x "$tori" ] || bench_fail "no tori binary at $tori"
  printf '%s\n' "$tori"
}

absolute_path() {   # absolute_path FILE
  echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
}

stop() {   # stop PID SIGNAL: signal, wait up to 5 s, then SIGKILL
  local pid=$1 signal=$2
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill "-$signal" "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

free_port() {   # a loopback port nobody listens on (checked with a bash /dev/tcp connect)
  local port
  for _ in $(seq 100); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "$bench_name: no free port found" >&2; return 1
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
  for _ in $(seq 3000); do
    kill -0 "$pid" 2>/dev/null || { echo "$bench_name: $name exited on start:" >&2; tail -20 "$log" >&2; exit 1; }
    [ "$(fetch "$url" /dev/null)" = 200 ] && return 0
    sleep 0.01
  done
  echo "$bench_name: $name did not answer $url within 30 s:" >&2; tail -20 "$log" >&2; exit 1
}

nginx_start() {   # nginx_start ROOT FILE: serves ROOT on a free port until FILE answers; sets
  local root=$1 file=$2 nginx_bin  # nginx_pid and nginx_port
  [ -x /usr/sbin/nginx ] && nginx_bin=/usr/sbin/nginx || nginx_bin=$(command -v nginx)
  mkdir -p "$tmp/nginx-temp"
  chmod 755 "$tmp" "$root"   # nginx workers run as nobody when the master is root
  chmod 644 "$root"/*
  nginx_port=$(free_port)
  cat >"$tmp/nginx.conf" <<CONF
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
    root $root;
    index index.html;
  }
}
CONF
  "$nginx_bin" -p "$tmp" -e "$tmp/nginx-error.log" -c "$tmp/nginx.conf" >"$tmp/nginx.log" 2>&1 &
  nginx_pid=$!
  wait_ready nginx "http://127.0.0.1:$nginx_port/$file" "$nginx_pid" "$tmp/nginx-error.log"
}

run_wrk() {   # run_wrk NAME URL [LUA]: warm up, then measure; output in $tmp/NAME.wrk
  local script=()
  [ -n "${3:-}" ] && script=(-s "$3")
  wrk -t"$threads" -c"$connections" -d"$warmup" "${script[@]}" "$2" >/dev/null
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "${script[@]}" "$2" >"$tmp/$1.wrk"
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

mib_of() {   # mib_of PID KEY: VmRSS / VmHWM of a live process in MiB ("12.3")
  awk -v key="$2:" '$1 == key { printf "%.1f", $2 / 1024 }' "/proc/$1/status"
}

write_rotate_lua() {   # write_rotate_lua FILE: a wrk script whose requests take the next path
  cat >"$1" <<'LUA'    # (line) of the file $BENCH_PATHS names, each thread 997 lines apart
-- Each request takes the next path of the file named by BENCH_PATHS; threads start apart.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
local next_thread = 0
function setup(thread)
  thread:set("offset", next_thread * 997)
  next_thread = next_thread + 1
end
local counter = nil
function request()
  counter = (counter or offset or 0) + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
LUA
}
