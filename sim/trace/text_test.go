package trace

import (
	"bytes"
	"math"
	"testing"
)

func TestWriteTextGolden(t *testing.T) {
	var b bytes.Buffer
	if err := WriteText(&b, sampleTrace()); err != nil {
		t.Fatal(err)
	}
	golden(t, "sample.txt", b.Bytes())
}

func TestFormatEvent(t *testing.T) {
	tests := []struct {
		e    Event
		want string
	}{
		{Event{Kind: ThreadStart, Thread: 1, Process: 1, Name: "MainThread"},
			"0.000000 T1/P1 thread_start name=MainThread"},
		{Event{Time: 5e8, Kind: FutureFinish, Thread: 2, Process: 1, Future: 3, Name: "returned", Value: "4"},
			"0.500000 T2/P1 future_finish f3 name=returned value=4"},
		{Event{Time: 1500, Kind: FutureFinish, Thread: 2, Process: 1, Future: 3, Name: "raised", Value: "ValueError: boom"},
			`0.000001500 T2/P1 future_finish f3 name=raised value="ValueError: boom"`},
		{Event{Time: 3e9, Kind: ExecutorCreate, Thread: 1, Process: 1, Target: 7, Name: "ThreadPoolExecutor", Args: "max_workers=2", Line: 9},
			`3.000000 T1/P1 executor_create target=7 name=ThreadPoolExecutor args="max_workers=2" line=9`},
		{Event{Kind: ProcessExit, Process: 2, Value: "-15"},
			"0.000000 T0/P2 process_exit value=-15"},
		{Event{Kind: Print, Thread: 1, Process: 1, Value: `say "hi"`},
			`0.000000 T1/P1 print value="say \"hi\""`},
		{Event{Kind: Print, Thread: 1, Process: 1, Value: `C:\temp`},
			`0.000000 T1/P1 print value="C:\\temp"`},
		{Event{Kind: Print, Thread: 1, Process: 1, Value: "a\tb\x00"},
			`0.000000 T1/P1 print value="a\tb\x00"`},
		{Event{Kind: Print, Thread: 1, Process: 1, Value: "\xff"},
			`0.000000 T1/P1 print value="\xff"`},
		{Event{Kind: Print, Thread: 1, Process: 1, Value: "café,[1,2],{'a':1}"},
			`0.000000 T1/P1 print value=café,[1,2],{'a':1}`},
		{Event{Kind: Print, Thread: 1, Process: 1, Value: "no\u00a0break"},
			`0.000000 T1/P1 print value="no\u00a0break"`},
		{Event{Kind: "odd kind"}, `0.000000 T0/P0 "odd kind"`},
		{Event{}, `0.000000 T0/P0 ""`},
	}
	for _, tt := range tests {
		if got := FormatEvent(tt.e); got != tt.want {
			t.Errorf("FormatEvent(%+v)\n got %s\nwant %s", tt.e, got, tt.want)
		}
	}
}

func TestSeconds(t *testing.T) {
	tests := []struct {
		ns   int64
		want string
	}{
		{0, "0.000000"},
		{1, "0.000000001"},
		{1000, "0.000001"},
		{1500, "0.000001500"},
		{999_999_999, "0.999999999"},
		{2e9, "2.000000"},
		{3_600_000_001_000, "3600.000001"},
		{-1500, "-0.000001500"},
		{-2e9, "-2.000000"},
		{math.MaxInt64, "9223372036.854775807"},
		{math.MinInt64, "-9223372036.854775808"},
	}
	for _, tt := range tests {
		if got := seconds(tt.ns); got != tt.want {
			t.Errorf("seconds(%d) = %s, want %s", tt.ns, got, tt.want)
		}
	}
}

func TestWriteTextHeader(t *testing.T) {
	tr := &Trace{Version: Version, Meta: map[string]string{"file": "my lesson.py", "cores": "4", "empty": ""}}
	var b bytes.Buffer
	if err := WriteText(&b, tr); err != nil {
		t.Fatal(err)
	}
	want := "# futurescope trace v1\n# cores=4\n# empty=\"\"\n# file=\"my lesson.py\"\n"
	if b.String() != want {
		t.Errorf("WriteText wrote\n%s\nwant\n%s", b.String(), want)
	}
}
