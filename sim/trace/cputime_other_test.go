//go:build !unix

package trace

// cpuTime returns 0 where the process's CPU time cannot be read (WebAssembly): the benchmarks' cpu-ns
// figures are then 0 and only their wall-clock figures mean anything.
func cpuTime() int64 { return 0 }
