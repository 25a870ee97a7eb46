package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/render/svg"
	"github.com/futurescope/futurescope/sim/script"
	"github.com/futurescope/futurescope/sim/trace"
)

// runFlags are the flags of futurescope run.
type runFlags struct {
	trace, chrome    string
	svg, view, lang  string
	timestamps, free bool
	cores            int
	stepCost, limit  time.Duration
	switchInterval   time.Duration
	maxSteps, seed   int64
}

func (f *runFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.trace, "trace", "", "write the trace as JSON to `FILE`")
	fs.StringVar(&f.chrome, "chrome-trace", "", "write the trace as Chrome Trace Event JSON to `FILE`")
	fs.StringVar(&f.svg, "svg", "", "draw the timeline as SVG to `FILE`")
	fs.StringVar(&f.view, "view", "both", "the views --svg draws: futures, threads or both")
	fs.StringVar(&f.lang, "lang", "en", "the language --svg writes in: en or zh")
	fs.BoolVar(&f.timestamps, "timestamps", false, "prefix printed lines with virtual time and thread")
	fs.BoolVar(&f.free, "free-threaded", false, "run without a GIL")
	fs.Bool("python", true, "run on the project's own Python interpreter (the only one; kept for scripts that pass it)")
	fs.IntVar(&f.cores, "cores", 4, "simulated CPU cores")
	fs.DurationVar(&f.stepCost, "step-cost", 0, "virtual CPU time of one interpreter instruction (0: the calibrated cost, 3ns)")
	fs.DurationVar(&f.switchInterval, "switch-interval", 5*time.Millisecond, "how long a thread waits for the GIL before it asks for it (sys.getswitchinterval())")
	fs.DurationVar(&f.limit, "limit", 60*time.Second, "virtual time limit")
	fs.Int64Var(&f.maxSteps, "max-steps", 1_000_000_000, "interpreter instruction budget of the whole run")
	fs.Int64Var(&f.seed, "seed", 0, "seed of the random module")
}

// parseInterleaved parses flags that may come before or after the one positional argument.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func runCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var f runFlags
	fs := flag.NewFlagSet("futurescope run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	f.register(fs)
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return 2
	}
	if f.view != "futures" && f.view != "threads" && f.view != "both" {
		fmt.Fprintf(stderr, "futurescope run: --view: got %q, want futures, threads or both\n", f.view)
		return 2
	}
	if f.lang != "en" && f.lang != "zh" {
		fmt.Fprintf(stderr, "futurescope run: --lang: got %q, want en or zh\n", f.lang)
		return 2
	}
	if len(pos) != 1 {
		fmt.Fprintln(stderr, "usage: futurescope run [flags] FILE.py (see futurescope help)")
		return 2
	}
	name, src, err := readScript(pos[0], stdin)
	if err != nil {
		fmt.Fprintln(stderr, "futurescope run:", err)
		return 2
	}
	res := f.run(name, src, stdout, stderr)
	if err := f.export(res.Trace); err != nil {
		fmt.Fprintln(stderr, "futurescope run:", err)
		return 1
	}
	return res.ExitCode
}

// run runs the script with the flags' options.
func (f *runFlags) run(name string, src []byte, stdout, stderr io.Writer) *script.Result {
	return script.Run(script.Options{
		Filename: name, Source: src, Stdout: stdout, Stderr: stderr,
		Cores: f.cores, FreeThreaded: f.free, TimeLimit: f.limit, StepCost: f.stepCost, SwitchInterval: f.switchInterval,
		MaxSteps: f.maxSteps, Timestamps: f.timestamps, Seed: f.seed,
	})
}

func readScript(path string, stdin io.Reader) (string, []byte, error) {
	if path == "-" {
		src, err := io.ReadAll(stdin)
		return "<stdin>", src, err
	}
	src, err := os.ReadFile(path)
	return path, src, err
}

// export writes the trace files the flags ask for.
func (f *runFlags) export(t *trace.Trace) error {
	write := func(path string, enc func(io.Writer, *trace.Trace) error) error {
		if path == "" {
			return nil
		}
		out, err := os.Create(path)
		if err != nil {
			return err
		}
		return errors.Join(enc(out, t), out.Close())
	}
	return errors.Join(write(f.trace, trace.Encode), write(f.chrome, trace.WriteChrome), write(f.svg, f.drawSVG))
}

// drawSVG lays t out in the language --lang chose and draws the views --view chose.
func (f *runFlags) drawSVG(w io.Writer, t *trace.Trace) error {
	return svg.Write(w, layout.BuildWith(t, layout.BuildOptions{Lang: f.lang}), svg.Options{View: f.view})
}
