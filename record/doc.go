// Package record runs a Python script under a real CPython with futurescope's recorder and returns
// the trace it wrote: what the script's futures, threads and processes did, on real time.
//
// The recorder is the pure-Python package futurescope_record (in this folder, embedded in the
// binary; CPython 3.9 to 3.13, standard library only). Run writes it to a temporary folder, runs
// `python3 -m futurescope_record -o TRACE --limit SECONDS script.py` there with the script's own
// standard streams, and decodes the trace. The script's output and exit status are the script's,
// recorder or not: a recorder that fails says so in the trace's meta ("recorder_error") and lets
// the script run on, and a script still running at the time limit is stopped with a "limit" event
// and the trace written up to it (meta "limit" is "time").
//
// The trace is in sim/trace's JSON form, version 1, with real times in nanoseconds since the
// recorder started. Its meta states the CPython that ran it ("python"), the machine's cores
// ("cores"), the start method of its processes ("start_method"), the switch interval, and the
// recorder's whole cost per event ("overhead_ns_per_event": the CPU time the run's threads, worker
// processes' too, spent in its hooks, plus writing the trace, over the events written;
// "overhead_method" says how it was measured, "overhead_hooks_ns" and "overhead_write_ns" give the
// parts). testdata/overhead_bench.py checks that figure against the CPU time a run takes with the
// recorder and without it.
package record
