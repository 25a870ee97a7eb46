package compare_test

import (
	"strings"
	"testing"
	"time"

	"github.com/futurescope/futurescope/compare"
	"github.com/futurescope/futurescope/sim/trace"
)

// run builds a trace of a thread pool with workers W1..W3 (threads 2..4) from steps, each
// "ms kind future [thread] [value]": "100 finish 2 3" is future 2 finishing at 100 ms on thread 3.
func run(meta map[string]string, steps ...string) *trace.Trace {
	var events []trace.Event
	add := func(ms float64, e trace.Event) {
		e.Seq = int64(len(events))
		e.Time = int64(ms * 1e6)
		e.Process = 1
		events = append(events, e)
	}
	add(0, trace.Event{Kind: trace.ThreadStart, Thread: 1, Name: "MainThread"})
	add(0, trace.Event{Kind: trace.ExecutorCreate, Thread: 1, Target: 1, Name: "ThreadPoolExecutor"})
	for i := 1; i <= 3; i++ {
		add(0, trace.Event{Kind: trace.ThreadStart, Thread: i + 1, Name: "ThreadPoolExecutor-0_" + string(rune('0'+i-1))})
	}
	for _, s := range steps {
		f := strings.Fields(s)
		var ms float64
		var fut, th int
		parse(f[0], &ms)
		parseInt(f[2], &fut)
		th = 1
		if len(f) > 3 {
			parseInt(f[3], &th)
		}
		val := ""
		if len(f) > 4 {
			val = strings.Join(f[4:], " ")
		}
		kinds := map[string]trace.Kind{"create": trace.FutureCreate, "start": trace.TaskStart, "finish": trace.FutureFinish,
			"callback": trace.CallbackStart, "cancel": trace.FutureCancel, "cancelled": trace.FutureCancelled, "wait": trace.CallEnd}
		e := trace.Event{Kind: kinds[f[1]], Future: fut, Thread: th, Value: val}
		switch f[1] {
		case "create":
			e.Target, e.Name, e.Args = 1, "job", "("+f[2]+",)"
		case "wait":
			e.Name, e.Future = "wait", 0
		}
		add(ms, e)
		if f[1] == "start" { // the tasks sleep: none is CPU-bound
			add(ms, trace.Event{Kind: trace.CallStart, Thread: th, Name: "sleep"})
		}
	}
	return trace.New(meta, events)
}

func parse(s string, v *float64) {
	d, err := time.ParseDuration(s + "ms")
	if err != nil {
		panic(err)
	}
	*v = float64(d) / 1e6
}

func parseInt(s string, v *int) {
	var f float64
	parse(s, &f)
	*v = int(f)
}

func kinds(ds []compare.Difference) []string {
	var out []string
	for _, d := range ds {
		k := string(d.Kind)
		if d.Tie {
			k += " (tie)"
		}
		out = append(out, k)
	}
	return out
}

func diffs(t *testing.T, sim, rec *trace.Trace, want ...string) []compare.Difference {
	t.Helper()
	ds := compare.Compare(sim, rec, compare.Options{})
	if got := strings.Join(kinds(ds), ", "); got != strings.Join(want, ", ") {
		t.Fatalf("differences %q, want %q:\n%v", got, strings.Join(want, ", "), ds)
	}
	return ds
}

var three = []string{"0 create 1", "0 create 2", "0 create 3", "0 start 1 2", "0 start 2 3", "0 start 3 4"}

func steps(extra ...string) []string { return append(append([]string{}, three...), extra...) }

func TestSameRunsDoNotDiffer(t *testing.T) {
	sim := run(nil, steps("100 finish 2 3", "100 callback 2 3", "200 finish 3 4", "300 finish 1 2")...)
	rec := run(nil, steps("104 finish 2 3", "104 callback 2 3", "207 finish 3 4", "309 finish 1 2")...)
	diffs(t, sim, rec)
}

func TestCompletionOrder(t *testing.T) {
	sim := run(nil, steps("100 finish 2 3", "130 finish 3 4", "300 finish 1 2")...)
	rec := run(nil, steps("110 finish 3 4", "120 finish 2 3", "300 finish 1 2")...)
	ds := diffs(t, sim, rec, "completion order")
	if d := ds[0]; !d.Ordering() || d.Future != 3 || !strings.Contains(d.Simulated, "30ms before 3") || !strings.Contains(d.Cause, "jitter") {
		t.Errorf("got %+v", d)
	}
	// Finishing together in the simulation, they may come in either order.
	sim = run(nil, steps("100 finish 2 3", "100 finish 3 4", "300 finish 1 2")...)
	rec = run(nil, steps("101 finish 3 4", "102 finish 2 3", "300 finish 1 2")...)
	if ds := diffs(t, sim, rec, "completion order (tie)"); ds[0].Ordering() {
		t.Error("a tie counts as an ordering difference")
	}
}

func TestCallbackThread(t *testing.T) {
	sim := run(nil, steps("100 finish 2 3", "100 callback 2 3", "300 finish 1 2", "300 finish 3 4")...)
	rec := run(nil, steps("100 finish 2 3", "100 callback 2 4", "300 finish 1 2", "300 finish 3 4")...)
	ds := diffs(t, sim, rec, "callback thread")
	if d := ds[0]; d.Simulated != "ThreadPoolExecutor-0_1" || d.Recorded != "ThreadPoolExecutor-0_2" || !strings.Contains(d.Cause, "same pool") {
		t.Errorf("got %+v", d)
	}
	rec = run(nil, steps("100 finish 2 3", "100 callback 2 1", "300 finish 1 2", "300 finish 3 4")...)
	if ds := diffs(t, sim, rec, "callback thread"); !strings.Contains(ds[0].Cause, "already done") {
		t.Errorf("got %+v", ds[0])
	}
}

func TestCancelResult(t *testing.T) {
	base := []string{"0 create 1", "0 create 2", "0 start 1 2"}
	sim := run(nil, append(base, "0 cancel 2 1 True", "0 cancelled 2", "100 start 2 2", "100 finish 1 2")...)
	rec := run(nil, append(base, "1 start 2 3", "20 cancel 2 1 False", "100 finish 1 2", "100 finish 2 3")...)
	ds := diffs(t, sim, rec, "completion order", "cancel()", "timing")
	if d := ds[1]; d.Simulated != "True" || d.Recorded != "False" || !strings.Contains(d.Cause, "already taken the task") {
		t.Errorf("got %+v", d)
	}
}

func TestWaitDoneSet(t *testing.T) {
	sim := run(nil, steps("100 finish 2 3", "100 wait 0 1 done=1 not_done=2", "300 finish 1 2", "300 finish 3 4")...)
	rec := run(nil, steps("100 finish 2 3", "100 wait 0 1 done=2 not_done=1", "300 finish 1 2", "300 finish 3 4")...)
	ds := diffs(t, sim, rec, "wait()")
	if !ds[0].Ordering() {
		t.Errorf("a wait() that found another future done, none but its own finishing near it in the simulation, is a tie: %+v", ds[0])
	}
	// A future finishing 2 ms after wait() returned in the simulation may be counted for real.
	sim = run(nil, steps("100 finish 2 3", "100 wait 0 1 done=1 not_done=2", "102 finish 3 4", "300 finish 1 2")...)
	rec = run(nil, steps("100 finish 2 3", "100 finish 3 4", "100 wait 0 1 done=2 not_done=1", "300 finish 1 2")...)
	diffs(t, sim, rec, "wait() (tie)")
}

func TestTimingTolerance(t *testing.T) {
	sim := run(nil, steps("100 finish 2 3", "200 finish 3 4", "1000 finish 1 2")...)
	rec := run(nil, steps("140 finish 2 3", "330 finish 3 4", "1200 finish 1 2")...)
	ds := diffs(t, sim, rec, "timing")
	if d := ds[0]; d.Future != 3 || d.Ordering() || d.Simulated != "200ms" || d.Recorded != "330ms" {
		t.Errorf("got %+v", d)
	}
}

func TestFuturesMade(t *testing.T) {
	sim := run(nil, steps("100 finish 2 3", "200 finish 3 4", "300 finish 1 2")...)
	rec := run(nil, "0 create 1", "0 create 2", "0 start 1 2", "0 start 2 3", "100 finish 2 3", "300 finish 1 2")
	diffs(t, sim, rec, "futures")
}

func TestOtherPythonVersionIsNamed(t *testing.T) {
	sim := run(nil, steps("100 finish 2 3", "130 finish 3 4", "300 finish 1 2")...)
	rec := run(map[string]string{"python": "3.11.7"}, steps("110 finish 3 4", "120 finish 2 3", "300 finish 1 2")...)
	ds := diffs(t, sim, rec, "completion order")
	if !strings.Contains(ds[0].Cause, "this run is CPython 3.11.7") {
		t.Errorf("the cause does not name the other version: %s", ds[0].Cause)
	}
	rec.Meta["python"] = "3.13.0"
	if ds := diffs(t, sim, rec, "completion order"); strings.Contains(ds[0].Cause, "3.13.0") {
		t.Errorf("the reference version named as a cause: %s", ds[0].Cause)
	}
}

func TestFromScriptStart(t *testing.T) {
	rec := run(map[string]string{"script_start_ns": "50000000"}, steps("100 finish 2 3")...)
	got := compare.FromScriptStart(rec)
	if got.At(0).Time != 0 || got.At(got.Len()-1).Time != 50e6 {
		t.Errorf("times %d .. %d, want 0 .. 50ms", got.At(0).Time, got.At(got.Len()-1).Time)
	}
	if rec.At(rec.Len()-1).Time != 100e6 {
		t.Error("FromScriptStart changed the trace it was given")
	}
	if err := got.Validate(); err != nil {
		t.Error(err)
	}
	if rec.Meta["script_start_ns"] == "" {
		t.Error("FromScriptStart changed the meta of the trace it was given")
	}
	// Compare reads times from the script's start too: the same run, offset, does not differ.
	sim := run(nil, steps("100 finish 2 3", "200 finish 3 4", "300 finish 1 2")...)
	late := run(map[string]string{"script_start_ns": "500000000"}, steps("600 finish 2 3", "700 finish 3 4", "800 finish 1 2")...)
	diffs(t, sim, late)
	diffs(t, sim, compare.FromScriptStart(late)) // shifted once, not twice
}

func TestEnding(t *testing.T) {
	sim := run(nil, steps("100 finish 2 3", "200 finish 3 4", "300 finish 1 2")...)
	rec := run(nil, steps("100 finish 2 3", "200 finish 3 4", "300 finish 1 2")...)
	rec = trace.New(rec.Meta, append(rec.Collect(), trace.Event{Seq: int64(rec.Len()), Time: 400e6, Kind: trace.Error, Thread: 1, Value: "concurrent.futures._base.CancelledError"}))
	ds := diffs(t, sim, rec, "how the run ended")
	if ds[0].Simulated != "ended normally" || ds[0].Recorded != "CancelledError" {
		t.Errorf("got %+v", ds[0])
	}
	sim = trace.New(sim.Meta, append(sim.Collect(), trace.Event{Seq: int64(sim.Len()), Time: 300e6, Kind: trace.Error, Thread: 1, Value: "CancelledError"}))
	diffs(t, sim, rec)
}
