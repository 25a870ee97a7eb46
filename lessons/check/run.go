package check

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/futurescope/futurescope/lessons"
	"github.com/futurescope/futurescope/lessons/reveal"
	"github.com/futurescope/futurescope/sim/script"
	"github.com/futurescope/futurescope/sim/trace"
)

// An outcome is what checking one distinct script found.
type outcome struct {
	name  string // "03-callbacks-2"
	block lessons.Block

	virtual time.Duration
	problem string
	updated bool
}

// check runs the script, checks how it ended and compares its output with the golden file.
func (o *outcome) check(opts Options) {
	out, err, res := runScript(o.name+".py", o.block)
	if res.Trace != nil {
		o.virtual = time.Duration(res.Trace.End())
	}
	problems := []string{
		ending(o.block.Options.ExpectError, res, err),
		o.golden(opts, goldenText(out, err, res.Trace)),
		revealPoints(o.block, res.Trace),
	}
	o.problem = strings.Join(nonEmpty(problems), "\n")
}

// runScript runs block b's code as the file name and returns what it printed and its result.
func runScript(name string, b lessons.Block) (stdout, stderr string, res *script.Result) {
	var out, errOut bytes.Buffer
	res = script.Run(script.Options{
		Filename: name, Source: []byte(b.Code), Stdout: &out, Stderr: &errOut,
		Cores: b.Options.Cores, FreeThreaded: b.Options.FreeThreaded,
	})
	return out.String(), errOut.String(), res
}

// ending checks that a run ended as expect-error=want says ("" for no error), and says how not, from
// the run's report.
func ending(want string, res *script.Result, stderr string) string {
	last := lastLine(stderr)
	rep := res.Report
	switch {
	case want == "" && rep != nil:
		return "the script failed (add expect-error=… if it should):\n" + tail(stderr, 4)
	case want == "":
	case rep == nil:
		return fmt.Sprintf("expect-error=%s, but the script succeeded", want)
	case want == "deadlock" && rep.Kind != script.KindDeadlock:
		return "expect-error=deadlock, but the script failed otherwise:\n" + tail(stderr, 4)
	case want == "limit" && rep.Kind != script.KindLimit:
		return "expect-error=limit, but the script failed otherwise:\n" + tail(stderr, 4)
	case want != "deadlock" && want != "limit" && !strings.HasPrefix(last, want):
		return fmt.Sprintf("expect-error=%s, but the last line of stderr is %q", want, last)
	}
	return ""
}

// goldenText is a run's golden file: its stdout, its stderr and its trace, each in a section.
func goldenText(stdout, stderr string, t *trace.Trace) []byte {
	var b bytes.Buffer
	for _, s := range [][2]string{{"stdout", stdout}, {"stderr", stderr}} {
		fmt.Fprintf(&b, "-- %s --\n%s", s[0], s[1])
		if s[1] != "" && !strings.HasSuffix(s[1], "\n") {
			b.WriteString("\n")
		}
	}
	b.WriteString("-- trace --\n")
	if t != nil {
		trace.WriteText(&b, t)
	}
	return b.Bytes()
}

// revealPoints checks that each question of a predict block is about an event its run has, in the
// run's order, and that no question is asked after an event that gives its answer away
// (reveal.GiveAways).
func revealPoints(b lessons.Block, t *trace.Trace) string {
	if b.Prediction == nil || t == nil {
		return ""
	}
	points, err := reveal.Points(t, b.Prediction)
	if err != nil {
		return "predict: " + err.Error()
	}
	var problems []string
	for _, g := range reveal.GiveAways(t, b.Prediction, points) {
		problems = append(problems, "predict: "+g)
	}
	return strings.Join(problems, "\n")
}

// lastLine returns the last non-blank line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n "), "\n")
	return lines[len(lines)-1]
}

// tail returns the last n lines of s, each indented.
func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	lines = lines[max(0, len(lines)-n):]
	return "  " + strings.Join(lines, "\n  ")
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
