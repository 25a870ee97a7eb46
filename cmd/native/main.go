// Command native is futurescope's desktop visualizer: an ebiten window that shows the course, runs
// its Python concurrent.futures scripts on the simulator and draws their timelines, with the script's
// console output beneath.
//
// Usage:
//
//	futurescope-native [--lang en|zh] [--lesson NN] [--block N] [--present] [--png OUT.png [--at T] [--view V]]
//	futurescope-native [--dir DIR | --examples] [flags]
//	futurescope-native [flags] FILE.py
//
// With no FILE, --dir or --examples it opens the course: the numbered lesson list (↑↓, a number,
// Home/End, or the mouse), the lesson's text (headings, lists, emphasis, code) and the timeline of
// the script block selected. A lesson runs its first runnable block when it opens; clicking a block,
// or ] and [ when the text has the keys, selects and runs another, with its options (cores,
// free-threaded, view, at, expect-error). L or the EN/中文 switch changes the language, keeping the
// lesson and the block. Tab moves the keys between the list, the text and the timeline; F toggles
// presenter mode (big fonts); R runs the script again.
//
// --dir lists the scripts of DIR instead, and --examples the examples built into the binary, each
// beside its source. Given FILE.py, it shows that script and runs it again whenever the file changes
// on disk, so a teacher can edit it in their own editor. --png draws one frame offscreen (of the
// course with --lesson, --block and --lang), writes it as a PNG and exits (it still needs a display:
// run it under xvfb-run on a server).
//
// It needs cgo and the X11/GL headers to build (tools/setup.sh lists them); `futurescope desktop`
// starts it when it is installed beside futurescope.
package main

import (
	"log"
	"os"

	"github.com/hajimehoshi/ebiten/v2"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("futurescope-native: ")
	cfg, err := parseConfig(os.Args[1:], os.Stderr)
	if err != nil {
		os.Exit(2)
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
