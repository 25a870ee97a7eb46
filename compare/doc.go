// Package compare sets a simulated run beside a recorded one (package record: the same script under
// CPython) and lists the differences that matter to a learner, each explained where the cause is
// known.
//
// Futures are matched by the order they were made: the simulation's third future is the real run's
// third. Compare then looks at what concurrent.futures promises and what a learner reads off a
// timeline: the order futures completed in, the thread each done-callback ran in, what each cancel()
// returned, how many futures each wait() found done, how the run ended (an uncaught exception's type, a limit), and when
// each future finished, which may be off by the tolerance before it counts. Times of the recorded run are taken from the script's start
// (the recorder's meta "script_start_ns"), as the simulation's are.
//
// A difference's Cause names what made it when the traces show it: two futures finishing closer
// together than a real machine's scheduling jitter, a worker process's start-up cost, CPU-bound tasks
// taking turns at the GIL every switch interval, fewer cores than the simulation assumed, a worker
// that took a task before cancel() came. The package never changes the traces it is given, and its
// output depends only on them.
//
// For the front ends (the browser, the desktop app), Load reads a recorded trace a learner hands in
// and says in their words what a file is instead (too large, checked before it is parsed; empty; not
// JSON; of another version; a simulated trace), Describe says what a recording was made under, and
// Verdict and Lines write the difference list.
package compare
