// Package layout turns a trace of a run into a Scene: a display list of shapes in (virtual time, lane)
// coordinates that a backend draws (render/svg for static images, render/ebitenview for the
// interactive viewer).
//
// # Views
//
// A scene has two views. The futures view has a lane per future: how long it was queued (PENDING),
// in a process pool's call queue (already RUNNING), executed on which worker, and how it ended (result,
// exception, cancellation); its done-callbacks, the cancel() calls made on it and what they returned,
// the threads blocked on it in result(), and where as_completed() yielded it. The threads view has a
// header lane per process and a lane per thread under it: the tasks and callbacks it ran, the calls it
// was blocked in (sleep, result, wait, as_completed, join, locks), whether it held the GIL or waited
// for it, and its prints, log records and timeouts. Overlays are rules across both views at moments
// that explain the rest: where wait() returned and why, where a timeout fired, shutdowns, broken
// executors, the uncaught exception, a deadlock or a limit.
//
// # Shapes
//
// Each Shape has a geometry (span, line, marker, text), a Style (what it shows) and ties to what it
// shows (future, thread, event sequence number), a short Label to draw and a Detail to show on hover.
// Style.Look gives colours, patterns and glyphs as data: the palette is Okabe–Ito, colour-blind safe,
// and every style differs from the others by pattern or glyph too. A lane is one unit high; shapes
// place themselves inside it with Y0 and Y1. View.Visible walks what a window shows without looking
// at the rest; View.Hit finds the shape under a pointer.
//
// # Size
//
// A run of 100,000 futures makes half a million shapes. BuildLazy lays one out without writing the
// shapes' details, which it writes when a backend asks (Visible and Hit for what a window shows or a
// pointer is on, View.Describe for the rest): a viewer pays only for what it shows. Build writes them
// all, from the same code, for backends that show everything (the SVG). BuildOptions.Pause lets a
// caller that shares its thread run every 50,000 steps of work. A Shape is 96 bytes and a Lane 72,
// their fields as narrow as what they hold; what is read from the events keeps their indexes, not
// copies; the futures' lane labels and details share a few blocks of text. BuildLazy of 10,000
// futures allocates 7.96 MB in 156 allocations (BenchmarkLayout10k).
//
// # Language
//
// Build writes a scene's words in English; BuildWith writes them in Chinese too (BuildOptions.Lang,
// Style.LookIn for the legend). Only the words around the script's own strings change: Python's
// names (result(), PENDING, FIRST_COMPLETED), the script's values and exceptions, thread and
// process names stay as they are, and the shapes are the same in every language. The simulator's
// own messages (a deadlock's, a limit's: an overlay's detail and Scene.Outcome) are said in the
// scene's language by render/words, the one place that words them.
//
// # Time
//
// Times are virtual nanoseconds from the start of the run, as in the trace. Scene.StateAt tells what
// every future's running(), done() and cancelled() would return at a playhead; NextEvent and PrevEvent
// step it. Ticks makes the marks of a time axis, FormatTime and FormatDuration write times, Truncate
// fits labels to a width.
//
// The package is pure: it imports only the standard library, sim/trace and render/words (the
// simulator's messages in two languages), never changes the trace it is given, and the same trace
// always gives the same scene. It knows nothing of pixels beyond what
// Ticks needs to space its marks.
package layout
