#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Runs every test of one build folder through ctest with the sanitizer settings.
# Usage: tools/run-tests.sh BUILD_DIR
set -uo pipefail
build=${1:-build/asan}
here=$(cd "$(dirname "$0")/.." && pwd)
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$here/tools/lsan.supp:print_suppressions=0
cd "$build" && ctest --output-on-failure -j "$(nproc)" --timeout 600
