package compare

import (
	"fmt"
	"strings"
)

// Verdict sums up diffs in one sentence for the head of a difference list: whether the order of
// events agrees (the differences that count, Difference.Ordering), and how many differences of
// timing and ties there are besides.
func Verdict(diffs []Difference) string {
	var order, timing, ties int
	for _, d := range diffs {
		switch {
		case d.Ordering():
			order++
		case d.Tie:
			ties++
		default:
			timing++
		}
	}
	var s string
	switch order {
	case 0:
		s = "The order of events agrees with CPython"
	case 1:
		s = "1 difference in the order of events"
	default:
		s = fmt.Sprintf("%d differences in the order of events", order)
	}
	var more []string
	if ties > 0 {
		more = append(more, plural(ties, "tie", "ties")+" the simulation broke its own way")
	}
	if timing > 0 {
		more = append(more, plural(timing, "finishing time", "finishing times")+" off by more than the tolerance")
	}
	switch {
	case len(more) > 0 && order == 0:
		s += "; " + strings.Join(more, " and ")
	case len(more) > 0:
		s += ", and " + strings.Join(more, " and ")
	case order == 0:
		s += ", and every future finished within the tolerance"
	}
	return s + "."
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// A Line is one line of a difference list as a front end writes it: the difference, or the cause
// beneath it.
type Line struct {
	// Text is the line's words.
	Text string
	// Cause says the line explains the difference above it (drawn indented, quieter).
	Cause bool
	// Ordering says the line is a difference in the order of events (Difference.Ordering), drawn so
	// that it stands out.
	Ordering bool
}

// Lines lays diffs out as lines for a list at most limit lines long (0: no limit): each difference,
// then its cause, in Compare's order; when they do not fit, the last line says how many were left
// out. The causes of the differences shown are kept with them.
func Lines(diffs []Difference, limit int) []Line {
	var out []Line
	for i, d := range diffs {
		n := 1
		if d.Cause != "" {
			n = 2
		}
		if limit > 0 && (len(out)+n > limit || len(out)+n > limit-1 && i < len(diffs)-1) {
			out = append(out, Line{Text: "… and " + plural(len(diffs)-i, "more difference", "more differences"), Cause: true})
			break
		}
		head := d
		head.Cause = ""
		out = append(out, Line{Text: head.String(), Ordering: d.Ordering()})
		if d.Cause != "" {
			out = append(out, Line{Text: "why: " + d.Cause, Cause: true})
		}
	}
	return out
}
