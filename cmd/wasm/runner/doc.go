// Command runner is the browser's simulator: a WebAssembly binary, built with GOOS=js GOARCH=wasm, that
// runs scripts. It never draws and never exports: it holds the interpreter, the simulator and the
// binary trace, and neither render/svg nor render/layout (TestRunnerLinksNoDrawing), nor of
// encoding/json more than its package's initialization (sim/trace imports it to read trace JSON), so
// that it stays small (the page downloads it before a learner's first run) and can run in a Web
// Worker, where a runaway script never freezes the page: stop() ends a run with its partial trace,
// and a worker that does not answer can be terminated. web/worker.js loads it; web/README.md documents the messages.
//
// Which binary answers what: this one runs scripts (run, stop); draw.wasm (cmd/wasm/draw, a worker of
// its own, loaded on first use) draws a run's static picture and writes its exports (SVG, trace JSON,
// Chrome trace), all from the run's traceBin; timeline.wasm (cmd/wasm, in the page's iframe) is the
// interactive viewer, which reads traceBin too; compare.wasm (cmd/wasm/compare) compares a run with one
// recorded under CPython.
//
// Once started it sets globalThis.futurescope to an object with these functions, each synchronous but
// run:
//
//	run(source, options)     → a Promise of {stdout, stderr, exitCode, error, kind, marks, traceBin,
//	                            futures, events, virtualNs, wallMs}: traceBin is the run's trace in its
//	                            binary form (trace.EncodeBinary, a Uint8Array), which the timeline, the
//	                            page's predictions and draw.wasm read. The script runs on sim/script
//	                            (the project's Python); kind is its report's kind ("syntax",
//	                            "exception", "exit", "deadlock", "limit", "cancelled"; "" on success)
//	                            and marks [{line, col, endLine, endCol, message}] the spans to mark,
//	                            from the report's frames and threads. While it runs, the run lets the
//	                            worker's event loop in every 150 ms
//	stop()                   → the run in progress ends at its next instruction or blocking call: its
//	                            Promise resolves with kind "cancelled" and the trace so far
//	version                  → string: the Go version the binary was built with
//
// A run started while another is in progress stops the other first. Options of run may hold filename
// (default "script.py"), cores (default 4), freeThreaded, maxSteps (default browserrun.MaxSteps),
// timeLimitMs (virtual milliseconds, default 60000) and lang, the language of the reports' words ("en",
// the default, or "zh"). A run stops at browserrun.MaxEvents trace events (about 500,000 futures), so that
// it fits a tab's memory. A function that fails returns (Go cannot throw) a JS Error whose message
// reads "op: detail"; a script that fails is no such failure: run reports it in exitCode, error, kind
// and marks. Outside GOOS=js the binary writes the course into a built site (go run ./cmd/wasm/runner
// -site DIR, course.go): every lesson as the page shows it, and every block's run as run() would
// make it with its picture as draw.wasm would draw it, so that the page shows a lesson without
// loading either. The logic lives in plain Go
// files and is tested natively.
//
// The first script that uses a \N{name} escape makes the runner fetch unicode-names.txt (1.1 MB, the
// names of Unicode 15.1 and their aliases) from beside the worker's script, synchronously, as a Web
// Worker may: python/unames keeps the table out of runner.wasm, and make web writes the file
// (tools/unicodenames). Without it (offline, or under node) such an escape fails with CPython's
// "unknown Unicode character name" and the reason.
package main
