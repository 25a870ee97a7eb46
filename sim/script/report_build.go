package script

import (
	"errors"
	"strings"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/python/syntax"
	"github.com/futurescope/futurescope/sim"
)

// syntaxReport is the report of a script that did not compile.
func syntaxReport(filename string, err error, ce *Error) *Report {
	r := &Report{Kind: KindSyntax, Message: ce.Msg, Text: ce.Traceback, Line: ce.Line}
	ex := ExceptionReport{Type: "SyntaxError", Message: ce.Msg}
	var se *syntax.Error
	if errors.As(err, &se) {
		ex.Type, ex.Message = se.Kind, se.Msg
		ex.Frames = []Frame{{File: filename, Func: "<module>", Line: se.Line, Col: se.Col, EndLine: se.EndLine, EndCol: se.EndCol}}
	}
	r.Exceptions = []ExceptionReport{ex}
	return r
}

// exceptionReport is the report of an exception the main thread did not catch: its chain in the
// order FormatException prints it.
func (rt *runtime) exceptionReport(t *py.Thread, e *py.Exception, text string) *Report {
	var chain []ExceptionReport
	seen := map[*py.Exception]bool{}
	var walk func(e *py.Exception, link string)
	walk = func(e *py.Exception, link string) {
		seen[e] = true
		if c, ok := e.Cause.(*py.Exception); ok && !seen[c] {
			walk(c, LinkCause)
		} else if c, ok := e.Context.(*py.Exception); ok && !e.SuppressContext && !seen[c] {
			walk(c, LinkContext)
		}
		chain = append(chain, rt.exceptionOf(t, e, link))
	}
	walk(e, "")
	last := chain[len(chain)-1]
	r := &Report{Kind: KindException, Message: joinType(last.Type, last.Message), Text: text, Exceptions: chain}
	for i := len(last.Frames) - 1; i >= 0; i-- {
		if f := last.Frames[i]; f.File == rt.opts.Filename {
			r.Line = f.Line
			break
		}
	}
	return r
}

// exceptionOf is one exception of a chain; link says how the next one relates to it.
func (rt *runtime) exceptionOf(t *py.Thread, e *py.Exception, link string) ExceptionReport {
	typ := excTypeName(e.Type())
	msg := strings.TrimPrefix(strings.TrimPrefix(t.ExceptionLine(e), typ), ": ")
	ex := ExceptionReport{Type: typ, Message: msg, Link: link}
	src := rt.sourceLines()
	for _, f := range e.Frames() {
		p := f.Pos
		fr := Frame{File: f.Filename, Func: f.Name, Line: int(p.Line), EndLine: int(p.EndLine)}
		var first, last string
		if f.Filename == rt.opts.Filename {
			first, last = lineOf(src, fr.Line), lineOf(src, fr.EndLine)
		}
		if p.Line > 0 {
			fr.Col = charCol(first, int(p.Col))
		}
		if p.EndLine > 0 {
			fr.EndCol = charCol(last, int(p.EndCol))
		}
		ex.Frames = append(ex.Frames, fr)
	}
	return ex
}

// excTypeName is a class as a traceback's last line names it.
func excTypeName(t *py.Type) string {
	name := t.Qual
	if name == "" {
		name = t.Name
	}
	if t.Module != "" && t.Module != "builtins" && t.Module != "__main__" {
		name = t.Module + "." + name
	}
	return name
}

func joinType(typ, msg string) string {
	if msg == "" {
		return typ
	}
	return typ + ": " + msg
}

// sourceLines is the script's text split in lines.
func (rt *runtime) sourceLines() []string {
	if rt.lines == nil {
		rt.lines = strings.Split(string(rt.opts.Source), "\n")
	}
	return rt.lines
}

func lineOf(lines []string, n int) string {
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// charCol turns a 0-based byte offset in line into a 1-based character column; without the line's
// text it counts bytes.
func charCol(line string, off int) int {
	if off < 0 {
		return 0
	}
	if line == "" || off > len(line) {
		return off + 1
	}
	return len([]rune(line[:off])) + 1
}

// failureReport is the report of a run the simulator ended: a deadlock, a limit, a cancel.
func (rt *runtime) failureReport(err error, text string) *Report {
	r := &Report{Text: text, Time: rt.k.Now()}
	var dead *sim.DeadlockError
	var lim *sim.LimitError
	var states []sim.ThreadState
	switch {
	case errors.As(err, &dead):
		r.Kind, r.Time = KindDeadlock, dead.Time
		r.Message = firstLine(dead.Error())
		states = dead.Threads
	case errors.As(err, &lim):
		r.Kind, r.Limit = KindLimit, lim.Limit
		if lim.Limit == limitCancelled {
			r.Kind, r.Limit = KindCancelled, ""
		}
		r.Message = firstLine(lim.Msg)
		states = lim.Threads
	default:
		r.Kind, r.Message = KindInternal, firstLine(err.Error())
	}
	r.Threads = rt.threadReports(states)
	r.Line = rt.stopLine
	if r.Line == 0 {
		for _, tr := range r.Threads {
			if tr.Name == "MainThread" && tr.Process == "MainProcess" {
				r.Line = tr.Line
			}
		}
	}
	return r
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// threadReports lists the Python threads of states (what the simulator's live threads were doing),
// in the order they started, each with what it was doing; the simulator's own threads are left out.
func (rt *runtime) threadReports(states []sim.ThreadState) []ThreadReport {
	ids := make(map[int]bool, len(rt.threads))
	for st := range rt.threads {
		ids[st.ID()] = true
	}
	out := make([]ThreadReport, 0, len(states))
	for _, s := range states {
		if ids[s.Thread] {
			out = append(out, ThreadReport{Name: s.Name, Process: s.ProcessName, Line: s.Line, State: s.Doing})
		}
	}
	return out
}
