package sim

import (
	"context"
	"errors"
	"strconv"
	"time"

	"github.com/futurescope/futurescope/sim/trace"
)

// A Process is a simulated process: a group of threads with its own GIL, its own values (a script's
// module state lives there) and a pid. Killing it ends all its threads.
type Process struct {
	k        *Kernel
	id, pid  int
	name     string
	threads  []*Thread
	live     int
	gil      gil
	values   map[any]any
	exitCode int
	dying    bool
	ended    bool
	onExit   []func(*Process)
	joiners  waitq
	nThreads int // Thread-N counter, as threading._counter
}

// ID returns the process's id in the trace (the main process is 1).
func (p *Process) ID() int { return p.id }

// PID returns the process's simulated pid (what os.getpid() returns in it).
func (p *Process) PID() int { return p.pid }

// Name returns the process's name ("MainProcess", "SpawnProcess-1").
func (p *Process) Name() string { return p.name }

// Alive reports whether the process is running: started, and neither ended nor killed.
func (p *Process) Alive() bool { return !p.ended && !p.dying }

// ExitCode returns the exit code once the process has ended: 0 after a normal exit, 1 when its main
// thread failed, minus the signal number when it was killed.
func (p *Process) ExitCode() int { return p.exitCode }

// MainThread returns the process's first thread.
func (p *Process) MainThread() *Thread { return p.threads[0] }

// Value returns the process-local value stored under key (nil if none).
func (p *Process) Value(key any) any { return p.values[key] }

// SetValue stores a process-local value under key. Other processes never see it.
func (p *Process) SetValue(key, v any) { p.values[key] = v }

// OnExit registers fn to run when the process has ended, on the thread that ended it last. fn must not
// block. If the process has already ended, fn runs now.
func (p *Process) OnExit(fn func(*Process)) {
	if p.ended {
		fn(p)
		return
	}
	p.onExit = append(p.onExit, fn)
}

// NewThreadName returns the next default thread name of the process, as threading does: "Thread-N", or
// "Thread-N (target)" when target is not empty.
func (p *Process) NewThreadName(target string) string {
	p.nThreads++
	name := "Thread-" + strconv.Itoa(p.nThreads)
	if target != "" {
		name += " (" + target + ")"
	}
	return name
}

func (k *Kernel) newProcess(name string) *Process {
	p := &Process{k: k, id: len(k.procs) + 1, pid: 3001 + len(k.procs), name: name,
		values: map[any]any{}}
	k.procs = append(k.procs, p)
	k.emit(trace.Event{Kind: trace.ProcessStart, Target: p.pid, Name: name, Process: p.id})
	return p
}

// StartProcess starts a new process whose main thread runs main. The process ends when all its threads
// have ended; a main that returns an error gives exit code 1.
func StartProcess(ctx context.Context, name string, main func(ctx context.Context) error) *Process {
	k := kernelOf(ctx)
	p := k.newProcess(name)
	t := k.newThread(p, "MainThread", false, func(ctx context.Context) error {
		err := main(ctx)
		if err != nil && err != errKilled {
			p.exitCode = 1
		}
		return err
	})
	k.runq.push(t)
	return p
}

// Kill ends the process at once, like SIGKILL (signal 9) or SIGTERM (15): every thread of it stops
// where it is, at its next turn, and the process's exit callbacks run once the last one has unwound.
// Locks its threads held stay held. Killing a dead process does nothing.
func (p *Process) Kill(signal int) { p.exit(-signal) }

// ErrInterrupted is what Sleep returns when Process.Interrupt cut it short.
var ErrInterrupted = errors.New("sim: sleep interrupted by a signal")

// Interrupt cuts short the Sleep the process's main thread is in, if it is in one, as a signal cuts
// time.sleep short (EINTR) for CPython to run the signal's handler. Other waits go on.
func (p *Process) Interrupt() {
	if t := p.MainThread(); t.parked && t.waitWhat == "sleep" && !t.ended {
		p.k.unpark(t)
	}
}

// exit ends the process at once with exit code code (see Kill).
func (p *Process) exit(code int) {
	if p.ended || p.dying {
		return
	}
	k := p.k
	p.dying = true
	p.exitCode = code
	self := false
	for _, t := range p.threads {
		if t.ended {
			continue
		}
		t.killed = true
		if t == k.cur {
			self = true
		} else if t.parked {
			k.unpark(t)
		}
	}
	if self {
		panic(exitSignal{})
	}
}

// Join waits until the process has ended or timeout passes, and reports whether it has ended.
func (p *Process) Join(ctx context.Context, timeout time.Duration) bool {
	k := kernelOf(ctx)
	if p.ended {
		return true
	}
	k.callStart("join", 0, p.name, "")
	p.joiners.add(k.cur)
	k.block("process_join", p.id, timeout)
	k.callEnd("join", 0, k.interruptOutcome("process_join", boolStr(p.ended)))
	return p.ended
}

func (k *Kernel) processEnd(p *Process) {
	p.ended = true
	for p.joiners.wakeOne(k) {
	}
	k.emit(trace.Event{Kind: trace.ProcessExit, Process: p.id, Target: p.pid, Value: strconv.Itoa(p.exitCode)})
	for _, fn := range p.onExit {
		fn(p)
	}
	p.onExit = nil
}
