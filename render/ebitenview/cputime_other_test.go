//go:build !unix

package ebitenview

// cpuTime returns 0 where the process's CPU time cannot be read: the benchmarks' cpu-ms figures are
// then 0 and only their wall-clock figures mean anything.
func cpuTime() int64 { return 0 }
