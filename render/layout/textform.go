package layout

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteText writes s in a compact text form, one lane or shape a line, for golden tests and diffs:
//
//	scene "lesson.py" end=0.500180
//	overlay line wait-returned 0.500120 T1 #41 label="wait: ALL_COMPLETED" detail="…"
//	view futures
//	lane 0 future f1 "f1 square(2)" detail="…"
//	  span running 0.000080-0.500100 y=0.24-0.70 w1 f1 T2 #19 label="ThreadPoolExecutor-0_0" detail="…"
//
// Times are seconds with six decimals, nine when not a whole microsecond; "+open" follows the end of a
// span that never ended.
func (s *Scene) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "scene %s end=%s", strconv.Quote(s.Title), secs(s.End))
	if s.Outcome != "" {
		fmt.Fprintf(bw, " outcome=%s", strconv.Quote(s.Outcome))
	}
	bw.WriteByte('\n')
	for i := range s.Overlays {
		bw.WriteString("overlay " + s.Overlays[i].text() + "\n")
	}
	for _, v := range []*View{&s.Futures, &s.Threads} {
		fmt.Fprintf(bw, "view %s\n", v.Name)
		for i, l := range v.Lanes {
			fmt.Fprintf(bw, "lane %d %s%s %s detail=%s\n", i, laneKinds[l.Kind], l.ids(), strconv.Quote(l.Label), strconv.Quote(l.Detail))
			for _, sh := range v.Lane(i) {
				bw.WriteString("  " + sh.text() + "\n")
			}
		}
	}
	return bw.Flush()
}

var laneKinds = [...]string{FutureLane: "future", ProcessLane: "process", ThreadLane: "thread"}

// ids writes a lane's ids: " f3", " T2/P1", " P2", and " w1" for a worker.
func (l Lane) ids() string {
	var b strings.Builder
	switch l.Kind {
	case FutureLane:
		fmt.Fprintf(&b, " f%d", l.Future)
	case ThreadLane:
		fmt.Fprintf(&b, " T%d/P%d", l.Thread, l.Process)
	case ProcessLane:
		fmt.Fprintf(&b, " P%d", l.Process)
	}
	if l.Worker > 0 {
		fmt.Fprintf(&b, " w%d", l.Worker)
	}
	return b.String()
}

// text writes one shape as WriteText does, without the indent.
func (sh *Shape) text() string {
	var b strings.Builder
	b.WriteString(sh.Kind.String() + " " + sh.Style.Key() + " " + secs(sh.T0))
	if sh.T1 != sh.T0 || sh.Open {
		b.WriteString("-" + secs(sh.T1))
	}
	if sh.Open {
		b.WriteString("+open")
	}
	if sh.Lane >= 0 {
		fmt.Fprintf(&b, " y=%.2f-%.2f", sh.Y0, sh.Y1)
	}
	if sh.Worker > 0 {
		fmt.Fprintf(&b, " w%d", sh.Worker)
	}
	if sh.Nudge > 0 {
		fmt.Fprintf(&b, " nudge=%d", sh.Nudge)
	}
	if sh.Future > 0 {
		fmt.Fprintf(&b, " f%d", sh.Future)
	}
	if sh.Thread > 0 {
		fmt.Fprintf(&b, " T%d", sh.Thread)
	}
	if sh.Seq >= 0 {
		fmt.Fprintf(&b, " #%d", sh.Seq)
	}
	if sh.Label != "" {
		b.WriteString(" label=" + strconv.Quote(sh.Label))
	}
	b.WriteString(" detail=" + strconv.Quote(sh.Detail))
	return b.String()
}

// secs writes ns as seconds with six decimals, or nine when ns is not a whole microsecond.
func secs(ns int64) string {
	sign := ""
	if ns < 0 {
		sign, ns = "-", -ns
	}
	if ns%1000 == 0 {
		return fmt.Sprintf("%s%d.%06d", sign, ns/1e9, ns%1e9/1e3)
	}
	return fmt.Sprintf("%s%d.%09d", sign, ns/1e9, ns%1e9)
}
