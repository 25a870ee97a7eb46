// Package live holds the desktop app's rules for a script that runs again when its file changes (or
// R is pressed), without a graphics library so that they are tested without a display:
//
//   - a run of the same script keeps what the user chose, and is fitted to the window again unless
//     the user zoomed or panned since the last fit (viewstate.State.Keep does this); another opens
//     with the view and playhead the command line, else the block, asks for (Open);
//   - a run that did not compile (a syntax error while the file is being edited) does not replace
//     the last good run: that stays on screen, dimmed, with the error over it, until a run compiles;
package live

// A Run is what the rules need to know of a run.
type Run struct {
	// Key names the script run: two runs of the same key are runs of the same script.
	Key string
	// Compiled says the script compiled and ran (it may still have failed while running).
	Compiled bool
}

// A Screen is what the window shows of the runs: the run shown, and the run that failed to compile
// since, if any, whose error is laid over it.
type Screen struct {
	Shown, Broken *Run
}

// Take returns the screen after run next ends: a run that did not compile, of the script shown,
// leaves the last good run shown and becomes the broken one; any other run is shown alone.
func (s Screen) Take(next Run) Screen {
	if !next.Compiled && s.Shown != nil && s.Shown.Compiled && s.Shown.Key == next.Key {
		return Screen{Shown: s.Shown, Broken: &next}
	}
	return Screen{Shown: &next}
}

// Dimmed reports whether the run shown is dimmed: a later run of it did not compile.
func (s Screen) Dimmed() bool { return s.Broken != nil }

// DimAlpha is how opaque the white laid over a dimmed run is: enough to say "out of date", not so
// much that the timeline cannot be read.
const DimAlpha = 0.6
