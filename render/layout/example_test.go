package layout_test

import (
	"fmt"

	"github.com/futurescope/futurescope/render/layout"
)

// A scene of a run: lanes, the shapes a window shows, and the futures' states at a playhead.
func ExampleBuild() {
	s := layout.Build(load(nil, "callbacks_cancel"))
	fmt.Println(s.Title, layout.FormatTime(s.End))
	for _, l := range s.Futures.Lanes {
		fmt.Println(l.Label)
	}
	for sh := range s.Futures.Visible(0, 50_000_000, 1, 2) { // f2, the first 50 ms
		fmt.Println(sh.Kind, sh.Style.Key(), sh.Label)
	}
	for _, o := range s.Overlays {
		fmt.Println(layout.FormatTime(o.T0), o.Label)
	}
	// Output:
	// callbacks_cancel.py 0.3 s
	// f1 work(3)
	// f2 work(1)
	// f3 work(2)
	// f4 work(4)
	// span running T3 ThreadPoolExecutor-0_1
	// 0.1 s wait() returned: FIRST_COMPLETED
	// 0.1 s shutdown(wait=True)
}

func ExampleScene_StateAt() {
	s := layout.Build(load(nil, "callbacks_cancel"))
	for _, f := range s.StateAt(150_000_000) {
		fmt.Printf("f%d %-22s running=%v done=%v cancelled=%v\n", f.Future, f.State, f.Running, f.Done, f.Cancelled)
	}
	// Output:
	// f1 RUNNING                running=true done=false cancelled=false
	// f2 FINISHED               running=false done=true cancelled=false
	// f3 RUNNING                running=true done=false cancelled=false
	// f4 CANCELLED              running=false done=true cancelled=true
}

func ExampleTicks() {
	for _, t := range layout.Ticks(0, 500_000_000, 400) {
		fmt.Print(t.Label, "; ")
	}
	fmt.Println()
	// Output:
	// 0; 0.1 s; 0.2 s; 0.3 s; 0.4 s; 0.5 s;
}

func ExampleTruncate() {
	label := "f3 gcd((4300462, 4666717))"
	fmt.Println(layout.Truncate(label, 12))
	fmt.Println(layout.Truncate("执行中:True", 6))
	// Output:
	// f3 gcd((430…
	// 执行…
}
