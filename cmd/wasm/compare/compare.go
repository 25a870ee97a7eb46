package main

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/futurescope/futurescope/cmd/wasm/internal/browserrun"
	"github.com/futurescope/futurescope/compare"
	"github.com/futurescope/futurescope/render/svg"
	script "github.com/futurescope/futurescope/sim/script"
)

// drawEvents is the most events the two runs may have between them to be drawn: a bigger picture is
// too big for the page (futurescope compare --svg draws it).
const drawEvents = 50_000

// Options are the settings of the simulated run, as the page sends them: runner.wasm's run options
// (browserrun.Options, whose limits and defaults the runner shares, so a script compared runs as the
// learner's Run runs it), and Yield, called where the run checks for cancelling; in the browser it
// lets the worker's event loop run now and then.
type Options struct {
	browserrun.Options
	Yield func()
}

// A Result is what the page shows of a recorded run beside the simulation of the editor's script:
// both drawn on one time axis, the differences that matter and their causes.
type Result struct {
	// SVG draws the simulated run above the recorded one on one time axis (render/svg's WritePair);
	// "" when the two runs have more than drawEvents events between them.
	SVG string
	// Simulated and Recorded say in one line what each run was.
	Simulated, Recorded string
	// Verdict sums the differences up in a sentence (compare.Verdict).
	Verdict string
	// Diffs are the differences, in compare.Compare's order.
	Diffs []Diff
	// Ordering counts the differences in the order of events (compare.Difference.Ordering).
	Ordering int
	// Error is the simulated run's failure in one line, "" when it ran to its end.
	Error string
}

// A Diff is one difference as the page lists it (see compare.Difference).
type Diff struct {
	Kind, What, Simulated, Recorded, Cause string
	Tie, Ordering                          bool
}

// compareRecorded simulates source and compares it with the recorded trace in data (a file the
// learner chose, named name). A file that is too large, malformed, of another version or not a
// recording is an error that says so ("compare: NAME …"), returned before anything is simulated.
func compareRecorded(source string, data []byte, name string, opts Options) (*Result, error) {
	rec, err := compare.Load(data, name)
	if err != nil {
		return nil, err
	}
	opts.Options = opts.WithDefaults()
	var out bytes.Buffer
	so := opts.Script(source, &out, &out)
	so.Yield = opts.Yield
	res := script.Run(so)
	r := &Result{Recorded: compare.Describe(rec)}
	if res.Report != nil {
		r.Error = res.Report.Message
	}
	r.Simulated = fmt.Sprintf("%d events on %d simulated cores, ending at %v", res.Trace.Len(), opts.Cores,
		time.Duration(compare.End(res.Trace)).Round(time.Microsecond))
	diffs := compare.Compare(res.Trace, rec, compare.Options{})
	r.Verdict = compare.Verdict(diffs)
	for _, d := range diffs {
		if d.Ordering() {
			r.Ordering++
		}
		r.Diffs = append(r.Diffs, Diff{Kind: string(d.Kind), What: d.What, Simulated: d.Simulated, Recorded: d.Recorded,
			Cause: d.Cause, Tie: d.Tie, Ordering: d.Ordering()})
	}
	if res.Trace.Len()+rec.Len() > drawEvents {
		return r, nil
	}
	var b strings.Builder
	if err := svg.WriteCompared(&b, res.Trace, rec, svg.Options{Lang: opts.Lang}); err != nil {
		return nil, fmt.Errorf("compare: drawing both runs: %v", err)
	}
	r.SVG = b.String()
	return r, nil
}
