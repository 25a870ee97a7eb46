package trace

import (
	"reflect"
	"testing"
)

func TestFutures(t *testing.T) {
	want := []FutureInfo{
		{ID: 1, Executor: 1, Function: "square", Args: "2", Line: 10, Submitter: 1,
			Created: 20 * us, Queued: 20 * us, Running: 80 * us, Started: 80 * us, Stopped: 500100 * us, Ended: 500100 * us,
			Worker: 2, Outcome: "result", Value: "4"},
		{ID: 2, Executor: 1, Function: "boom", Line: 12, Submitter: 1,
			Created: 40 * us, Queued: 40 * us, Running: 90 * us, Started: 90 * us, Stopped: 100 * us, Ended: 100 * us,
			Worker: 3, Outcome: "exception", Value: "ValueError: boom"},
		{ID: 3, Executor: 1, Function: "square", Args: "3", Line: 13, Submitter: 1,
			Created: 50 * us, Queued: 50 * us, Running: -1, Started: -1, Stopped: -1, Ended: 60 * us,
			Outcome: "cancelled"},
	}
	if got := sampleTrace().Futures(); !reflect.DeepEqual(got, want) {
		t.Errorf("Futures() =\n%+v\nwant\n%+v", got, want)
	}
}

func TestFuturesFirstEventCounts(t *testing.T) {
	tr := New(nil, []Event{
		{Seq: 0, Time: 10, Kind: FutureRunning, Future: 4},
		{Seq: 1, Time: 20, Kind: FutureQueued, Future: 4, Name: "work_queue"},
		{Seq: 2, Time: 30, Kind: FutureQueued, Future: 4, Name: "call_queue"},
		{Seq: 3, Time: 40, Kind: TaskStart, Thread: 9, Future: 4},
		{Seq: 4, Time: 50, Kind: TaskStart, Thread: 8, Future: 4},
		{Seq: 5, Time: 60, Kind: FutureCancel, Future: 4, Value: "False"},
	})
	want := []FutureInfo{{ID: 4, Created: -1, Queued: 20, Running: 10, Started: 40, Stopped: -1, Ended: -1, Worker: 9}}
	if got := tr.Futures(); !reflect.DeepEqual(got, want) {
		t.Errorf("Futures() = %+v\nwant %+v", got, want)
	}
}

func TestThreads(t *testing.T) {
	want := []ThreadInfo{
		{ID: 1, Process: 1, Name: "MainThread", Start: 0, End: 500180 * us},
		{ID: 2, Process: 1, Name: "ThreadPoolExecutor-0_0", Start: 20 * us, End: 500160 * us},
		{ID: 3, Process: 1, Name: "ThreadPoolExecutor-0_1", Start: 40 * us, End: 500160 * us},
	}
	if got := sampleTrace().Threads(); !reflect.DeepEqual(got, want) {
		t.Errorf("Threads() =\n%+v\nwant\n%+v", got, want)
	}
	partial := New(nil, []Event{{Seq: 0, Time: 7, Kind: Print, Thread: 5, Process: 2}})
	if got, want := partial.Threads(), []ThreadInfo{{ID: 5, Process: 2, Start: -1, End: -1}}; !reflect.DeepEqual(got, want) {
		t.Errorf("Threads() of a thread without start = %+v, want %+v", got, want)
	}
}

func TestEnd(t *testing.T) {
	if got := sampleTrace().End(); got != 500180*us {
		t.Errorf("End() = %d, want %d", got, 500180*us)
	}
	empty := &Trace{Version: Version}
	if got := empty.End(); got != 0 {
		t.Errorf("End() of an empty trace = %d, want 0", got)
	}
	if empty.Futures() != nil || empty.Threads() != nil {
		t.Error("an empty trace has futures or threads")
	}
}
