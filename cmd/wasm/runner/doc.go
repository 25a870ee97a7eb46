// Command runner is the browser's simulator: a WebAssembly binary, built with GOOS=js GOARCH=wasm, that
// runs scripts and hands out the lessons. It never draws on screen and never imports ebiten, so it stays
// small and can run in a Web Worker, where a runaway script can be stopped by terminating the worker
// without freezing the page. web/worker.js loads it; web/README.md documents the messages.
//
// Once started it sets globalThis.futurescope to an object with these functions, each synchronous:
//
//	run(source, options)     → {stdout, stderr, exitCode, error, marks, traceJSON, svg, traceBin,
//	                            futures, events, virtualNs, wallMs}; traceJSON and svg are "" for a run
//	                            of more than 50,000 events (the calls below write them from the last run)
//	traceJSON()              → string: the last run's trace as JSON
//	svg(traceJSON, lang)     → string: the timeline as SVG, its words in lang ("en" or "zh"); traceJSON
//	                            "" or left out: the last run's
//	chromeTrace(traceJSON)   → string: the trace as Chrome Trace Event JSON (for Perfetto); traceJSON as
//	                            for svg
//	lessons(lang)            → [{slug, title, summary}] in lesson order ("en" or "zh")
//	lesson(lang, slug)       → {slug, title, summary, html, blocks: [{index, code, norun, cores, …}]}
//	version                  → string: the Go version the binary was built with
//
// options of run may hold filename (default "script.py"), cores (default 4), freeThreaded, maxSteps
// (default BrowserMaxSteps), timeLimitMs (virtual milliseconds, default 60000) and lang, the language
// of the svg's words ("en", the default, or "zh"). A run stops at BrowserMaxEvents trace events (about
// 330,000 futures), so that it fits a tab's memory. A function that
// fails returns (Go cannot throw) a JS Error whose message reads "op: detail"; a script that fails is
// no such failure: run reports it in exitCode, error and marks. Outside GOOS=js the binary only says
// how to build it; the logic lives in plain Go files and is tested natively.
package main
