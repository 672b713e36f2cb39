#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Runs one stage of `make test` and prints how long it took: tools/stage.sh NAME COMMAND...
set -uo pipefail
name=$1; shift
start=$(date +%s%N)
echo "==> $name"
"$@"; status=$?
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
result=""; [ $status -eq 0 ] || result=" (FAILED, exit $status)"
printf '==> %s: %d.%d s%s\n' "$name" $((elapsed_ms / 1000)) $((elapsed_ms % 1000 / 100)) "$result"
exit $status
