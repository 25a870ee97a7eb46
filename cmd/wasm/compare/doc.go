// Command compare is the browser's comparison of a run recorded under CPython with the simulation of the
// editor's script: a WebAssembly binary, built with GOOS=js GOARCH=wasm (make web writes it as
// compare.wasm), that web/src/compare.js loads in a Web Worker of its own the first time a learner
// compares, so that parsing a learner's file never freezes the page nor delays a run, and so that
// runner.wasm, which every learner who types downloads, carries neither package compare nor the
// drawing of two runs.
//
// Once started it sets globalThis.futurescopeCompare:
//
//	futurescopeCompare(source, bytes, name, options) → a Promise of {svg, simulated, recorded,
//	                            verdict, diffs: [{kind, what, simulated, recorded, cause, tie,
//	                            ordering}], ordering, error}
//
// It simulates source (sim/script, the project's Python) with options and compares the run with the
// trace recorded under CPython in bytes (a Uint8Array of the learner's file, named name in errors),
// using package compare. options are runner.wasm's run options: filename (default "script.py"),
// cores (default 4), freeThreaded, maxSteps (default browserrun.MaxSteps, as the runner's), timeLimitMs
// (virtual milliseconds, default 60000) and lang, the language of the drawing's words ("en", the
// default, or "zh"). The Promise rejects with an Error "compare: NAME …" for a file too large (checked
// before it is copied into Go), empty, not JSON, of another version or a simulated trace; error is
// the simulated run's failure in one line, if any; svg draws the simulated run above the recorded one
// on one time axis (render/svg), "" for runs of more than 50,000 events between them.
//
// The logic lives in plain Go files and is tested natively; outside GOOS=js the binary only says what
// it is (futurescope compare does the same comparison on the command line).
package main
