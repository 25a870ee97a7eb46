package runs

import (
	"cmp"

	"github.com/futurescope/futurescope/cmd/native/cli"
)

// An Executor runs the window's jobs in the background, one at a time: starting one cancels the one
// in progress, whose result is then dropped, and Collect picks up the result of the last.
type Executor struct {
	results  chan *Run
	maxSteps int64 // each run's CPU budget, in interpreter instructions
	gen      int   // counts the runs started
	running  bool  // a run is in progress
	name     string
	cancel   chan struct{} // closing it stops the run in progress; nil when none is
	runs     int           // counts the runs finished
}

// NewExecutor returns an executor whose runs may take maxSteps interpreter instructions (0:
// cli.InteractiveMaxSteps).
func NewExecutor(maxSteps int64) *Executor {
	return &Executor{results: make(chan *Run, 4), maxSteps: cmp.Or(maxSteps, cli.InteractiveMaxSteps)}
}

// Start runs j in the background, cancelling the run in progress; Collect picks the result up.
func (x *Executor) Start(j Job) {
	x.cancelRun()
	cancel := make(chan struct{})
	x.gen++
	x.running, x.name, x.cancel = true, j.Name, cancel
	j.MaxSteps, j.Cancel = x.maxSteps, cancel
	gen, results := x.gen, x.results
	go func() { results <- execute(j, gen) }()
}

// Collect returns the run last started once it has finished, else nil (an older run is dropped).
func (x *Executor) Collect() *Run {
	select {
	case r := <-x.results:
		if r.Gen != x.gen {
			return nil
		}
		x.running, x.cancel = false, nil
		x.runs++
		return r
	default:
		return nil
	}
}

// Stop cancels the run in progress: the simulation stops at its next instruction, and its result
// is dropped.
func (x *Executor) Stop() {
	x.cancelRun()
	x.gen++
	x.running = false
}

// cancelRun stops the run in progress, if any, at its next instruction: its result, which says it was
// cancelled, is then dropped (its gen is old).
func (x *Executor) cancelRun() {
	if x.cancel != nil {
		close(x.cancel)
		x.cancel = nil
	}
}

// Running reports whether a run is in progress.
func (x *Executor) Running() bool { return x.running }

// Name returns the script name of the run last started.
func (x *Executor) Name() string { return x.name }

// Runs counts the runs finished and collected.
func (x *Executor) Runs() int { return x.runs }

// Started counts the runs started (and stopped): it changes whenever a run starts.
func (x *Executor) Started() int { return x.gen }

// MaxSteps returns each run's CPU budget, in interpreter instructions.
func (x *Executor) MaxSteps() int64 { return x.maxSteps }
