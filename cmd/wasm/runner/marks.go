package main

import (
	script "github.com/futurescope/futurescope/sim/script"
)

// A Mark is a span of the script to mark in the editor, with what to say there.
type Mark struct {
	// Line is 1-based; Col, EndLine and EndCol narrow the mark to a span (columns 1-based, in
	// characters, EndCol one past the span) and are 0 when only the line is known.
	Line, Col, EndLine, EndCol int
	Message                    string
}

// summary says in one line why a run failed, and where in the script: the marks come from the run's
// report (sim/script's Report), innermost or most telling first. A limit or a cancel marks the line
// running when it hit (for the CPU budget, the line of the loop that did not end), then each other
// line a thread was on.
func summary(r *script.Report, filename string) (string, []Mark) {
	switch r.Kind {
	case script.KindSyntax, script.KindException, script.KindExit:
		return r.Message, exceptionMarks(r, filename)
	case script.KindDeadlock, script.KindLimit, script.KindCancelled:
		var marks []Mark
		if r.Kind != script.KindDeadlock && r.Line > 0 {
			marks = append(marks, Mark{Line: r.Line, Message: r.Message})
		}
		for _, m := range threadMarks(r.Threads) {
			if len(marks) == 0 || m.Line != marks[0].Line {
				marks = append(marks, m)
			}
		}
		return r.Message, marks
	}
	return r.Message, nil
}

// exceptionMarks marks the innermost frame in the script of the exception that ended the run, with
// the traceback's last line; then, for a chain, the innermost frame in the script of each earlier
// exception (its cause or context), with its own.
func exceptionMarks(r *script.Report, filename string) []Mark {
	var marks []Mark
	for i := len(r.Exceptions) - 1; i >= 0; i-- {
		ex := r.Exceptions[i]
		for j := len(ex.Frames) - 1; j >= 0; j-- {
			if f := ex.Frames[j]; f.File == filename && f.Line > 0 {
				msg := ex.Type
				if ex.Message != "" {
					msg += ": " + ex.Message
				}
				if i == len(r.Exceptions)-1 {
					msg = r.Message
				}
				marks = append(marks, Mark{Line: f.Line, Col: f.Col, EndLine: f.EndLine, EndCol: f.EndCol, Message: msg})
				break
			}
		}
	}
	if len(marks) == 0 && r.Line > 0 {
		marks = append(marks, Mark{Line: r.Line, Message: r.Message})
	}
	return marks
}

// threadMarks marks the line each thread was on, with what it was doing.
func threadMarks(threads []script.ThreadReport) []Mark {
	var marks []Mark
	for _, th := range threads {
		if th.Line > 0 {
			who := th.Name
			if th.Process != "MainProcess" {
				who += " (" + th.Process + ")"
			}
			marks = append(marks, Mark{Line: th.Line, Message: who + " " + th.State})
		}
	}
	return marks
}
