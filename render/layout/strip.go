package layout

// A legend strip is the one-line legend a timeline shows under its lanes, in a band of its own so
// that it never covers the chart: the few styles a learner meets first in a view, each with a short
// name. The full legend (Used and Look) explains everything else.

// stripStyles are the strip's styles of each view, in order: what a future goes through and what
// happens to it; what a thread does and what it waits for.
var stripStyles = map[string][]Style{
	"futures": {Pending, CallQueue, Running, Returning, Result, Exception, CancelledEnd, Callback, CancelTrue, CancelFalse, Yielded, TimedOut},
	"threads": {Running, GILHeld, GILWait, Sleeping, Blocked},
}

// shortNames are the strip's names of its styles, in English and Chinese.
var shortNames = map[Style][2]string{
	Pending:      {"pending", "等待中"},
	CallQueue:    {"in the call queue", "在调用队列里"},
	Returning:    {"result on its way back", "结果正在传回"},
	Yielded:      {"as_completed yields it", "as_completed 交出"},
	Running:      {"running", "运行中"},
	Result:       {"returned", "已返回"},
	Exception:    {"raised", "抛出异常"},
	CancelledEnd: {"cancelled", "已取消"},
	Callback:     {"done-callback", "回调函数"},
	CancelTrue:   {"cancel() → True", "cancel() → True"},
	CancelFalse:  {"cancel() → False", "cancel() → False"},
	TimedOut:     {"timeout", "超时"},
	GILHeld:      {"holds the GIL", "持有 GIL"},
	GILWait:      {"waits for the GIL", "等待 GIL"},
	Sleeping:     {"sleeping", "睡眠"},
	Blocked:      {"waits on a future, lock or event", "等待 future、锁或事件"},
}

// A StripEntry is one item of a legend strip: a style and its short name.
type StripEntry struct {
	Style Style
	Name  string
}

// Strip returns the legend strip of the views named ("futures", "threads"; both for "both") in
// language lang ("en" or "zh"): the view's usual styles, each once, in order. Scene.Strip keeps those
// a run uses.
func Strip(view, lang string) []StripEntry {
	names := []string{view}
	if view == "both" || view == "" {
		names = []string{"futures", "threads"}
	}
	zh := 0
	if lang == "zh" {
		zh = 1
	}
	var seen [numStyles]bool
	var out []StripEntry
	for _, n := range names {
		for _, st := range stripStyles[n] {
			if !seen[st] {
				seen[st] = true
				out = append(out, StripEntry{st, shortNames[st][zh]})
			}
		}
	}
	return out
}

// Strip returns the legend strip of the views named in language lang, as the package's Strip, less
// the styles the run never uses (Used): a short strip leaves room for what is there. It depends on
// the whole run, not on the playhead, so it stays put while a learner steps through the run.
func (s *Scene) Strip(view, lang string) []StripEntry {
	var used [numStyles]bool
	for _, st := range s.Used(s.Views(view)...) {
		used[st] = true
	}
	var out []StripEntry
	for _, e := range Strip(view, lang) {
		if used[e.Style] {
			out = append(out, e)
		}
	}
	return out
}
