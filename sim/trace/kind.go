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

// kindIndex returns k's index in kinds, and false for a kind this package does not declare.
func kindIndex(k Kind) (uint8, bool) {
	switch k {
	case ProcessStart:
		return 0, true
	case ProcessExit:
		return 1, true
	case ThreadStart:
		return 2, true
	case ThreadExit:
		return 3, true
	case ExecutorCreate:
		return 4, true
	case ExecutorShutdown:
		return 5, true
	case ExecutorBroken:
		return 6, true
	case FutureCreate:
		return 7, true
	case FutureQueued:
		return 8, true
	case FutureRunning:
		return 9, true
	case TaskStart:
		return 10, true
	case TaskEnd:
		return 11, true
	case FutureFinish:
		return 12, true
	case FutureCancel:
		return 13, true
	case FutureCancelled:
		return 14, true
	case FutureNotified:
		return 15, true
	case CallbackStart:
		return 16, true
	case CallbackEnd:
		return 17, true
	case CallStart:
		return 18, true
	case CallEnd:
		return 19, true
	case Yield:
		return 20, true
	case Timeout:
		return 21, true
	case GILAcquire:
		return 22, true
	case GILRelease:
		return 23, true
	case Print:
		return 24, true
	case Log:
		return 25, true
	case Error:
		return 26, true
	case Deadlock:
		return 27, true
	case Limit:
		return 28, true
	}
	return 0, false
}
