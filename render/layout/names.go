package layout

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/futurescope/futurescope/sim/trace"
)

// names holds what a trace says about its futures, threads, processes and executors, for labels.
type names struct {
	futures   []futureName // in the order the trace first mentions them (futureindex.go)
	futureIdx idIndex      // future id → index in futures (and lane of the futures view)
	labels    []string     // "f3 gcd((1, 2))", by future index
	threads   map[int]threadName
	procs     map[int]procName
	executors map[int]string // executor id → "ThreadPoolExecutor(max_workers=2)"
	workers   map[int]int    // thread id → worker colour number, in the order threads first ran a task
	w         *phrases       // the words of the scene's language
}

type threadName struct {
	name  string
	proc  int
	label string // "T2 ThreadPoolExecutor-0_0"
}

type procName struct {
	name string
	pid  int
}

func newNames(t *trace.Trace, lang string, pace *pacer) *names {
	n := &names{
		w:         phrasesFor(lang),
		threads:   map[int]threadName{},
		procs:     map[int]procName{},
		executors: map[int]string{},
		workers:   map[int]int{},
	}
	n.indexFutures(t, pace)
	for _, e := range t.Events() {
		pace.step()
		switch e.Kind {
		case trace.ThreadStart:
			n.threads[e.Thread] = threadName{e.Name, e.Process, "T" + itoa(e.Thread) + " " + e.Name}
		case trace.ProcessStart:
			n.procs[e.Process] = procName{e.Name, e.Target}
		case trace.ExecutorCreate:
			n.executors[e.Target] = e.Name + "(" + e.Args + ")"
		case trace.TaskStart:
			if _, ok := n.workers[e.Thread]; !ok {
				n.workers[e.Thread] = len(n.workers) + 1
			}
		}
	}
	return n
}

// argList turns an argument repr into what goes between a call's parentheses: "(3,)" → "3",
// "(1, 2)" → "1, 2", "()" → "", and a bare repr as it is.
func argList(args string) string {
	if len(args) >= 2 && args[0] == '(' && args[len(args)-1] == ')' {
		inner := args[1 : len(args)-1]
		return strings.TrimSuffix(inner, ",")
	}
	return args
}

// thread names thread id as its lane does: "T2 ThreadPoolExecutor-0_0".
func (n *names) thread(id int) string {
	if th := n.threads[id]; th.name != "" {
		return th.label
	}
	return "T" + strconv.Itoa(id)
}

// worker names the thread that ran a task, the way a learner knows it: the thread's name in the main
// process, the process's name elsewhere ("SpawnProcess-1", "SpawnProcess-1/Thread-2").
func (n *names) worker(id int) string {
	th := n.threads[id]
	name := th.name
	if name == "" {
		name = "T" + strconv.Itoa(id)
	}
	if th.proc <= 1 {
		return name
	}
	p := n.procs[th.proc].name
	if p == "" {
		p = "P" + strconv.Itoa(th.proc)
	}
	if name == "MainThread" {
		return p
	}
	return p + "/" + name
}

// process names process id as its header lane does: "P2 SpawnProcess-1".
func (n *names) process(id int) string {
	s := "P" + strconv.Itoa(id)
	if name := n.procs[id].name; name != "" {
		s += " " + name
	}
	return s
}

// firstLine returns s up to its first newline.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// itoa is strconv.Itoa.
func itoa(n int) string { return strconv.Itoa(n) }

// callLabel writes the blocking call that e starts as Python would: "f1.result(timeout=1.0)",
// "wait(FIRST_COMPLETED, timeout=0.25)", "join(ThreadPoolExecutor-0_0)".
func callLabel(n *names, e trace.Event) string {
	args := strings.ReplaceAll(e.Args, "return_when=", "")
	call := e.Name + "(" + args + ")"
	if e.Future != 0 {
		return "f" + itoa(e.Future) + "." + call
	}
	return call
}

// sortedKeys returns m's keys in increasing order.
func sortedKeys[V any](m map[int]V) []int {
	return slices.Sorted(maps.Keys(m))
}

// workerList returns the workers in colour order.
func (n *names) workerList() []Worker {
	out := make([]Worker, len(n.workers))
	for th, num := range n.workers {
		out[num-1] = Worker{Number: num, Thread: th, Name: n.worker(th)}
	}
	return out
}
