package main

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/futurescope/futurescope/sim"
	"github.com/futurescope/futurescope/sim/dialect"
)

// A Mark is a line of the script to mark in the editor, with what to say there.
type Mark struct {
	Line, Col int // 1-based; Col is 0 when only the line is known
	Message   string
}

var (
	// frameLine matches a traceback frame of the script: `  File "script.py", line 7, in f`.
	frameLine = regexp.MustCompile(`^\s*File "(.*)", line (\d+), in `)
	// threadLine matches a thread of a deadlock or limit report: `  MainThread [line 10] waits in …`.
	threadLine = regexp.MustCompile(`^\s*(\S+) \[line (\d+)\] (.*)$`)
)

// summary says in one line why a run failed, and where in the script.
func summary(err error, filename string) (string, []Mark) {
	var ce *script.Error
	var se *script.ScriptError
	var dead *sim.DeadlockError
	var lim *sim.LimitError
	switch {
	case errors.As(err, &ce):
		return ce.Msg, []Mark{{Line: ce.Line, Col: ce.Col, Message: ce.Msg}}
	case errors.As(err, &se):
		return se.Last, tracebackMarks(se.Traceback, se.Last, filename)
	case errors.As(err, &dead):
		return "deadlock: no thread can run and no timer is pending", threadMarks(dead.Blocked)
	case errors.As(err, &lim):
		first, rest, _ := strings.Cut(lim.Msg, "\n")
		return first, threadMarks(strings.Split(rest, "\n"))
	}
	first, _, _ := strings.Cut(err.Error(), "\n")
	return first, nil
}

// tracebackMarks marks the innermost frame of the script in a Python traceback with the exception.
func tracebackMarks(tb, last, filename string) []Mark {
	lines := strings.Split(tb, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		m := frameLine.FindStringSubmatch(lines[i])
		if m != nil && m[1] == filename {
			n, _ := strconv.Atoi(m[2])
			return []Mark{{Line: n, Message: last}}
		}
	}
	return nil
}

// threadMarks marks the line each thread of a report was on, with what it was doing.
func threadMarks(report []string) []Mark {
	var marks []Mark
	for _, l := range report {
		if m := threadLine.FindStringSubmatch(l); m != nil {
			n, _ := strconv.Atoi(m[2])
			marks = append(marks, Mark{Line: n, Message: m[1] + " " + m[3]})
		}
	}
	return marks
}
