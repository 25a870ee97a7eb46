//go:build unix

package syntax

import "syscall"

// cpuTime returns the CPU time the process has used, in nanoseconds, so a
// benchmark on a busy machine can report its own CPU time per operation.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
