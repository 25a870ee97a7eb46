package main

import (
	"flag"
	"fmt"
	"io"
	"time"
)

// A Config is what the command line asked for.
type Config struct {
	// File is the script to show and watch; "" lists the scenarios of Dir instead.
	File string
	// Dir holds the scenarios (*.py) to list; "" means the built-in examples.
	Dir string
	// Present starts in presenter mode: big fonts for a classroom.
	Present bool
	// PNG, when set, is where to write one frame instead of opening an interactive window; At is
	// where to put the playhead first (negative: leave it at 0) and View the views to show.
	PNG  string
	At   time.Duration
	View string
	// Width and Height are the window's size in device-independent pixels.
	Width, Height int
}

// parseConfig reads the command line; errors and -help go to stderr.
func parseConfig(args []string, stderr io.Writer) (Config, error) {
	var c Config
	fs := flag.NewFlagSet("futurescope-native", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.Dir, "dir", "", "list the scenarios (*.py) of `DIR` (default: the built-in examples)")
	fs.BoolVar(&c.Present, "present", false, "start in presenter mode (big fonts; F toggles it)")
	fs.StringVar(&c.PNG, "png", "", "draw one frame into `FILE` (PNG) and exit")
	fs.DurationVar(&c.At, "at", -1, "with --png: put the playhead at this virtual `time` (e.g. 250ms)")
	fs.StringVar(&c.View, "view", "both", "the views to show: futures, threads or both")
	fs.IntVar(&c.Width, "width", 1280, "window width")
	fs.IntVar(&c.Height, "height", 800, "window height")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: futurescope-native [flags] [FILE.py]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	switch fs.NArg() {
	case 0:
	case 1:
		c.File = fs.Arg(0)
	default:
		fs.Usage()
		return c, fmt.Errorf("want at most one FILE.py, got %d", fs.NArg())
	}
	if c.View != "both" && c.View != "futures" && c.View != "threads" {
		fmt.Fprintf(stderr, "futurescope-native: --view: got %q, want futures, threads or both\n", c.View)
		return c, fmt.Errorf("bad --view %q", c.View)
	}
	c.Width, c.Height = max(c.Width, 640), max(c.Height, 400)
	return c, nil
}
