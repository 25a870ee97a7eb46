// Command native is futurescope's desktop visualizer: an ebiten window that shows the course, runs
// its Python concurrent.futures scripts on the simulator and draws their timelines, with the script's
// console output beneath.
//
// Usage:
//
//	futurescope-native [--lang en|zh] [--lesson NN] [--block N] [--present] [--png OUT.png [--at T] [--view V]]
//	futurescope-native [--lesson NN] [--block N] --gif OUT.gif [--every 20ms]
//	futurescope-native [--dir DIR | --examples] [--out DIR] [--max-steps N] [flags]
//	futurescope-native [flags] FILE.py
//	futurescope-native [--lang en|zh] [--png OUT.png] --compare RECORDED.json FILE.py
//
// With no FILE, --dir or --examples it opens the course: the numbered lesson list (↑↓, a number,
// Home/End, or the mouse), the lesson's text (headings, lists, emphasis, code) and the timeline of
// the script block selected. A lesson runs its first runnable block when it opens; clicking a block,
// or . and , (next, previous) wherever the focus is, selects and runs another, with its options (cores,
// free-threaded, view, at, expect-error). L or the EN/中文 switch changes the language, keeping the
// lesson and the block. The window opens with the keys on the timeline (its title underlined); Tab
// moves the focus between the list, the text and the timeline, which only decides what ↑↓, PgUp,
// PgDn, Home, End and Enter move: every other key means one thing wherever the focus is, as the one
// key map (viewstate.KeyMap) says, which ? shows; package intent turns them into the window's intents
// and package scene holds what they change (the course, the list and the focus, presenter mode and its
// slides, predictions), package runs runs the scripts and package live decides what a new run of the
// file shown keeps, all without a graphics library, so that they are tested without a display. R
// runs the script again.
//
// # Presenter mode
//
// F (or --present) shows the lesson a slide at a time beside the timeline, for a room: a slide is the
// lesson's title and introduction, then each second-level section; PgUp and PgDn (a presenter's
// clicker) turn them and run the slide's first script. Fonts grow with the window: capital letters of
// the slide's text are 29 px tall at 1920 × 1080 (its code 20 px, the timeline's 25 px). F6, F7 and F8
// show and hide the slide, the console and the list (without the slide the timeline takes the full
// width); F11 is fullscreen; Ctrl+ Ctrl− Ctrl+0 make everything bigger, smaller, as it was.
//
// # Predict, then reveal
//
// A lesson's predict block runs hidden when it is selected, and Q hides any run: the timeline keeps
// its rows but draws only the events revealed (event by event, in the trace's order, so events at one
// virtual time one after the other), the console prints only the lines they printed, and the header
// says neither the outcome nor the end. → reveals the next event a learner predicts (a future queued,
// started, finished or cancelled, a callback, a print, a blocking call's result: lessons/reveal.IsStep,
// as in the browser) with its explanation; with the lesson's questions, stepping stops before each
// question's event, shown under the script, until A shows its answer and that event; A after the last
// one (or Q again) shows the whole run. Playing (Space) reveals the events it passes, up to a question.
//
// --dir lists the scripts of DIR instead, and --examples the examples built into the binary, each
// beside its source. Given FILE.py, it shows that script and runs it again whenever the file changes
// on disk, so a teacher can edit it in their own editor: the new run keeps the view and the playhead,
// and is fitted to the timeline unless the user zoomed or panned since the last fit; while the file
// does not compile, the last run that did stays on screen, dimmed, under the syntax error. Esc stops a
// run in progress. --png draws one frame offscreen (of the course with --lesson, --block and --lang),
// writes it as a PNG and exits; --gif writes an animated GIF of the run's playback instead, a frame
// every --every of virtual time (both still need a display: run them under xvfb-run on a server).
//
// P, G, J and C save the window as PNG, the run as SVG, its trace as JSON and as a Chrome trace into
// --out DIR (else the current directory), in new files named after the script; the window names the
// file. ? lists them with the timeline's keys.
//
// # CPU budget
//
// A run in the window may take 1e8 interpreter instructions, 300 ms of virtual CPU time (--max-steps
// changes it; the command line allows 1e9): a loop that never ends is stopped, and the console says
// so with the line it was running, 1.7 s after it starts on a busy 2-core machine under Xvfb
// (BenchmarkRunawayStops, from the window's start to the report on screen).
//
// --help and a bad flag are answered before ebiten starts, so they work without a display, and a
// missing display is named rather than crashed on (see package cli).
//
// It needs cgo and the X11/GL headers to build (tools/setup.sh lists them); `futurescope desktop`
// starts it when it is installed beside futurescope.
package main

import (
	"log"
	"os"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/internal/gctune"
)

func main() {
	gctune.Start(gctune.Defaults)
	log.SetFlags(0)
	log.SetPrefix("futurescope-native: ")
	cfg, err := parseConfig(os.Args[1:], os.Stderr)
	if err != nil {
		os.Exit(2)
	}
	if cfg.Compare != "" { // the pair view (compare.go)
		if err := runCompare(cfg); err != nil {
			log.Fatal(err)
		}
		return
	}
	app, err := NewApp(cfg)
	if err != nil {
		log.Fatal(err)
	}
	ebiten.SetWindowSize(cfg.Width, cfg.Height)
	ebiten.SetWindowTitle(app.Title())
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	if err := ebiten.RunGame(app); err != nil {
		log.Fatal(err)
	}
}
