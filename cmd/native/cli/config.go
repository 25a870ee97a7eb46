// Package cli reads futurescope-native's command line. It imports no graphics library, so that
// --help and a bad flag are answered where there is no display: its init, which Go runs before
// ebiten's (packages initialize in import-path order once their dependencies have, and
// github.com/futurescope sorts before github.com/hajimehoshi), prints the usage and exits before
// ebiten opens a display. Without a display it says so and exits 1, where ebiten would panic.
package cli

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/futurescope/futurescope/lessons"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// A Config is what the command line asked for.
type Config struct {
	// File is the script to show and watch; "" shows a list: the scenarios of Dir, the built-in
	// examples (Examples), or else the course.
	File string
	// Dir holds the scenarios (*.py) to list instead of the course.
	Dir string
	// Examples lists the built-in example scripts instead of the course.
	Examples bool
	// Lang is the course's language, "en" or "zh"; Lesson the lesson to open first, by number
	// ("04") or slug ("04-as-completed"), "" for the first; Block the script block to select, by
	// number (0: the lesson's first runnable one).
	Lang, Lesson string
	Block        int
	// Present starts in presenter mode: the lesson a slide at a time beside the timeline, in fonts
	// that grow with the window, for a classroom.
	Present bool
	// PNG, when set, is where to write one frame instead of opening an interactive window; At is
	// where to put the playhead first (negative: where the lesson's block says, else 0) and View the
	// views to show ("": as the block says, else both).
	PNG  string
	At   time.Duration
	View string
	// GIF, when set, is where to write an animated GIF of the run's playback from start to end, one
	// frame every Every of virtual time (0: the run in about 40 frames), offscreen as PNG is.
	GIF   string
	Every time.Duration
	// Out is the directory the export keys write into ("": the current directory).
	Out string
	// MaxSteps is the interpreter instructions a run may take before it is stopped as a runaway
	// (InteractiveMaxSteps by default).
	MaxSteps int64
	// Width and Height are the window's size in device-independent pixels.
	Width, Height int
	// Compare, when set, is a trace of File recorded under CPython (futurescope record), drawn
	// beneath File's simulation on one time axis with the differences listed (cmd/native/compare.go).
	Compare string
}

// InteractiveMaxSteps is the CPU budget of a run in the window: 1e8 interpreter instructions, 300 ms
// of virtual CPU time, which a runaway loop uses up in 0.3 to 1.5 s of real time on a busy 2-core
// machine. The command line (futurescope run) allows ten times as much.
const InteractiveMaxSteps = 100_000_000

// Course reports whether the window shows the course (no FILE, no --dir, no --examples).
func (c Config) Course() bool { return c.File == "" && c.Dir == "" && !c.Examples }

// Parse reads the command line args (without the program's name); errors and --help go to stderr.
// It returns flag.ErrHelp when --help was asked for.
func Parse(args []string, stderr io.Writer) (Config, error) {
	var c Config
	fs := flag.NewFlagSet("futurescope-native", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.Dir, "dir", "", "list the scenarios (*.py) of `DIR` instead of the course")
	fs.BoolVar(&c.Examples, "examples", false, "list the built-in example scripts instead of the course")
	fs.StringVar(&c.Lang, "lang", "en", "the course's language: en or zh (L switches it)")
	fs.StringVar(&c.Lesson, "lesson", "", "open the lesson numbered `NN` (or with that slug) first")
	fs.IntVar(&c.Block, "block", 0, "select the lesson's script block `N` (default: its first runnable one)")
	fs.BoolVar(&c.Present, "present", false, "start in presenter mode: the lesson a slide at a time beside the timeline, fonts for a room (F toggles it)")
	fs.StringVar(&c.PNG, "png", "", "draw one frame into `FILE` (PNG) and exit")
	fs.DurationVar(&c.At, "at", -1, "put the playhead at this virtual `time` first (e.g. 250ms; default: as the lesson says)")
	fs.StringVar(&c.View, "view", "", "the views to show: futures, threads or both (default: as the lesson says, else both)")
	fs.StringVar(&c.GIF, "gif", "", "write an animated GIF of the run's playback into `FILE` and exit")
	fs.DurationVar(&c.Every, "every", 0, "with --gif, one frame every this much virtual `time` (default: about 40 frames)")
	fs.StringVar(&c.Out, "out", "", "the `DIR` the export keys write into (default: the current directory)")
	fs.Int64Var(&c.MaxSteps, "max-steps", InteractiveMaxSteps, "stop a run after this many interpreter `instructions` (a runaway loop)")
	fs.IntVar(&c.Width, "width", 1280, "window width")
	fs.IntVar(&c.Height, "height", 800, "window height")
	fs.StringVar(&c.Compare, "compare", "", "draw the run of FILE.py recorded under CPython in `TRACE` (futurescope record) beneath its simulation, with the differences")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: futurescope-native [flags] [FILE.py]")
		fmt.Fprintln(stderr, "With no FILE.py, --dir or --examples it opens the course; FILE.py runs again whenever it changes.")
		fs.PrintDefaults()
		fmt.Fprint(stderr, keysHelp())
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
	if err := c.check(); err != nil {
		fmt.Fprintf(stderr, "futurescope-native: %v\n", err)
		return c, err
	}
	c.Width, c.Height = max(c.Width, 640), max(c.Height, 400)
	if c.MaxSteps <= 0 {
		c.MaxSteps = InteractiveMaxSteps
	}
	return c, nil
}

// check reports a flag with a value the window cannot use.
func (c Config) check() error {
	switch {
	case c.View != "" && c.View != "both" && c.View != "futures" && c.View != "threads":
		return fmt.Errorf("--view: got %q, want futures, threads or both", c.View)
	case !slices.Contains(lessons.Languages(), c.Lang):
		return fmt.Errorf("--lang: got %q, want en or zh", c.Lang)
	case c.PNG != "" && c.GIF != "":
		return fmt.Errorf("--png and --gif: want one of them")
	case c.Every < 0:
		return fmt.Errorf("--every: got %v, want a positive duration", c.Every)
	case c.Block < 0:
		return fmt.Errorf("--block: got %d, want a block number, 1 or more", c.Block)
	case c.Compare != "" && c.File == "":
		return fmt.Errorf("--compare: want the script too: futurescope-native --compare recorded.json script.py")
	}
	return nil
}

// keysHelp returns the part of the usage that lists the window's own keys, from the key map the
// window and its help overlay read (? in the window lists them with the timeline's).
func keysHelp() string {
	var b strings.Builder
	b.WriteString("\nKeys of the window (? shows them with the timeline's; each key means one thing wherever the focus is):\n")
	for _, row := range viewstate.KeyMap() {
		window := row.Window
		for _, p := range row.Presses {
			window = window || p.Command != viewstate.CmdNone
		}
		if window {
			fmt.Fprintf(&b, "  %-16s %s\n", row.Label, row.Does[0])
		}
	}
	b.WriteString(`Exports go into --out DIR, else the current directory; the window names the file.
A run in the window may take 1e8 interpreter instructions (300 ms of virtual CPU; --max-steps changes it):
a loop that never ends is stopped within a few seconds and reported in the console.
`)
	return b.String()
}
