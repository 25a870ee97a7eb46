package reveal_test

import (
	"io"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/lessons"
	"github.com/futurescope/futurescope/lessons/reveal"
	"github.com/futurescope/futurescope/sim/script"
)

// giveAwayScript prints a result, the first future as_completed yields, what cancel() returned, and
// a line no call decides.
const giveAwayScript = `import time
from concurrent.futures import ThreadPoolExecutor, as_completed
def job():
    time.sleep(0.1)
    return 8
with ThreadPoolExecutor(max_workers=2) as pool:
    a = pool.submit(job)
    print(a.result())
    b = pool.submit(time.sleep, 0.2)
    c = pool.submit(time.sleep, 0.1)
    for f in as_completed([b, c]):
        print(f is c)
        break
    time.sleep(0.5)
    print('slept')
    d = pool.submit(time.sleep, 0.1)
    e = pool.submit(time.sleep, 0.1)
    f = pool.submit(time.sleep, 0.1)
    print(f.cancel())
`

// A question about a printed line is given away when the call, yield or cancel() that decides the
// line comes before it, since the previous question; pinned to an earlier event, it is not.
func TestGiveAways(t *testing.T) {
	tr := run(t, giveAwayScript)
	tests := []struct {
		at   []string
		want []string // one substring per give-away, in order
	}{
		{[]string{"print 1"}, []string{"question 1 (line 0): `print 1` is asked after result() returning 8"}},
		{[]string{"finish f1", "print 1"}, []string{"result() returning 8"}},
		{[]string{"start f1"}, nil},
		{[]string{"finish f1"}, nil},
		{[]string{"print 2"}, []string{"`print 2` is asked after as_completed() yielding f3"}},
		{[]string{"finish f3", "print 2"}, []string{"as_completed() yielding f3"}},
		{[]string{"finish f3"}, nil},
		// The sleep() ends the thread's wait, but what it prints is written in the script.
		{[]string{"print 3"}, nil},
		{[]string{"print 4"}, []string{"f6.cancel() returning True"}},
		{[]string{"cancel f6"}, nil},
		// A question at the deciding event's own place leaves it hidden for the next one.
		{[]string{"print 1", "print 2", "print 4"}, []string{"question 1", "question 2", "question 3"}},
	}
	for _, tt := range tests {
		p := &lessons.Prediction{}
		for _, at := range tt.at {
			p.Questions = append(p.Questions, lessons.Question{At: reveal1(t, at)})
		}
		points, err := reveal.Points(tr, p)
		if err != nil {
			t.Fatalf("%v: %v", tt.at, err)
		}
		got := reveal.GiveAways(tr, p, points)
		if len(got) != len(tt.want) {
			t.Errorf("%v: give-aways %q, want %d", tt.at, got, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			if !strings.Contains(got[i], w) {
				t.Errorf("%v: give-away %d %q, want it to say %q", tt.at, i+1, got[i], w)
			}
		}
	}
}

// A question asked after the run failed on screen is given away; wait() returning at its timeout is
// no failure.
func TestGiveAwaysAfterAFailure(t *testing.T) {
	src := `import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
with ThreadPoolExecutor(max_workers=1) as pool:
    a = pool.submit(time.sleep, 0.3)
    wait([a], timeout=0.1)
    print('waited')
    print('again')
    for f in as_completed([a], timeout=0.1):
        pass
`
	res := script.Run(script.Options{Filename: "x.py", Source: []byte(src), Stdout: io.Discard, Stderr: io.Discard})
	if res.Report == nil {
		t.Fatal("the script did not fail")
	}
	tests := []struct {
		at   []string
		want string
	}{
		{[]string{"print 2"}, ""},
		{[]string{"finish f1"}, "question 1 (line 0): `finish f1` is asked after the run failed (timeout)"},
		{[]string{"print 2", "end"}, "question 2 (line 0): `end` is asked after the run failed (timeout)"},
	}
	for _, tt := range tests {
		p := &lessons.Prediction{}
		for _, at := range tt.at {
			p.Questions = append(p.Questions, lessons.Question{At: reveal1(t, at)})
		}
		points, err := reveal.Points(res.Trace, p)
		if err != nil {
			t.Fatalf("%v: %v", tt.at, err)
		}
		got := strings.Join(reveal.GiveAways(res.Trace, p, points), "\n")
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
			t.Errorf("%v: give-aways %q, want %q", tt.at, got, tt.want)
		}
	}
}
