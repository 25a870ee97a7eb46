// Command native is futurescope's desktop visualizer: an ebiten window that runs Python
// concurrent.futures scripts on the simulator and shows their timelines, with the script's source
// and its console output beside them.
//
// Usage:
//
//	futurescope-native [--dir DIR] [--present] [--png OUT.png [--at T] [--view V]] [FILE.py]
//
// With no FILE it lists the scenarios in DIR (default: the examples built into it) and shows the one
// chosen. Given FILE.py, it shows that script and runs it again whenever the file changes on disk,
// so a teacher can edit it in their own editor. --png draws one frame offscreen, writes it as a PNG
// and exits (it still needs a display: run it under xvfb-run on a server).
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
