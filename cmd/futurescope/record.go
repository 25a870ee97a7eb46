package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/futurescope/futurescope/compare"
	"github.com/futurescope/futurescope/record"
	"github.com/futurescope/futurescope/sim/trace"
)

const recordUsage = `usage: futurescope record [--python PATH] [-o TRACE.json] [--limit D] [--svg FILE] FILE.py [-- ARGS...]

Runs FILE.py under a real CPython (python3, or --python PATH; 3.9 to 3.13) with futurescope's recorder,
and writes what its futures, threads and processes did to TRACE.json (default trace.json), in the
same JSON form as futurescope run --trace, on real time. The script's output and exit status are its
own. A script still running after --limit (default 60s) is stopped and the trace written up to then.
--svg FILE draws the recorded run (--view and --lang as for run); futurescope compare draws it beside
the simulation.
The same recorder runs without futurescope: python3 -m futurescope_record (record/futurescope_record).
`

// recordCommand is futurescope record.
func recordCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("futurescope record", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, recordUsage) }
	python := fs.String("python", "python3", "the CPython to record under")
	out := fs.String("o", "trace.json", "write the recorded trace to `FILE`")
	limit := fs.Duration("limit", record.DefaultLimit, "stop a script still running after `D`")
	svgPath := fs.String("svg", "", "draw the recorded run as SVG to `FILE`")
	view := fs.String("view", "both", "what --svg draws: futures, threads or both")
	lang := fs.String("lang", "en", "the language --svg writes in: en or zh")
	pos, scriptArgs, err := parseWithArgs(fs, args)
	if err != nil {
		return 2
	}
	if len(pos) != 1 {
		fmt.Fprint(stderr, recordUsage)
		return 2
	}
	res, err := record.Run(context.Background(), record.Options{Python: *python, Script: pos[0], Args: scriptArgs,
		Stdin: stdin, Stdout: stdout, Stderr: stderr, Limit: *limit})
	if err != nil {
		fmt.Fprintln(stderr, "futurescope record:", err)
		return 2
	}
	if res.Err != nil {
		fmt.Fprintln(stderr, "futurescope record:", res.Err)
		return max(res.ExitCode, 1)
	}
	if err := writeTrace(*out, res.Trace); err != nil {
		fmt.Fprintln(stderr, "futurescope record:", err)
		return max(res.ExitCode, 1)
	}
	fmt.Fprintf(stderr, "futurescope record: wrote %s: %s\n", *out, compare.Describe(res.Trace))
	if *svgPath != "" {
		f := &runFlags{view: *view, lang: *lang}
		if err := writeWith(*svgPath, compare.FromScriptStart(res.Trace), f.drawSVG); err != nil {
			fmt.Fprintln(stderr, "futurescope record:", err)
			return max(res.ExitCode, 1)
		}
	}
	return res.ExitCode
}

// writeTrace writes t as JSON to path.
func writeTrace(path string, t *trace.Trace) error { return writeWith(path, t, trace.Encode) }

// writeWith writes t to path with enc.
func writeWith(path string, t *trace.Trace, enc func(io.Writer, *trace.Trace) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := enc(f, t); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// parseWithArgs parses flags before and after the script, up to "--"; what follows "--" is the
// script's own arguments.
func parseWithArgs(fs *flag.FlagSet, args []string) (pos, rest []string, err error) {
	for i, a := range args {
		if a == "--" {
			args, rest = args[:i], args[i+1:]
			break
		}
	}
	pos, err = parseInterleaved(fs, args)
	return pos, rest, err
}
