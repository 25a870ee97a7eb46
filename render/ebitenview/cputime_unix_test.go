//go:build unix

package ebitenview

import "syscall"

// cpuTime returns the CPU time, user and system, the process has used, in nanoseconds: every thread's,
// so the software renderer's (Mesa's llvmpipe threads) with the Go side's. On a loaded machine it is a
// steadier measure of a frame's cost than the wall clock.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
