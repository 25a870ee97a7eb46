package layout

import (
	"strings"

	"github.com/futurescope/futurescope/sim/trace"
)

// futureDetail describes the lane of future i, made by create, in a: its call, executor,
// submitting thread and script line. It writes the phrases into one buffer, the inner one where the outer says
// {detail}: a big run has a lane detail per future, and filling them one phrase at a time made a
// string too many each.
func futureDetail(n *names, i int, create trace.Event, a *textArena) string {
	name := n.labels[i]
	inner, who, ex := "{future}", "", ""
	if create.Thread != 0 {
		who = n.thread(create.Thread)
		if ex = n.executors[create.Target]; ex != "" {
			inner = n.w.submittedBy
		} else {
			inner = n.w.madeBy
		}
	}
	innerPairs := [...]string{"future", name, "executor", ex, "who", who}
	var buf [192]byte
	if create.Line > 0 {
		return a.string(appendFilled(buf[:0], n.w.atLine, inner, innerPairs[:], "line", itoa(create.Line)))
	}
	return a.string(appendFilled(buf[:0], inner, "", nil, innerPairs[:]...))
}

// appendFilled appends tmpl to b with its placeholders filled as fill fills them from pairs, and
// {detail} by inner filled from innerPairs when inner is not "".
func appendFilled(b []byte, tmpl, inner string, innerPairs []string, pairs ...string) []byte {
	for {
		open := strings.IndexByte(tmpl, '{')
		if open < 0 {
			break
		}
		end := strings.IndexByte(tmpl[open:], '}')
		if end < 0 {
			break
		}
		b = append(b, tmpl[:open]...)
		if ph := tmpl[open : open+end+1]; ph == "{detail}" && inner != "" {
			b = appendFilled(b, inner, "", nil, innerPairs...)
		} else {
			b = append(b, lookup(ph, pairs)...)
		}
		tmpl = tmpl[open+end+1:]
	}
	return append(b, tmpl...)
}
