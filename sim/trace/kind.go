package trace

import "slices"

// kinds lists every Kind in the order event.go declares them. Known and Kinds read it; nothing writes it.
var kinds = [...]Kind{
	ProcessStart, ProcessExit, ThreadStart, ThreadExit,
	ExecutorCreate, ExecutorShutdown, ExecutorBroken,
	FutureCreate, FutureQueued, FutureRunning, TaskStart, TaskEnd,
	FutureFinish, FutureCancel, FutureCancelled, FutureNotified,
	CallbackStart, CallbackEnd,
	CallStart, CallEnd, Yield, Timeout,
	GILAcquire, GILRelease,
	Print, Log, Error, Deadlock, Limit,
}

// Kinds returns every event kind this package declares, in declaration order. The slice is the caller's.
func Kinds() []Kind { return slices.Clone(kinds[:]) }

// Known reports whether k is one of the kinds this package declares. Decode and Encode refuse traces
// holding an unknown kind.
func (k Kind) Known() bool { return slices.Contains(kinds[:], k) }
