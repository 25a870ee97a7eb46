package viewstate

import (
	"strconv"
	"strings"

	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/sim/trace"
)

// A Tone is how a line of the detail panel is drawn.
type Tone uint8

// The tones.
const (
	Plain Tone = iota // ordinary text
	Title             // the first line: what is selected
	Muted             // hints and secondary facts
	Code              // a line of the script
	Alert             // an exception, a timeout, an uncaught error
)

// A Line is one line of the detail panel.
type Line struct {
	Text string
	Tone Tone
}

// maxEventLines is how many events at the playhead the panel lists when nothing is selected.
const maxEventLines = 4

// Details returns the lines of the detail panel in English (see Words.Details).
func Details(s *State, src []string) []Line { return english.Details(s, src) }

// Details returns the lines of the detail panel: what the selection is (for a future, its call,
// executor, worker, times, outcome, state at the playhead and the script line that made it), or,
// with nothing selected, what happened at the playhead. src is the script's lines, or nil.
func (w *Words) Details(s *State, src []string) []Line {
	sel := s.Selected
	if sel.IsZero() {
		return w.playheadLines(s)
	}
	var out []Line
	if f := sel.Future(); f > 0 {
		out = w.futureLines(s, f, src)
	} else if l, ok := sel.LaneInfo(); ok {
		out = []Line{{l.Label, Title}, {l.Detail, Plain}}
	}
	if sel.Shape != nil {
		tone := Plain
		switch sel.Shape.Style {
		case layout.Exception, layout.TimedOut, layout.Failed, layout.Broken, layout.Deadlocked, layout.LimitHit:
			tone = Alert
		}
		name, meaning := w.Look(sel.Shape.Style)
		if len(out) == 0 {
			out = append(out, Line{name, Title})
		}
		out = append(out, Line{w.Selected + sel.Shape.Detail, tone}, Line{name + ": " + meaning, Muted})
		if e, ok := EventBySeq(s.Trace, sel.Shape.Seq); ok && e.Line > 0 && sel.Future() == 0 {
			out = append(out, w.sourceLine(e.Line, src))
		}
	}
	return out
}

// futureLines describes future id.
func (w *Words) futureLines(s *State, id int, src []string) []Line {
	info, lane := futureInfo(s, id)
	out := []Line{{lane.Label, Title}, {lane.Detail, Plain}}
	facts := Format(w.Facts, "function", info.Function, "args", info.Args)
	if info.Worker != 0 {
		facts += Format(w.RanOn, "worker", workerName(s.Scene, info.Worker))
	}
	out = append(out, Line{facts, Plain}, Line{w.lifeText(info), Muted})
	switch info.Outcome {
	case "result":
		out = append(out, Line{Format(w.Returned, "value", info.Value), Plain})
	case "exception":
		out = append(out, Line{Format(w.Raised, "value", info.Value), Alert})
	case "cancelled":
		out = append(out, Line{w.CancelledOutcome, Plain})
	default:
		out = append(out, Line{w.NotDone, Muted})
	}
	out = append(out, Line{w.stateText(s, lane.Future), Plain})
	if info.Line > 0 {
		out = append(out, w.sourceLine(info.Line, src))
	}
	return out
}

// futureInfo returns what the trace says about future id and its lane in the futures view.
func futureInfo(s *State, id int) (trace.FutureInfo, layout.Lane) {
	var lane layout.Lane
	for _, l := range s.Scene.Futures.Lanes {
		if l.Future == id {
			lane = l
			break
		}
	}
	for _, f := range s.futures() {
		if f.ID == id {
			return f, lane
		}
	}
	return trace.FutureInfo{ID: id}, lane
}

// lifeText writes a future's times: "created 0 s · RUNNING 0.1 s · executed 0.1 s to 0.3 s · done 0.3 s".
func (w *Words) lifeText(f trace.FutureInfo) string {
	var parts []string
	add := func(tmpl string, t int64) {
		if t >= 0 {
			parts = append(parts, Format(tmpl, "at", at(t)))
		}
	}
	add(w.Created, f.Created)
	add(w.RunningFrom, f.Running)
	if f.Started >= 0 && f.Stopped >= 0 {
		parts = append(parts, Format(w.Executed, "from", at(f.Started), "to", at(f.Stopped), "took", layout.FormatDuration(f.Stopped-f.Started)))
	} else {
		add(w.Started, f.Started)
	}
	add(w.Done, f.Ended)
	return strings.Join(parts, " · ")
}

// stateText writes what future id's methods return at the playhead.
func (w *Words) stateText(s *State, id int) string {
	for i, l := range s.Scene.Futures.Lanes {
		if l.Future == id {
			fs := s.Scene.LaneStateAt(i, s.Playhead)
			return Format(w.AtPlayhead, "at", at(s.Playhead), "state", fs.State.String(), "running", py(fs.Running),
				"done", py(fs.Done), "cancelled", py(fs.Cancelled))
		}
	}
	return ""
}

// py writes a bool as Python does.
func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// workerName names the worker thread th as the futures view does.
func workerName(s *layout.Scene, th int) string {
	for _, w := range s.Workers {
		if w.Thread == th {
			return w.Name + " (T" + strconv.Itoa(th) + ")"
		}
	}
	return "T" + strconv.Itoa(th)
}

// sourceLine quotes line n of the script.
func (w *Words) sourceLine(n int, src []string) Line {
	if n >= 1 && n <= len(src) {
		return Line{Format(w.LineCode, "n", strconv.Itoa(n), "code", strings.TrimSpace(src[n-1])), Code}
	}
	return Line{Format(w.Line, "n", strconv.Itoa(n)), Code}
}

// playheadLines lists the events at the playhead, or a hint when there are none.
func (w *Words) playheadLines(s *State) []Line {
	out := []Line{{Format(w.At, "at", at(s.Playhead)), Title}}
	n := 0
	for _, e := range EventsAt(s.Trace, s.Playhead) {
		d := w.Describe(e)
		if d == "" {
			continue
		}
		if n == maxEventLines {
			out = append(out, Line{"…", Muted})
			break
		}
		out = append(out, Line{d, Plain})
		n++
	}
	if n == 0 {
		out = append(out, Line{w.NoEvent, Muted})
	}
	return append(out, Line{w.ClickHint, Muted})
}
