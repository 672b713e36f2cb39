#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Installs with apt whatever Debian 12 packages Tori needs and this machine lacks.
# Usage: tools/install-deps.sh run|test   ("run": build and serve; "test": also test tools).
set -euo pipefail

profile=${1:-run}

# Build and run: compiler, CMake, the C++ libraries of DESIGN.md §2, and the certificates' font.
run_packages=(
  g++ clang cmake ninja-build pkg-config make
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libctemplate-dev libsqlite3-dev libpq-dev libxapian-dev
  libvoikko-dev voikko-fi libicu-dev libhowardhinnant-date-dev tzdata
  libcmark-gfm-dev libcmark-gfm-extensions-dev libsodium-dev libvips-dev
  libcurl4-openssl-dev libical-dev libspdlog-dev libcli11-dev libtomlplusplus-dev
  zlib1g-dev libxlsxwriter-dev liboath-dev libgmime-3.0-dev libopendkim-dev
  libqrencode-dev libdtl-dev libqpdf-dev
  libcairo2-dev libpango1.0-dev fonts-dejavu-core libxml2-dev libgumbo-dev
)
# Tests and benchmarks: sanitizer runtime, format check, test servers, browser, vnu's Java,
# poppler-utils to read the certificates back.
test_packages=(
  libgtest-dev libgmock-dev libbenchmark-dev
  libclang-rt-14-dev clang-format clang-tidy
  curl postgresql nginx wrk python3 python3-aiosmtpd python3-jsonschema python3-icalendar python3-feedparser chromium
  default-jre-headless poppler-utils
)

wanted=("${run_packages[@]}")
if [ "$profile" = test ]; then wanted+=("${test_packages[@]}"); fi

missing=()
for package in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$package")
done

# Node and npm only where missing: some images ship nodesource's nodejs, which conflicts
# with Debian's npm package.
if [ "$profile" = test ]; then
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#wanted[@]} packages present"
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "${missing[@]}"
