package trace_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/futurescope/futurescope/sim/trace"
)

// square returns a small trace: the main thread submits square(3) to a worker, which returns 9.
func square() *trace.Trace {
	return trace.New(map[string]string{"file": "square.py"}, []trace.Event{
		{Seq: 0, Time: 0, Kind: trace.ThreadStart, Thread: 1, Process: 1, Name: "MainThread"},
		{Seq: 1, Time: 1000, Kind: trace.FutureCreate, Thread: 1, Process: 1, Future: 1, Target: 1, Name: "square", Args: "3", Line: 4},
		{Seq: 2, Time: 2000, Kind: trace.TaskStart, Thread: 2, Process: 1, Future: 1},
		{Seq: 3, Time: 500_002_000, Kind: trace.TaskEnd, Thread: 2, Process: 1, Future: 1},
		{Seq: 4, Time: 500_002_000, Kind: trace.FutureFinish, Thread: 2, Process: 1, Future: 1, Name: "returned", Value: "9"},
		{Seq: 5, Time: 500_002_500, Kind: trace.Print, Thread: 1, Process: 1, Value: "square(3) = 9", Line: 5},
	})
}

func ExampleEncode() {
	if err := trace.Encode(os.Stdout, square()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"version":1,"meta":{"file":"square.py"},"events":[
	// {"seq":0,"t":0,"kind":"thread_start","thread":1,"proc":1,"name":"MainThread"},
	// {"seq":1,"t":1000,"kind":"future_create","thread":1,"proc":1,"future":1,"target":1,"name":"square","args":"3","line":4},
	// {"seq":2,"t":2000,"kind":"task_start","thread":2,"proc":1,"future":1},
	// {"seq":3,"t":500002000,"kind":"task_end","thread":2,"proc":1,"future":1},
	// {"seq":4,"t":500002000,"kind":"future_finish","thread":2,"proc":1,"future":1,"name":"returned","value":"9"},
	// {"seq":5,"t":500002500,"kind":"print","thread":1,"proc":1,"value":"square(3) = 9","line":5}
	// ]}
}

func ExampleDecode() {
	_, err := trace.Decode(strings.NewReader(`{"version":2,"events":[]}`))
	fmt.Println(err)
	_, err = trace.Decode(strings.NewReader(`{"version":1,"events":[{"seq":0,"t":0,"kind":"teleport"}]}`))
	fmt.Println(err)
	// Output:
	// trace: unsupported version 2, want 1
	// trace: event 0: unknown kind "teleport"
}

func ExampleWriteText() {
	if err := trace.WriteText(os.Stdout, square()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # futurescope trace v1
	// # file=square.py
	// 0.000000 T1/P1 thread_start name=MainThread
	// 0.000001 T1/P1 future_create f1 target=1 name=square args=3 line=4
	// 0.000002 T2/P1 task_start f1
	// 0.500002 T2/P1 task_end f1
	// 0.500002 T2/P1 future_finish f1 name=returned value=9
	// 0.500002500 T1/P1 print value="square(3) = 9" line=5
}

func ExampleWriteChrome() {
	if err := trace.WriteChrome(os.Stdout, square()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"traceEvents":[
	// {"name":"thread_name","ph":"M","ts":0,"pid":1,"tid":1,"args":{"name":"MainThread"}},
	// {"name":"thread_start","cat":"lifecycle","ph":"i","ts":0,"pid":1,"tid":1,"s":"t","args":{"name":"MainThread","seq":0}},
	// {"name":"future_create","cat":"future","ph":"i","ts":1,"pid":1,"tid":1,"s":"t","args":{"args":"3","future":"f1","line":4,"name":"square","seq":1,"target":1}},
	// {"name":"f1 square(3)","cat":"future","ph":"b","ts":1,"pid":1,"tid":1,"id":1,"args":{"args":"3","future":"f1","line":4,"name":"square","seq":1,"target":1}},
	// {"name":"square","cat":"task","ph":"B","ts":2,"pid":1,"tid":2,"args":{"future":"f1","seq":2}},
	// {"name":"square","cat":"task","ph":"E","ts":500002,"pid":1,"tid":2},
	// {"name":"future_finish","cat":"future","ph":"i","ts":500002,"pid":1,"tid":2,"s":"t","args":{"future":"f1","name":"returned","seq":4,"value":"9"}},
	// {"name":"f1 square(3)","cat":"future","ph":"e","ts":500002,"pid":1,"tid":1,"id":1,"args":{"end":"future_finish","value":"9"}},
	// {"name":"print","cat":"output","ph":"i","ts":500002.5,"pid":1,"tid":1,"s":"t","args":{"line":5,"seq":5,"value":"square(3) = 9"}}
	// ],"displayTimeUnit":"ms","otherData":{"file":"square.py"}}
}

func ExampleTrace_Futures() {
	for _, f := range square().Futures() {
		fmt.Printf("f%d %s(%s): created %d, ran on T%d from %d to %d, %s %s\n",
			f.ID, f.Function, f.Args, f.Created, f.Worker, f.Started, f.Stopped, f.Outcome, f.Value)
	}
	// Output:
	// f1 square(3): created 1000, ran on T2 from 2000 to 500002000, result 9
}
