# Tori's two commands for a new user: `make run` and `make test` (see README.md).
SHELL := /bin/bash
.DEFAULT_GOAL := help

JOBS ?= $(shell nproc)
DATA ?= var
PORT ?= 8080
CMAKE_COMMON := -G Ninja \
                -DCMAKE_EXPORT_COMPILE_COMMANDS=ON

.PHONY: help run test deps deps-test build build-asan npm format format-check bench clean

help:
	@echo "make run    install what is missing, build build/tori, serve http://localhost:$(PORT) from ./$(DATA)"
	@echo "make test   install test tools, build with ASan+UBSan, run every test"
	@echo "make bench  HTTP benchmark against nginx (bench/http.sh)"

deps:
	@tools/install-deps.sh run

deps-test:
	@tools/install-deps.sh test

build: deps
	@cmake -S . -B build $(CMAKE_COMMON) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build build -j $(JOBS) --target tori

# The demo content goes in once, while the database has no practices; serve never adds it.
run: build
	build/tori demo --data $(DATA) --if-empty
	build/tori serve --data $(DATA) --port $(PORT)

# The browser-side tools (Playwright, axe-core, vnu, Suomi.fi tokens) from package-lock.json.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

npm: node_modules/.package-lock.json

build-asan:
	@cmake -S . -B build/asan $(CMAKE_COMMON) -DCMAKE_BUILD_TYPE=Debug -DTORI_SANITIZE=ON >/dev/null
	@cmake --build build/asan -j $(JOBS)

format-check:
	@files=$$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp' 'bench/*.cpp'); \
	  clang-format --dry-run --Werror $$files && echo "format-check: $$(echo $$files | wc -w) files clean"

format:
	@git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp' 'bench/*.cpp' | xargs clang-format -i

test:
	@tools/stage.sh "install test tools" $(MAKE) --no-print-directory deps-test
	@tools/stage.sh "npm packages" $(MAKE) --no-print-directory npm
	@tools/stage.sh "format check" $(MAKE) --no-print-directory format-check
	@tools/stage.sh "build (ASan+UBSan)" $(MAKE) --no-print-directory build-asan
	@tools/stage.sh "tests" tools/run-tests.sh build/asan

bench:
	bench/http.sh

clean:
	rm -rf build
