// Command draw is the browser's drawing and exporting worker: a WebAssembly binary (draw.wasm), built
// with GOOS=js GOARCH=wasm, that turns a run's binary trace (the runner's traceBin, trace.EncodeBinary)
// into what a learner sees or saves of it outside the interactive viewer: the static picture (SVG,
// render/svg), the trace JSON export and the Chrome trace export. It runs no script: runner.wasm runs
// them and stays free of render/svg, render/layout and encoding/json, and this binary holds those
// instead. The page loads it lazily, in a Web Worker of its own (web/src/worker.js, the same worker
// script as the runner's), only when it needs one of these: a run's picture while the viewer loads or
// without WebGL2 (timeline.html?mode=svg), a prediction's revealed part in that mode, or an export.
// A lesson's runs carry their picture already (the course's files, written natively by
// cmd/wasm/runner -site), so a first visit never loads it.
//
// Once started it sets globalThis.futurescope to an object with these functions, each synchronous but
// exportNext's:
//
//	svg(traceBin, lang)      → string: the timeline of the trace in traceBin (a Uint8Array of its
//	                            binary form) as SVG, its words in lang ("en" or "zh"). A prediction
//	                            block hands it the part of a run revealed so far
//	chromeTrace(traceBin)    → string: the trace as Chrome Trace Event JSON (for Perfetto)
//	traceJSON(traceBin)      → string: the trace as JSON (trace.Encode: what the trace export saves)
//	exportStart(kind, traceBin, lang) → number: a handle on the export kind ("svg", "trace" or
//	                            "chrome") of traceBin being written, in lang for an SVG, by a
//	                            goroutine of its own
//	exportNext(handle)       → a Promise of {chunk, progress, done}: the export's next chunk (a
//	                            Uint8Array of about 1 MB, null once done) and how far along it is, from 0
//	                            to 1; it rejects when the export failed or was cancelled. web/worker.js
//	                            gathers the chunks into a Blob, posting progress to the page after each
//	exportCancel(handle)     → the export stops at its next chunk and is forgotten
//	version                  → string: the Go version the binary was built with
//
// A function that fails returns (Go cannot throw) a JS Error whose message reads "op: detail": a
// traceBin that is not a binary trace reads "svg: trace: not a binary trace …". The
// logic lives in plain Go files (draw.go, export_stream.go), tested natively; outside GOOS=js the
// binary only says what it is.
package main
