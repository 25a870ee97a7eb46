// Command runner is the browser's simulator: a WebAssembly binary, built with GOOS=js GOARCH=wasm, that
// runs scripts. It never draws on screen and never imports ebiten, so it stays
// small and can run in a Web Worker, where a runaway script never freezes the page: stop() ends a run
// with its partial trace, and a worker that does not answer can be terminated. web/worker.js loads it; web/README.md documents the messages.
//
// Once started it sets globalThis.futurescope to an object with these functions, each synchronous but
// run:
//
//	run(source, options)     → a Promise of {stdout, stderr, exitCode, error, kind, marks, traceJSON,
//	                            svg, traceBin, futures, events, virtualNs, wallMs}; traceJSON and svg are
//	                            "" for a run of more than 50,000 events (the calls below write them from
//	                            the last run). The script runs on sim/script (the project's Python); kind
//	                            is its report's kind ("syntax", "exception", "exit", "deadlock", "limit",
//	                            "cancelled"; "" on success) and marks [{line, col, endLine, endCol,
//	                            message}] the spans to mark, from the report's frames and threads. While
//	                            it runs, the run lets the worker's event loop in every 150 ms
//	stop()                   → the run in progress ends at its next instruction or blocking call: its
//	                            Promise resolves with kind "cancelled" and the trace so far
//	traceJSON()              → string: the last run's trace as JSON
//	svg(traceJSON, lang)     → string: the timeline as SVG, its words in lang ("en" or "zh"); traceJSON
//	                            "" or left out: the last run's. The page's prediction blocks hand it the
//	                            part of a run revealed so far, for the static picture
//	chromeTrace(traceJSON)   → string: the trace as Chrome Trace Event JSON (for Perfetto); traceJSON as
//	                            for svg
//	exportStart(kind, traceJSON, lang) → number: a handle on the export kind ("svg", "trace" or
//	                            "chrome") of traceJSON ("": the last run's) being written, in lang for
//	                            an SVG, by a goroutine of its own
//	exportNext(handle)       → a Promise of {chunk, progress, done}: the export's next chunk (a
//	                            Uint8Array of about 1 MB, null once done) and how far along it is, from 0
//	                            to 1; it rejects when the export failed or was cancelled. web/worker.js
//	                            gathers the chunks into a Blob, posting progress to the page after each
//	exportCancel(handle)     → the export stops at its next chunk and is forgotten
//	version                  → string: the Go version the binary was built with
//
// The comparison with a run recorded under CPython is compare.wasm's (cmd/wasm/compare), a binary of
// its own that the page loads only when a learner compares.
//
// A run started while another is in progress stops the other first. Options of run may hold filename
// (default "script.py"), cores (default 4), freeThreaded, maxSteps (default BrowserMaxSteps),
// timeLimitMs (virtual milliseconds, default 60000) and lang, the language of the svg's words ("en",
// the default, or "zh"). A run stops at BrowserMaxEvents trace events (about 500,000 futures), so that
// it fits a tab's memory. A function that fails returns (Go cannot throw) a JS Error whose message
// reads "op: detail"; a script that fails is no such failure: run reports it in exitCode, error, kind
// and marks. Outside GOOS=js the binary writes the course into a built site (go run ./cmd/wasm/runner
// -site DIR, course.go): every lesson as the page shows it, and every block's run as run() would
// make it, so that the page shows a lesson without loading the runner. The logic lives in plain Go
// files and is tested natively.
//
// The first script that uses a \N{name} escape makes the runner fetch unicode-names.txt (1.1 MB, the
// names of Unicode 15.1 and their aliases) from beside the worker's script, synchronously, as a Web
// Worker may: python/unames keeps the table out of runner.wasm, and make web writes the file
// (tools/unicodenames). Without it (offline, or under node) such an escape fails with CPython's
// "unknown Unicode character name" and the reason.
package main
