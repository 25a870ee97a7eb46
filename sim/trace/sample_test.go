package trace

import (
	"bytes"
	"flag"
	"path/filepath"
	"testing"

	goldenfile "github.com/futurescope/futurescope/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// us is a microsecond of virtual time, in nanoseconds.
const us = 1000

// sampleTrace is a hand-written trace of this script, run on a thread pool with two workers (lines
// numbered from 1):
//
//	from concurrent.futures import ThreadPoolExecutor, wait
//	def square(x):
//	    time.sleep(0.5)
//	    return x * x
//	def boom():
//	    raise ValueError("boom")
//	def report(f):
//	    print("done", f.result())
//	with ThreadPoolExecutor(max_workers=2) as ex:
//	    f1 = ex.submit(square, 2)
//	    f1.add_done_callback(report)
//	    f2 = ex.submit(boom)
//	    f3 = ex.submit(square, 3)
//	    print("cancelled:", f3.cancel())
//	    done, not_done = wait([f1, f2], timeout=1)
//	    print(len(done), f1.result())
func sampleTrace() *Trace {
	const main, w0, w1, p = 1, 2, 3, 1
	events := []Event{
		{Time: 0, Kind: ProcessStart, Process: p, Target: 1, Name: "MainProcess"},
		{Time: 0, Kind: ThreadStart, Thread: main, Process: p, Name: "MainThread"},
		{Time: 0, Kind: GILAcquire, Thread: main, Process: p},
		{Time: 10 * us, Kind: ExecutorCreate, Thread: main, Process: p, Target: 1, Name: "ThreadPoolExecutor", Args: "max_workers=2", Line: 9},
		{Time: 20 * us, Kind: FutureCreate, Thread: main, Process: p, Future: 1, Target: 1, Name: "square", Args: "2", Line: 10},
		{Time: 20 * us, Kind: FutureQueued, Thread: main, Process: p, Future: 1, Name: "work_queue", Line: 10},
		{Time: 20 * us, Kind: ThreadStart, Thread: w0, Process: p, Name: "ThreadPoolExecutor-0_0"},
		{Time: 40 * us, Kind: FutureCreate, Thread: main, Process: p, Future: 2, Target: 1, Name: "boom", Line: 12},
		{Time: 40 * us, Kind: FutureQueued, Thread: main, Process: p, Future: 2, Name: "work_queue", Line: 12},
		{Time: 40 * us, Kind: ThreadStart, Thread: w1, Process: p, Name: "ThreadPoolExecutor-0_1"},
		{Time: 50 * us, Kind: FutureCreate, Thread: main, Process: p, Future: 3, Target: 1, Name: "square", Args: "3", Line: 13},
		{Time: 50 * us, Kind: FutureQueued, Thread: main, Process: p, Future: 3, Name: "work_queue", Line: 13},
		{Time: 60 * us, Kind: FutureCancel, Thread: main, Process: p, Future: 3, Value: "True", Line: 14},
		{Time: 60 * us, Kind: FutureCancelled, Thread: main, Process: p, Future: 3, Line: 14},
		{Time: 70 * us, Kind: Print, Thread: main, Process: p, Value: "cancelled: True", Line: 14},
		{Time: 80 * us, Kind: CallStart, Thread: main, Process: p, Name: "wait", Args: "timeout=1", Line: 15},
		{Time: 80 * us, Kind: GILRelease, Thread: main, Process: p},
		{Time: 80 * us, Kind: GILAcquire, Thread: w0, Process: p},
		{Time: 80 * us, Kind: FutureRunning, Thread: w0, Process: p, Future: 1},
		{Time: 80 * us, Kind: TaskStart, Thread: w0, Process: p, Future: 1},
		{Time: 90 * us, Kind: CallStart, Thread: w0, Process: p, Name: "sleep", Args: "0.5", Line: 3},
		{Time: 90 * us, Kind: GILRelease, Thread: w0, Process: p},
		{Time: 90 * us, Kind: GILAcquire, Thread: w1, Process: p},
		{Time: 90 * us, Kind: FutureRunning, Thread: w1, Process: p, Future: 2},
		{Time: 90 * us, Kind: TaskStart, Thread: w1, Process: p, Future: 2},
		{Time: 100 * us, Kind: TaskEnd, Thread: w1, Process: p, Future: 2},
		{Time: 100 * us, Kind: FutureFinish, Thread: w1, Process: p, Future: 2, Name: "raised", Value: `ValueError: boom`},
		{Time: 110 * us, Kind: FutureNotified, Thread: w1, Process: p, Future: 3},
		{Time: 110 * us, Kind: GILRelease, Thread: w1, Process: p},
		{Time: 500090 * us, Kind: GILAcquire, Thread: w0, Process: p},
		{Time: 500090 * us, Kind: CallEnd, Thread: w0, Process: p, Name: "sleep", Line: 3},
		{Time: 500100 * us, Kind: TaskEnd, Thread: w0, Process: p, Future: 1},
		{Time: 500100 * us, Kind: FutureFinish, Thread: w0, Process: p, Future: 1, Name: "returned", Value: "4"},
		{Time: 500100 * us, Kind: CallbackStart, Thread: w0, Process: p, Future: 1, Name: "report"},
		{Time: 500110 * us, Kind: Print, Thread: w0, Process: p, Value: "done 4", Line: 8},
		{Time: 500120 * us, Kind: CallbackEnd, Thread: w0, Process: p, Future: 1, Name: "report"},
		{Time: 500120 * us, Kind: GILRelease, Thread: w0, Process: p},
		{Time: 500120 * us, Kind: GILAcquire, Thread: main, Process: p},
		{Time: 500120 * us, Kind: CallEnd, Thread: main, Process: p, Name: "wait", Value: "done=2 not_done=0", Line: 15},
		{Time: 500130 * us, Kind: CallStart, Thread: main, Process: p, Future: 1, Name: "result", Line: 16},
		{Time: 500130 * us, Kind: CallEnd, Thread: main, Process: p, Future: 1, Name: "result", Value: "4", Line: 16},
		{Time: 500140 * us, Kind: Print, Thread: main, Process: p, Value: "2 4", Line: 16},
		{Time: 500150 * us, Kind: ExecutorShutdown, Thread: main, Process: p, Target: 1, Args: "wait=True, cancel_futures=False", Line: 9},
		{Time: 500150 * us, Kind: CallStart, Thread: main, Process: p, Name: "shutdown", Args: "wait=True", Line: 9},
		{Time: 500150 * us, Kind: GILRelease, Thread: main, Process: p},
		{Time: 500160 * us, Kind: ThreadExit, Thread: w0, Process: p},
		{Time: 500160 * us, Kind: ThreadExit, Thread: w1, Process: p},
		{Time: 500170 * us, Kind: GILAcquire, Thread: main, Process: p},
		{Time: 500170 * us, Kind: CallEnd, Thread: main, Process: p, Name: "shutdown", Line: 9},
		{Time: 500180 * us, Kind: GILRelease, Thread: main, Process: p},
		{Time: 500180 * us, Kind: ThreadExit, Thread: main, Process: p},
		{Time: 500180 * us, Kind: ProcessExit, Process: p, Value: "0"},
	}
	for i := range events {
		events[i].Seq = int64(i)
	}
	meta := map[string]string{"cores": "4", "file": "lesson.py", "python": "3.13"}
	return New(meta, events)
}

// golden compares got with testdata/name, or rewrites the file under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", name), got, *update)
}

// encode returns Encode's output for tr, failing the test on error.
func encode(t testing.TB, tr *Trace) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Encode(&b, tr); err != nil {
		t.Fatalf("Encode: %v", err)
	}
	return b.Bytes()
}

func TestSampleIsValid(t *testing.T) {
	if err := sampleTrace().Validate(); err != nil {
		t.Fatal(err)
	}
}
