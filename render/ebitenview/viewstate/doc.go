// Package viewstate is the pure half of the interactive timeline viewer (render/ebitenview): what the
// viewer shows and how input changes it, with no graphics library, window or clock.
//
// A State holds a run's scene and trace, the view being shown (futures, threads or both), the time
// window, the playhead and whether it plays, the lanes scrolled past, the selection and the panels
// that are open. Intents change it: State.Apply takes one (Play, Step, Scrub, Zoom, Pan, Select, …),
// and State.Advance moves a playing playhead by the real time elapsed since the last frame, which the
// caller measures and passes in (the package reads no clock), so the same intents and the same
// elapsed times always give the same state, and playback keeps its speed at any frame rate.
//
// Geometry maps the viewer's pixels to virtual time and lanes and back, given the viewer's bounds and
// its font's size. Pointer and KeyIntents turn a Frame of raw input (keys typed, the cursor, the
// button, the wheel) into intents; the graphical Input type only fills the Frame. Details and Tooltip
// say in words what is selected or under the pointer, from the scene and the trace.
//
// Everything here is deterministic and tested with table tests, without a display.
package viewstate
