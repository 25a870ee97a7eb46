# futurescope's front door. `make` lists the targets; `make test` runs the whole suite, as CI does.
# A target is listed by `make help` when its rule line ends in `## what it does`.

SHELL         := bash
.SHELLFLAGS   := -euo pipefail -c
.DEFAULT_GOAL := help
# `make test` runs its steps in order, even under -j: go test is parallel already.
.NOTPARALLEL:

GO           ?= go
GOFMT        ?= gofmt
# The port `make serve` will listen on, on 127.0.0.1.
PORT         ?= 8080
# Packages that must build and pass for the browser (GOOS=js GOARCH=wasm, run under node).
WASM_PKGS    ?= ./sim/...
# Packages tested again under the race detector.
RACE_PKGS    ?= ./sim/...
BENCH_PKGS   ?= ./sim/...
# Each test binary's time limit, so a hung simulation fails instead of stalling CI. sim/script takes about
# 3 minutes under -race and under wasm on a 2-core machine; keep 3 x TEST_TIMEOUT well under 20 minutes.
TEST_TIMEOUT ?= 6m
BENCHSTAT    := golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da
# The Go files gofmt looks after: the go command's own, so not testdata.
GOFILES      := find . -name '*.go' -not -path './.git/*' -not -path '*/testdata/*' -not -path '*/node_modules/*'

.PHONY: help test setup vet fmt-check deps-check test-go test-race wasm-check bench benchstat serve fmt clean

help: ## list the targets (the default)
	@echo 'usage: make TARGET [V=1] [PORT=8080]'
	@awk -F ':.*## ' '/^[a-z][a-z-]*:.*## / { printf "  %-11s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

test: setup vet fmt-check deps-check test-go test-race wasm-check ## the whole suite, as CI runs it: every check below, in order
	@echo 'make test: all checks passed'

setup: ## check this machine has what the tests need: installs it as root on Debian, else says how
	@bash tools/setup.sh check

vet: ## go vet ./...
	$(GO) vet ./...

fmt-check: ## fail if a Go file is not gofmt-formatted
	@files=$$($(GOFILES) -exec $(GOFMT) -l {} +); \
	if [[ -n $$files ]]; then echo "gofmt: these files need formatting (make fmt does it):"; echo "$$files"; exit 1; fi

deps-check: ## enforce DESIGN.md's dependency rules (go list -deps; V=1 says what it skips)
	$(GO) run ./tools/depscheck$(if $(V), -v)

test-go: ## go test ./... (no display needed)
	$(GO) test -timeout $(TEST_TIMEOUT) ./...

test-race: ## go test -race over the simulator (-short: without the CPU-heavy tutorial runs)
	$(GO) test -race -short -timeout $(TEST_TIMEOUT) $(RACE_PKGS)

wasm-check: ## go test the browser-bound packages as GOOS=js GOARCH=wasm, under node (-short)
	@command -v node >/dev/null || { echo 'wasm-check: node is missing: make setup installs it'; exit 1; }
	PATH="$$($(GO) env GOROOT)/lib/wasm:$$PATH" GOOS=js GOARCH=wasm $(GO) test -short -timeout $(TEST_TIMEOUT) $(WASM_PKGS)

bench: ## run the benchmarks, 6 rounds each, into bench.txt
	$(GO) test -run '^$$' -bench . -benchmem -count 6 $(BENCH_PKGS) | tee bench.txt

benchstat: ## summarize bench.txt; OLD=old-bench.txt compares it with an earlier run
	@test -f bench.txt || { echo 'benchstat: no bench.txt: run make bench first'; exit 1; }
	$(GO) run $(BENCHSTAT) $(OLD) bench.txt

serve: ## run the playground on http://127.0.0.1:8080, or PORT=N (coming: not there yet)
	@echo 'make serve: the web playground is coming: the web playground issue is not done yet.'
	@echo 'Then make serve will run `go run ./cmd/futurescope serve` on http://127.0.0.1:$(PORT) (set PORT to change it).'

fmt: ## gofmt -w every Go file
	@$(GOFILES) -exec $(GOFMT) -l -w {} +

clean: ## remove what the targets and go build leave in the tree
	rm -rf bench.txt bin web/dist futurescope native wasm
