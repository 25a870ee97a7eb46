package viewstate

import (
	"fmt"

	"github.com/futurescope/futurescope/render/layout"
)

// An Op is what an intent asks for.
type Op uint8

// The operations.
const (
	OpNone            Op = iota
	OpPlay               // start playback, or pause it when it plays
	OpStep               // move the playhead N events forward (N < 0: back), and pause
	OpSeek               // move the playhead to T and bring it into view (Home, End, Enter)
	OpScrub              // move the playhead to T, as dragging on the axis does, and pause
	OpZoom               // divide the window's span by Factor, keeping time T where it is
	OpPan                // move the window by T nanoseconds
	OpScroll             // scroll the lanes by N rows
	OpFit                // show the whole run
	OpSpeed              // change the playback speed by N steps of the 1-2-5 ladder
	OpSelect             // select Target (the zero Target clears the selection)
	OpHover              // Target is under the pointer
	OpToggleView         // futures and threads → futures → threads → both
	OpToggleHelp         // show or hide the help overlay
	OpToggleFrameTime    // show or hide the frame-time readout
	OpToggleStates       // show or hide the column of future states at the playhead
	OpEscape             // close the help, else clear the selection
)

var opNames = [...]string{"none", "play", "step", "seek", "scrub", "zoom", "pan", "scroll", "fit", "speed",
	"select", "hover", "toggle-view", "toggle-help", "toggle-frame-time", "toggle-states", "escape"}

// String returns the operation's name.
func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return "op?"
}

// An Intent is one thing a user asked the viewer to do, independent of the key or gesture that asked.
type Intent struct {
	// Op is what to do; the fields it uses are listed with each Op.
	Op Op
	// N counts steps, rows or speed steps.
	N int
	// T is a time in virtual nanoseconds: a playhead position, a zoom anchor or a pan distance.
	T int64
	// Factor is a zoom factor: more than 1 zooms in.
	Factor float64
	// Target is what to select or what is hovered.
	Target Target
}

// String writes the intent for test failures: "step(-1)", "zoom(2 @ 0.5 s)".
func (in Intent) String() string {
	switch in.Op {
	case OpStep, OpScroll, OpSpeed:
		return fmt.Sprintf("%s(%d)", in.Op, in.N)
	case OpSeek, OpScrub, OpPan:
		return fmt.Sprintf("%s(%s)", in.Op, layout.FormatTime(in.T))
	case OpZoom:
		return fmt.Sprintf("zoom(%g @ %s)", in.Factor, layout.FormatTime(in.T))
	case OpSelect, OpHover:
		return fmt.Sprintf("%s(%s)", in.Op, in.Target)
	}
	return in.Op.String()
}

// Play toggles playback.
func Play() Intent { return Intent{Op: OpPlay} }

// Step moves the playhead n events forward (n < 0: back).
func Step(n int) Intent { return Intent{Op: OpStep, N: n} }

// Seek moves the playhead to t and brings it into view.
func Seek(t int64) Intent { return Intent{Op: OpSeek, T: t} }

// Scrub moves the playhead to t and pauses.
func Scrub(t int64) Intent { return Intent{Op: OpScrub, T: t} }

// Zoom divides the window's span by factor (more than 1 zooms in), keeping time anchor in place.
func Zoom(factor float64, anchor int64) Intent { return Intent{Op: OpZoom, Factor: factor, T: anchor} }

// Pan moves the window by dt nanoseconds (dt > 0: later).
func Pan(dt int64) Intent { return Intent{Op: OpPan, T: dt} }

// Scroll scrolls the lanes by n rows (n > 0: down).
func Scroll(n int) Intent { return Intent{Op: OpScroll, N: n} }

// Fit shows the whole run.
func Fit() Intent { return Intent{Op: OpFit} }

// Speed changes the playback speed by n steps (n > 0: faster).
func Speed(n int) Intent { return Intent{Op: OpSpeed, N: n} }

// Select selects t; the zero Target clears the selection.
func Select(t Target) Intent { return Intent{Op: OpSelect, Target: t} }

// Hover says t is under the pointer.
func Hover(t Target) Intent { return Intent{Op: OpHover, Target: t} }

// ToggleView switches to the next view: both → futures → threads → both.
func ToggleView() Intent { return Intent{Op: OpToggleView} }

// ToggleHelp shows or hides the help overlay.
func ToggleHelp() Intent { return Intent{Op: OpToggleHelp} }

// ToggleFrameTime shows or hides the frame-time readout.
func ToggleFrameTime() Intent { return Intent{Op: OpToggleFrameTime} }

// ToggleStates shows or hides the column of future states at the playhead.
func ToggleStates() Intent { return Intent{Op: OpToggleStates} }

// Escape closes the help overlay, or else clears the selection.
func Escape() Intent { return Intent{Op: OpEscape} }
