package sim

import (
	"context"
	"strconv"
)

// What multiprocessing needs of processes beyond a pool's workers: os._exit, processes a script
// starts itself, the counter CPython names child processes by, and work to do when the main module
// ends (a Manager's server process stops then).

// Exit ends the process at once with exit code code, as os._exit(code) does: like Kill, every thread
// stops where it is, and a pool whose worker this is breaks. Ending a dead process does nothing.
func (p *Process) Exit(code int) { p.exit(code) }

// Ended reports whether every thread of the process has ended.
func (p *Process) Ended() bool { return p.ended }

// ChildName returns the name of the next child of the running process, as multiprocessing names
// it: prefix and the child's identity (NextChildID).
func ChildName(ctx context.Context, prefix string) string { return prefix + NextChildID(ctx) }

// NextChildID returns the identity of the next child of the running process, as multiprocessing
// numbers children: one counter a process, for every kind of child ("3"), and a child's child
// after its parent's identity ("1:2").
func NextChildID(ctx context.Context) string {
	p := kernelOf(ctx).cur.proc
	n, _ := p.values[childCountKey{}].(int)
	n++
	p.values[childCountKey{}] = n
	if parent := p.Identity(); parent != "" {
		return parent + ":" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

type childCountKey struct{}
type identityKey struct{}

// SetIdentity records the identity NextChildID gave a child process.
func (p *Process) SetIdentity(id string) { p.values[identityKey{}] = id }

// Identity returns the process's identity ("" for the main process).
func (p *Process) Identity() string {
	id, _ := p.values[identityKey{}].(string)
	return id
}

// StartUp spends a new process's start-up time (Config.ProcessStart) on the running thread, shown in
// the trace as the call "startup": the interpreter starts and imports the main module.
func StartUp(ctx context.Context) { kernelOf(ctx).startUp() }

// AtExit registers fn to run on the main thread when the main module has ended, once every executor
// has finished its work, as CPython runs multiprocessing's exit handler after concurrent.futures'
// (stopping a Manager's server process, terminating daemon processes). fn may block.
func AtExit(ctx context.Context, fn func(ctx context.Context)) {
	k := kernelOf(ctx)
	k.executors = append(k.executors, exitHook(fn))
}

type exitHook func(ctx context.Context)

func (h exitHook) wakeForExit() {}

// joinForExit waits for the executors first (an executor's join is idempotent), then runs the hook.
func (h exitHook) joinForExit(ctx context.Context) {
	for _, e := range kernelOf(ctx).executors {
		if _, ok := e.(exitHook); !ok {
			e.joinForExit(ctx)
		}
	}
	h(ctx)
}

// FindProcess returns the process whose pid is pid, or nil if the run has none.
func FindProcess(ctx context.Context, pid int) *Process {
	for _, p := range kernelOf(ctx).procs {
		if p.pid == pid {
			return p
		}
	}
	return nil
}

// FindProcessByID returns the process whose trace id is id (the main process is 1), or nil.
func FindProcessByID(ctx context.Context, id int) *Process {
	procs := kernelOf(ctx).procs
	if id < 1 || id > len(procs) {
		return nil
	}
	return procs[id-1]
}
