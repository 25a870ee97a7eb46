package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/futurescope/futurescope/compare"
	"github.com/futurescope/futurescope/record"
	"github.com/futurescope/futurescope/render/svg"
	"github.com/futurescope/futurescope/sim/script"
	"github.com/futurescope/futurescope/sim/trace"
)

const compareUsage = `usage: futurescope compare [flags] FILE.py [-- ARGS...]

Runs FILE.py on the simulator and under a real CPython with the recorder (as futurescope record does),
then lists the differences that matter: the order futures completed in, the thread each done-callback
ran in, what cancel() returned, how many futures each wait() found done, and finishing times off by
more than the tolerance; each with its cause where the traces show it. Exit status: 0 when the order
of events agrees (timing may differ), 1 when it does not, 2 on trouble.

Flags:
  --python PATH     the CPython to record under (default python3)
  --recorded FILE   compare with a trace recorded before (futurescope record, python3 -m
                    futurescope_record) instead of recording now
  --svg FILE        draw both runs, one above the other on one time axis
  --view VIEW       what --svg draws: futures, threads or both (default both)
  --lang LANG       the language --svg writes in: en or zh (default en)
  --sim-trace FILE  write the simulated trace as JSON
  -o FILE           write the recorded trace as JSON
  --cores N         simulated CPU cores (default 4)
  --tolerance D     how far a finishing time may be off before it counts (default 50ms, or 25% of the
                    simulated time when that is more)
  --limit D         stop the recorded script after D (default 60s)
  --show-output     pass both runs' output through (simulated first)
`

// compareCommand is futurescope compare.
func compareCommand(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("futurescope compare", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, compareUsage) }
	python := fs.String("python", "python3", "")
	recorded := fs.String("recorded", "", "")
	svgPath := fs.String("svg", "", "")
	view := fs.String("view", "both", "")
	lang := fs.String("lang", "en", "")
	simTrace := fs.String("sim-trace", "", "")
	recTrace := fs.String("o", "", "")
	cores := fs.Int("cores", 4, "")
	tolerance := fs.Duration("tolerance", 50*time.Millisecond, "")
	limit := fs.Duration("limit", record.DefaultLimit, "")
	show := fs.Bool("show-output", false, "")
	pos, scriptArgs, err := parseWithArgs(fs, args)
	if err != nil {
		return 2
	}
	if len(pos) != 1 {
		fmt.Fprint(stderr, compareUsage)
		return 2
	}
	src, err := os.ReadFile(pos[0])
	if err != nil {
		fmt.Fprintln(stderr, "futurescope compare:", err)
		return 2
	}
	out := io.Discard
	if *show {
		out = stdout
	}
	sim := script.Run(script.Options{Filename: pos[0], Source: src, Stdout: out, Stderr: out, Cores: *cores})
	var rec *trace.Trace
	if *recorded != "" {
		rec, err = loadRecorded(*recorded)
		if err != nil {
			fmt.Fprintln(stderr, "futurescope", err)
			return 2
		}
	} else {
		res, err := record.Run(context.Background(), record.Options{Python: *python, Script: pos[0], Args: scriptArgs,
			Stdout: out, Stderr: out, Limit: *limit})
		if err == nil {
			err = res.Err
		}
		if err != nil {
			fmt.Fprintln(stderr, "futurescope compare:", err)
			return 2
		}
		rec = compare.FromScriptStart(res.Trace)
	}
	diffs := compare.Compare(sim.Trace, rec, compare.Options{Tolerance: *tolerance})
	fmt.Fprintf(stdout, "simulated: %d events, ends at %v (%d cores)\n", sim.Trace.Len(), time.Duration(compare.End(sim.Trace)), *cores)
	fmt.Fprintf(stdout, "recorded:  %s, ends at %v\n", compare.Describe(rec), time.Duration(compare.End(rec)).Round(time.Microsecond))
	ordering := 0
	shown := map[compare.Kind]int{}
	for _, d := range diffs {
		if d.Ordering() {
			ordering++
		}
		if shown[d.Kind]++; shown[d.Kind] <= maxShown {
			fmt.Fprintln(stdout, d)
		}
	}
	for _, k := range []compare.Kind{compare.Futures, compare.Order, compare.Callback, compare.Cancel, compare.Wait, compare.Timing, compare.Ending} {
		if n := shown[k] - maxShown; n > 0 {
			fmt.Fprintf(stdout, "… and %d more differences of %s\n", n, k)
		}
	}
	if len(diffs) == 0 {
		fmt.Fprintln(stdout, "no differences: the same order of events, and every future finished within the tolerance")
	}
	if err := errors.Join(writeIf(*simTrace, sim.Trace), writeIf(*recTrace, rec), drawPair(*svgPath, *view, *lang, sim.Trace, rec)); err != nil {
		fmt.Fprintln(stderr, "futurescope compare:", err)
		return 2
	}
	if ordering > 0 {
		return 1
	}
	return 0
}

// loadRecorded reads the recorded trace at path with compare.Load, whose errors say in a learner's
// words what the file is instead (too big, checked before it is read; empty; malformed; of another
// version; a simulated trace), and returns it on the script's time.
func loadRecorded(path string) (*trace.Trace, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("compare: %v", err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		if err := compare.CheckSize(fi.Size(), path); err != nil {
			return nil, err
		}
	}
	data, err := io.ReadAll(io.LimitReader(f, compare.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("compare: %s: %v", path, err)
	}
	return compare.Load(data, path)
}

// maxShown is how many differences of one kind compare prints.
const maxShown = 20

// writeIf writes t to path when path is not empty.
func writeIf(path string, t *trace.Trace) error {
	if path == "" {
		return nil
	}
	return writeTrace(path, t)
}

// drawPair draws the simulated and the recorded run one above the other into path, if not empty.
func drawPair(path, view, lang string, sim, rec *trace.Trace) error {
	if path == "" {
		return nil
	}
	var b bytes.Buffer
	if err := svg.WriteCompared(&b, sim, rec, svg.Options{View: view, Lang: lang}); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}
