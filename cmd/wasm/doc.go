// Command wasm is the browser's timeline: a WebAssembly binary, built with GOOS=js GOARCH=wasm, that
// shows a run's trace in render/ebitenview's interactive viewer. ebiten takes over the document it
// runs in (it appends its canvas to the body and restyles the page), so web/timeline.html loads it in
// a same-origin iframe of its own; the page talks to that frame with postMessage (web/README.md).
//
// Once started it sets globalThis.futurescopeTimeline to an object with these functions:
//
//	show(trace, source, options)     → undefined, or an Error: show this trace, a Uint8Array of its
//	                                   binary form (trace.EncodeBinary: the runner's traceBin) or a
//	                                   string of its JSON (trace.Encode; a big run's JSON takes ~17×
//	                                   longer to read); source is the script, quoted in the detail panel;
//	                                   options.view is "futures", "threads" or "both"; options.at is
//	                                   the playhead in virtual nanoseconds, and starts the viewer afresh
//	                                   (the whole run in the window); without it the viewer keeps the
//	                                   previous run's view, window and playhead (a rerun);
//	                                   options.lang ("en", "zh") is the language of the viewer's words
//	command(op, arg)                 → undefined, or an Error: "play" (toggle), "step" (arg events,
//	                                   negative steps back), "seek" (arg ns), "fit", "help",
//	                                   "unselect" (the detail panel's ×),
//	                                   "view" (arg: "futures", "threads", "both"), "lang" (arg: "en"
//	                                   or "zh": the viewer's words switch in place, nothing else
//	                                   changes; it holds for later runs too, and may come first)
//	state()                          → {shown, playhead, end, playing, view, lang, frames, loaded,
//	                                   drawn, loading}: what the viewer showed in its last frame, how
//	                                   many frames it has drawn, how many runs it has shown (loaded)
//	                                   and which of them the last frame drawn showed (drawn), and
//	                                   whether one is being laid out
//
// The page draws the selection's details whole (details_js.go): while something is selected the
// viewer calls globalThis.futurescopeDetails(lines, box) with the detail panel's lines ({text, tone},
// uncut) and its canvas panel's box in CSS pixels, and with null once nothing is; timeline.js lays
// them over the canvas's panel, wrapped, in the page's fonts. Characters the bundled fonts lack are
// drawn with the page's fonts too (pagefont_js.go: a canvas rasterises them).
//
// Idle is idle (idle.go): a frame is drawn only when what it depends on changed (the canvas, the run,
// the viewer's state, the pointer, a held button or key, playback), and once nothing has changed for
// a second the viewer sleeps: ebiten ticks no more and timeline.js holds the animation frame it asks
// for (globalThis.futurescopeAsleep), until input in the frame, a show, a command or a finished layout
// wakes it (globalThis.futurescopeRelease). An idle page's main thread is then about as quiet as with
// the static picture (web/webtest's TestIdleTimeline measures both).
//
// show decodes the trace at once (its errors are show's) and lays it out in the background, pausing
// between passes so that the page stays responsive while a big run (100,000 futures) is laid out;
// a later show supersedes it. show and command take effect at the viewer's next tick. The simulation itself runs elsewhere (the
// runner, cmd/wasm/runner, in a Web Worker); this binary only draws. Outside GOOS=js it only says how
// to build it; its pure logic is in commands.go, tested natively.
package main
