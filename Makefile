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
WASM_PKGS    ?= ./sim/... ./cmd/wasm/runner ./cmd/wasm/draw ./cmd/wasm/compare ./cmd/wasm/internal/browserrun
# Packages tested again under the race detector.
RACE_PKGS    ?= ./sim/...
# make bench's packages: the simulator, the layout, the lesson checks and the browser's exports; then,
# under xvfb-run, the viewer's (they draw in a window).
BENCH_PKGS   ?= ./sim/... ./render/layout ./lessons/check ./cmd/wasm/draw
BENCH_GUI_PKGS ?= ./render/ebitenview
# Packages that import ebiten: their tests open a window, so make test-gui runs them under xvfb-run.
GUI_PKGS     ?= ./render/ebitenview/... ./cmd/native/...
# Each test binary's time limit, so a hung simulation fails instead of stalling CI. sim/script takes about
# 3 minutes under -race and under wasm on a 2-core machine; keep 3 x TEST_TIMEOUT well under 20 minutes.
TEST_TIMEOUT ?= 6m
BENCHSTAT    := golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da
# Where make web writes the playground, and where it builds the wasm binaries first (copied into WEB_DIST
# only when they changed, so that their precompressed copies are redone only then).
WEB_DIST     ?= web/dist
WASM_BUILD   := bin/wasm
WASM_FLAGS   := -trimpath -ldflags=-s\ -w
# Inlining only where the interpreter's loop spends its time: python/py, the runtime and Go's map code; every
# other package is compiled with -l (new packages too). runner.wasm 2.07 to 1.99 MB brotli (Dec 5), with
# lessons 8 and 11's CPU-bound blocks as fast under node (BenchmarkLessonBlocks, alternated: within 3%).
# Inlining in the runtime and the maps is worth 30 to 60% there; in python/format, pystr, stdlib, strings,
# strconv, sync and math/big nothing measurable (they cost 47 KB). Off in python/py too, the binary is 1.87 MB
# but lesson 8 60% slower. wasm-opt -Oz (binaryen 132) was measured too: 13.3 to 12.0 MB raw but 2.21 to
# 2.25 MB brotli, so it is not a build step. go run ./tools/wasmsize ./cmd/wasm/runner shows what is in it;
# make runner-size prints the figure as make web builds it.
FS_MOD       := github.com/futurescope/futurescope
RUNNER_HOT   := $(FS_MOD)/python/py runtime internal/runtime/maps
RUNNER_FLAGS := $(WASM_FLAGS) -gcflags=all=-l $(foreach p,$(RUNNER_HOT),-gcflags=$(p)=)
# timeline.wasm likewise, in what runs once or never while it draws (ebiten's shader compiler and the Go
# parser it uses, text/template, encoding, compression, fmt, reflect, language tags): 2.86 to 2.68 MB brotli.
TIMELINE_COLD  := go/... text/template/... regexp/... encoding/... archive/... compress/... math/big fmt reflect \
	time net/... image/png golang.org/x/text/... github.com/hajimehoshi/ebiten/v2/internal/shader/... \
	github.com/hajimehoshi/ebiten/v2/internal/shaderir/... github.com/hajimehoshi/ebiten/v2/internal/builtinshader
TIMELINE_FLAGS := $(WASM_FLAGS) $(foreach p,$(TIMELINE_COLD),-gcflags=$(p)=-l)
# The browser tests' time limit: they build nothing, but start chromium for every lesson in two languages
# (about 5 minutes on an idle 2-core machine; three times that beside another build).
WEB_TIMEOUT  ?= 20m
# The test steps pipe their runner's output through tools/testsum (built into TESTSUM), which shows
# failures in full and one line a package, and keeps each step's counts in TESTSUM_DIR; make test ends
# with the totals and every skip's reason.
TESTSUM      := bin/testsum
TESTSUM_DIR  := bin/testsum.d
# A CPython, node or browser test that would skip for want of python3, node, chromium or a built site
# fails instead under make (internal/cpythontest.Required); `go test` of one package still skips.
# FUTURESCOPE_REQUIRE=0 make … lets them skip.
export FUTURESCOPE_REQUIRE ?= all
# staticcheck's findings still allowed, as DIR:CHECK (the package's folder and the check's code): those
# of packages whose owners have not fixed them yet. make staticcheck fails on any other finding and
# names the entries that match nothing any more; shrink this list, never grow it.
STATICCHECK_ALLOW := python/difftest:SA5002 python/format:SA4015 python/format:U1000 \
	python/py:ST1008 python/py:U1000 python/py:SA4026 python/py:S1017 python/syntax:SA4006 \
	sim:U1000
# The Go files gofmt looks after: the go command's own, so not testdata.
GOFILES      := find . -name '*.go' -not -path './.git/*' -not -path '*/testdata/*' -not -path '*/node_modules/*'

.PHONY: help test test-reset testsum setup vet staticcheck fmt-check deps-check test-go test-gui test-race wasm-check test-web bench benchstat web web-files runner-size serve desktop cjk-font fmt clean

help: ## list the targets (the default)
	@echo 'usage: make TARGET [V=1] [PORT=8080]'
	@awk -F ':.*## ' '/^[a-z][a-z-]*:.*## / { printf "  %-11s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

test: test-reset setup vet staticcheck fmt-check deps-check test-go test-gui test-race wasm-check test-web ## the whole suite, as CI runs it: every check below, in order; then the counts of tests run and skipped, and why
	@echo 'make test: all checks passed'
	@$(TESTSUM) -report -dir $(TESTSUM_DIR) # ends with the closing line, "tests: N passed, 0 failed, N skipped"

test-reset: testsum
	@rm -rf $(TESTSUM_DIR)

testsum:
	@$(GO) build -o $(TESTSUM) ./tools/testsum

setup: ## check this machine has what the tests need: installs it as root on Debian, else says how
	@bash tools/setup.sh check

vet: ## go vet ./...
	$(GO) vet ./...

staticcheck: ## staticcheck ./... (honnef.co/go/tools, a tool of go.mod): unused code, likely bugs; STATICCHECK_ALLOW lists what is still allowed
	@out=$$($(GO) tool staticcheck ./... 2>&1) && exit 0; \
	printf '%s\n' "$$out" | awk -v allow="$(STATICCHECK_ALLOW)" ' \
		BEGIN { n = split(allow, list, " "); for (i = 1; i <= n; i++) ok[list[i]] = 0 } \
		/^go: (downloading|extracting|finding) / { next } \
		/^[^ :]+\.go:[0-9]+:[0-9]+: .*\([A-Z]+[0-9]+\)$$/ { \
			file = substr($$0, 1, index($$0, ":") - 1); dir = file; \
			if (!sub(/\/[^\/]*$$/, "", dir)) dir = "."; \
			code = $$NF; gsub(/[()]/, "", code); key = dir ":" code; \
			if (key in ok) { ok[key]++; allowed++; next } \
		} \
		{ print; bad++ } \
		END { \
			for (k in ok) if (ok[k] == 0) print "staticcheck: STATICCHECK_ALLOW has " k ", which matches nothing now: take it out" > "/dev/stderr"; \
			if (bad) { print "staticcheck: " bad " findings (and " allowed + 0 " allowed by STATICCHECK_ALLOW)"; exit 1 } \
			print "staticcheck: " allowed + 0 " findings, all allowed by STATICCHECK_ALLOW" \
		}'

fmt-check: ## fail if a Go file is not gofmt-formatted
	@files=$$($(GOFILES) -exec $(GOFMT) -l {} +); \
	if [[ -n $$files ]]; then echo "gofmt: these files need formatting (make fmt does it):"; echo "$$files"; exit 1; fi

deps-check: ## enforce DESIGN.md's dependency rules (go list -deps; V=1 says what it skips)
	$(GO) run ./tools/depscheck$(if $(V), -v)

test-go: testsum ## go test ./... but the packages that import ebiten (no display needed) and the browser tests
	$(GO) test -json -timeout $(TEST_TIMEOUT) $$($(GO) list ./... | grep -v -x -e '.*/render/ebitenview' -e '.*/cmd/native' -e '.*/web/webtest') \
		| $(TESTSUM) -step test-go -dir $(TESTSUM_DIR)

test-gui: testsum ## go test the packages that import ebiten, in a virtual display (xvfb-run): windows, screenshots
	@command -v xvfb-run >/dev/null || { echo 'test-gui: xvfb-run is missing: make setup installs it'; exit 1; }
	xvfb-run -a $(GO) test -json -timeout $(TEST_TIMEOUT) $(GUI_PKGS) | $(TESTSUM) -step test-gui -dir $(TESTSUM_DIR)

test-race: testsum ## go test -race over the simulator (-short: without the CPU-heavy tutorial runs)
	$(GO) test -json -race -short -timeout $(TEST_TIMEOUT) $(RACE_PKGS) | $(TESTSUM) -step test-race -dir $(TESTSUM_DIR)

wasm-check: testsum ## go test the browser-bound packages as GOOS=js GOARCH=wasm, under node (-short)
	@command -v node >/dev/null || { echo 'wasm-check: node is missing: make setup installs it'; exit 1; }
	PATH="$$($(GO) env GOROOT)/lib/wasm:$$PATH" GOOS=js GOARCH=wasm $(GO) test -json -short -timeout $(TEST_TIMEOUT) $(WASM_PKGS) \
		| $(TESTSUM) -step wasm-check -dir $(TESTSUM_DIR)

test-web: web testsum ## the playground in headless chromium (chromedp): every lesson, share links, runaway scripts; screenshots in bin/screenshots
	@command -v chromium >/dev/null || { echo 'test-web: chromium is missing: make setup installs it'; exit 1; }
	cd web && node --test --test-reporter=tap src/ | ../$(TESTSUM) -tap -step node -dir ../$(TESTSUM_DIR)
	FUTURESCOPE_WEB_DIST="$(abspath $(WEB_DIST))" FUTURESCOPE_SCREENSHOTS="$(abspath bin/screenshots)" \
		$(GO) test -json -count=1 -timeout $(WEB_TIMEOUT) ./web/webtest | $(TESTSUM) -step test-web -dir $(TESTSUM_DIR)

bench: ## run the benchmarks, 6 rounds each, into bench.txt: simulator, layout, lesson checks, exports, and the viewer under xvfb-run
	$(GO) test -run '^$$' -bench . -benchmem -count 6 $(BENCH_PKGS) | tee bench.txt
	@command -v xvfb-run >/dev/null || { echo 'bench: xvfb-run is missing (make setup installs it): the viewer is not benchmarked'; exit 1; }
	xvfb-run -a $(GO) test -run '^$$' -bench . -benchmem -count 6 $(BENCH_GUI_PKGS) | tee -a bench.txt

benchstat: ## summarize bench.txt; OLD=old-bench.txt compares it with an earlier run
	@test -f bench.txt || { echo 'benchstat: no bench.txt: run make bench first'; exit 1; }
	$(GO) run $(BENCHSTAT) $(OLD) bench.txt

web: web-files ## build the playground into web/dist: both wasm binaries, the course and its runs, the page (tools/webbuild: esbuild, CodeMirror), .gz/.br copies
	$(GO) run ./tools/precompress $(WEB_DIST)

web-files: ## make web without its .gz/.br copies (brotli at quality 11 takes minutes): what make serve builds
	@mkdir -p $(WASM_BUILD) $(WEB_DIST)
	GOOS=js GOARCH=wasm $(GO) build $(RUNNER_FLAGS) -o $(WASM_BUILD)/runner.wasm ./cmd/wasm/runner
	GOOS=js GOARCH=wasm $(GO) build $(TIMELINE_FLAGS) -o $(WASM_BUILD)/timeline.wasm ./cmd/wasm
	GOOS=js GOARCH=wasm $(GO) build $(RUNNER_FLAGS) -o $(WASM_BUILD)/compare.wasm ./cmd/wasm/compare # loaded when a learner first compares with CPython
	GOOS=js GOARCH=wasm $(GO) build $(RUNNER_FLAGS) -o $(WASM_BUILD)/draw.wasm ./cmd/wasm/draw # pictures and exports: loaded for the first one the page has not got
	@cp "$$($(GO) env GOROOT)/lib/wasm/wasm_exec.js" $(WASM_BUILD)/
	@for f in runner.wasm timeline.wasm compare.wasm draw.wasm wasm_exec.js; do \
		cmp -s $(WASM_BUILD)/$$f $(WEB_DIST)/$$f || cp $(WASM_BUILD)/$$f $(WEB_DIST)/$$f; done
	$(GO) run ./cmd/wasm/runner -site $(WEB_DIST) # the course, rendered, its blocks run: WEB_DIST/course
	$(GO) run ./tools/unicodenames -o $(WEB_DIST)/unicode-names.txt # the names of \N{name}, fetched by runner.wasm only for a script that uses one
	@rm -rf $(WEB_DIST)/pylib && mkdir -p $(WEB_DIST)/pylib/stdlib $(WEB_DIST)/pylib/script # the modules written in Python, fetched by runner.wasm on import
	cp python/stdlib/lib/*.py $(WEB_DIST)/pylib/stdlib/ && cp -R sim/script/pylib/. $(WEB_DIST)/pylib/script/
	$(GO) run ./tools/webbuild -web web $(WEB_DIST)
	@# A .br or .gz copy older than its file (an earlier make web's) would be served in its place.
	@find $(WEB_DIST) \( -name '*.br' -o -name '*.gz' \) | while read -r c; do \
		f="$${c%.*}"; if [ ! -e "$$f" ] || [ "$$f" -nt "$$c" ]; then rm -f "$$c"; fi; done

runner-size: ## build runner.wasm as make web does (into bin/wasm/runner-size.wasm) and print its size raw and brotli -q 11: issue 10's budget is 1.84 MB
	@mkdir -p $(WASM_BUILD)
	GOOS=js GOARCH=wasm $(GO) build $(RUNNER_FLAGS) -o $(WASM_BUILD)/runner-size.wasm ./cmd/wasm/runner
	@echo "runner.wasm: $$(wc -c < $(WASM_BUILD)/runner-size.wasm) bytes raw, $$(brotli -q 11 -c $(WASM_BUILD)/runner-size.wasm | wc -c) brotli"

serve: web-files ## build the playground (make web-files) and serve it on http://127.0.0.1:8080, or PORT=N, gzipped on the fly
	$(GO) run ./cmd/futurescope serve --dir $(WEB_DIST) --addr 127.0.0.1:$(PORT)

desktop: ## build bin/futurescope and the desktop window bin/futurescope-native (cgo, X11/GL headers), and open the course
	$(GO) build -o bin/futurescope ./cmd/futurescope
	$(GO) build -o bin/futurescope-native ./cmd/native
	bin/futurescope desktop $(ARGS)

cjk-font: ## rewrite the viewer's bundled Chinese font after its Chinese words change (needs python3-fonttools)
	$(GO) run ./tools/cjkfont render/ebitenview/viewstate/words.go render/layout/words.go render/words/*.go lessons/content/zh/*.md

fmt: ## gofmt -w every Go file
	@$(GOFILES) -exec $(GOFMT) -l -w {} +

clean: ## remove what the targets and go build leave in the tree
	rm -rf bench.txt bin web/dist futurescope native wasm
