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

// Details returns the lines of the detail panel: what the selection is (for a future, its call,
// executor, worker, times, outcome, state at the playhead and the script line that made it), or,
// with nothing selected, what happened at the playhead. src is the script's lines, or nil.
func Details(s *State, src []string) []Line {
	sel := s.Selected
	if sel.IsZero() {
		return playheadLines(s)
	}
	var out []Line
	if f := sel.Future(); f > 0 {
		out = futureLines(s, f, src)
	} else if l, ok := sel.LaneInfo(); ok {
		out = []Line{{l.Label, Title}, {l.Detail, Plain}}
	}
	if sel.Shape != nil {
		tone := Plain
		switch sel.Shape.Style {
		case layout.Exception, layout.TimedOut, layout.Failed, layout.Broken, layout.Deadlocked, layout.LimitHit:
			tone = Alert
		}
		look := sel.Shape.Style.Look()
		if len(out) == 0 {
			out = append(out, Line{look.Name, Title})
		}
		out = append(out, Line{"selected: " + sel.Shape.Detail, tone}, Line{look.Name + ": " + look.Meaning, Muted})
		if e, ok := EventBySeq(s.Trace, sel.Shape.Seq); ok && e.Line > 0 && sel.Future() == 0 {
			out = append(out, sourceLine(e.Line, src))
		}
	}
	return out
}

// futureLines describes future id.
func futureLines(s *State, id int, src []string) []Line {
	info, lane := futureInfo(s, id)
	out := []Line{{lane.Label, Title}, {lane.Detail, Plain}}
	facts := "function " + info.Function + ", arguments " + info.Args
	if info.Worker != 0 {
		facts += "; ran on " + workerName(s.Scene, info.Worker)
	}
	out = append(out, Line{facts, Plain}, Line{lifeText(info), Muted})
	switch info.Outcome {
	case "result":
		out = append(out, Line{"returned " + info.Value, Plain})
	case "exception":
		out = append(out, Line{"raised " + info.Value + " (result() raises it again)", Alert})
	case "cancelled":
		out = append(out, Line{"cancelled: result() raises CancelledError", Plain})
	default:
		out = append(out, Line{"not done when the run ended", Muted})
	}
	out = append(out, Line{stateText(s, lane.Future), Plain})
	if info.Line > 0 {
		out = append(out, sourceLine(info.Line, src))
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
func lifeText(f trace.FutureInfo) string {
	var parts []string
	add := func(name string, t int64) {
		if t >= 0 {
			parts = append(parts, name+" "+at(t))
		}
	}
	add("created", f.Created)
	add("RUNNING from", f.Running)
	if f.Started >= 0 && f.Stopped >= 0 {
		parts = append(parts, "executed "+at(f.Started)+" to "+at(f.Stopped)+" ("+layout.FormatDuration(f.Stopped-f.Started)+")")
	} else {
		add("started", f.Started)
	}
	add("done", f.Ended)
	return strings.Join(parts, " · ")
}

// stateText writes what future id's methods return at the playhead.
func stateText(s *State, id int) string {
	for _, fs := range s.Scene.StateAt(s.Playhead) {
		if fs.Future == id {
			return "at the playhead (" + at(s.Playhead) + "): " + fs.State.String() + "; running() " + py(fs.Running) +
				", done() " + py(fs.Done) + ", cancelled() " + py(fs.Cancelled)
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
func sourceLine(n int, src []string) Line {
	text := "line " + strconv.Itoa(n)
	if n >= 1 && n <= len(src) {
		text += ":  " + strings.TrimSpace(src[n-1])
	}
	return Line{text, Code}
}

// playheadLines lists the events at the playhead, or a hint when there are none.
func playheadLines(s *State) []Line {
	out := []Line{{"at " + at(s.Playhead), Title}}
	n := 0
	for _, e := range EventsAt(s.Trace, s.Playhead) {
		d := Describe(e)
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
		out = append(out, Line{"no event here: → and ← step from event to event", Muted})
	}
	return append(out, Line{"click a bar, marker, rule or lane label to see its details; ? for help", Muted})
}
