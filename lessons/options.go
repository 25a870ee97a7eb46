package lessons

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// A Block is one script block of a lesson: a fenced code block tagged python.
type Block struct {
	// Index is the block's 1-based position among the lesson's script blocks.
	Index int
	// Line is the 1-based line of the opening fence in the lesson's file; the code starts a line later.
	Line int
	// Info is the fence's info string as written: "python cores=2 view=threads".
	Info string
	// Code is the script, each line ending in a newline.
	Code string
	// Options are what the info string says after python.
	Options Options
	// Prediction is a predict block's questions and answers, or nil for other blocks.
	Prediction *Prediction
}

// Options are a script block's options: the words after python in its fence's info string.
type Options struct {
	// NoRun: the block is shown but never run, by front ends or tests (option norun).
	NoRun bool
	// Cores is the number of simulated CPU cores, or 0 for the simulator's default (cores=N).
	Cores int
	// ExpectError is what the last line of stderr must start with; the run must fail
	// (expect-error=TEXT). "deadlock" and "limit" stand for a deadlock and a limit.
	ExpectError string
	// View is the timeline's view: "futures", "threads" or "both" (view=…, default "both").
	View string
	// At is where the timeline's playhead starts, in virtual time (at=SECONDS).
	At time.Duration
	// FreeThreaded runs the script without a GIL (free-threaded).
	FreeThreaded bool
	// SkipCPython says CPython's lines are not compared with the simulator's (cpython=skip): the
	// block still runs under CPython and must end the same way.
	SkipCPython bool
	// Predict: the block is a prediction, run hidden and revealed step by step; its questions
	// follow it (predict).
	Predict bool
}

// optionList is the options, as errors list them.
const optionList = "norun, cores=N, expect-error=TEXT, view=futures|threads|both, at=SECONDS, free-threaded, cpython=skip, predict"

// parseOptions parses the words of an info string after python. On an error it also returns the
// index of the word at fault.
func parseOptions(words []string) (Options, int, error) {
	o := Options{View: "both"}
	seen := map[string]bool{}
	for i, w := range words {
		key, _, _ := strings.Cut(w, "=")
		if seen[key] {
			return o, i, fmt.Errorf("option %s given twice", key)
		}
		seen[key] = true
		if err := o.set(w); err != nil {
			return o, i, err
		}
	}
	return o, 0, nil
}

// set sets the option one word of the info string gives.
func (o *Options) set(word string) error {
	key, val, hasVal := strings.Cut(word, "=")
	switch {
	case key == "norun" || key == "free-threaded" || key == "predict":
		if hasVal {
			return fmt.Errorf("option %s takes no value", key)
		}
		o.NoRun = o.NoRun || key == "norun"
		o.FreeThreaded = o.FreeThreaded || key == "free-threaded"
		o.Predict = o.Predict || key == "predict"
		return nil
	case !valueOptions[key]:
		return fmt.Errorf("unknown option %q (want %s)", word, optionList)
	case val == "":
		return fmt.Errorf("option %s needs a value: %s=…", key, key)
	}
	return o.setValue(key, val)
}

// valueOptions are the options that take a value.
var valueOptions = map[string]bool{"cores": true, "expect-error": true, "view": true, "at": true, "cpython": true}

// setValue sets an option that takes a value.
func (o *Options) setValue(key, val string) error {
	switch key {
	case "cores":
		n, err := strconv.Atoi(val)
		if err != nil || n < 1 {
			return fmt.Errorf("cores=%s: want a whole number of cores, 1 or more", val)
		}
		o.Cores = n
	case "expect-error":
		o.ExpectError = val
	case "view":
		if val != "futures" && val != "threads" && val != "both" {
			return fmt.Errorf("view=%s: want futures, threads or both", val)
		}
		o.View = val
	case "at":
		s, err := strconv.ParseFloat(val, 64)
		if err != nil || s < 0 || s > 1e6 || math.IsNaN(s) {
			return fmt.Errorf("at=%s: want a time in seconds, like 0.5", val)
		}
		o.At = time.Duration(math.Round(s * 1e9))
	case "cpython":
		if val != "skip" {
			return fmt.Errorf("cpython=%s: want cpython=skip", val)
		}
		o.SkipCPython = true
	}
	return nil
}

// attributes returns the HTML attributes that mark block b's <pre>, in order.
func (b Block) attributes() [][2]string {
	o := b.Options
	attrs := [][2]string{{"class", "fs-code"}, {"data-block", strconv.Itoa(b.Index)}, {"data-view", o.View}}
	add := func(ok bool, name, val string) {
		if ok {
			attrs = append(attrs, [2]string{name, val})
		}
	}
	add(o.At > 0, "data-at", strconv.FormatFloat(o.At.Seconds(), 'f', -1, 64))
	add(o.Cores > 0, "data-cores", strconv.Itoa(o.Cores))
	add(o.FreeThreaded, "data-free-threaded", "")
	add(o.ExpectError != "", "data-expect-error", o.ExpectError)
	add(o.NoRun, "data-norun", "")
	add(o.Predict, "data-predict", "")
	return attrs
}
