// Package intent turns the desktop window's keys into intents: what the user asked the window to do,
// whatever key asked. It imports no graphics library, so that the window's keyboard is tested
// without a display; the key map (viewstate.KeyMap) decides what each key means, as it does for
// the timeline and the help overlay. The window's ebiten code only names the keys pressed (see
// Press) and carries the intents out.
package intent

import "fmt"

// An Op is what an intent asks the window for.
type Op uint8

// The window's operations.
const (
	None       Op = iota
	Focus         // move the focus to the next part (N = -1: the previous)
	Present       // presenter mode on or off
	Rerun         // run the script shown again
	Lang          // switch the course's language
	Stop          // stop the run in progress
	Block         // run the lesson's next script block (N = 1) or previous one (N = -1)
	Digit         // a digit typed (N), choosing the lesson or scenario of the number typed
	Export        // save what is shown: Export names the kind (png, svg, trace, chrome)
	Slide         // presenter mode: the next slide (N = 1) or the previous one (N = -1)
	Fullscreen    // fullscreen on or off
	Panel         // show or hide Panel
	Size          // everything bigger (N = 1), smaller (N = -1) or back to normal (N = 0)
	Predict       // hide the block's run for the class to predict it, or show it again
	Answer        // a prediction: show the next answer, revealing its event (after the last, the whole run)
	Move          // move within the part with the focus: Move says how (list and lesson text)
	Reveal        // a prediction: reveal the next event (→ while one hides part of the run)
)

var opNames = [...]string{"none", "focus", "present", "rerun", "lang", "stop", "block", "digit", "export",
	"slide", "fullscreen", "panel", "size", "predict", "answer", "move", "reveal"}

// String returns the operation's name.
func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return "op?"
}

// A PanelID names one of the window's panels around the timeline.
type PanelID uint8

// The panels a key shows or hides.
const (
	NoPanel   PanelID = iota
	TextPanel         // the lesson's text (a slide in presenter mode) or the script's source
	Console           // what the script printed
	List              // the list of lessons or scenarios
)

// A Motion is how a Move intent moves within the part with the focus.
type Motion uint8

// The motions.
const (
	Up       Motion = iota + 1 // a line (a row of the list) up
	Down                       // a line down
	PageUp                     // a page up
	PageDown                   // a page down
	Home                       // to the start
	End                        // to the end
	Enter                      // open what is chosen, or move the focus on
)

// An Intent is one thing the user asked the window to do.
type Intent struct {
	Op Op
	// N counts or directs: see each Op.
	N int
	// Export is an Export's kind, as the key map's command names it ("png", "svg", "trace", "chrome").
	Export string
	// Panel is a Panel intent's panel.
	Panel PanelID
	// Move is a Move intent's motion.
	Move Motion
}

// String writes the intent for test failures: "block(1)", "panel(2)".
func (in Intent) String() string {
	switch in.Op {
	case Focus, Block, Digit, Slide, Size:
		return fmt.Sprintf("%s(%d)", in.Op, in.N)
	case Export:
		return "export(" + in.Export + ")"
	case Panel:
		return fmt.Sprintf("panel(%d)", in.Panel)
	case Move:
		return fmt.Sprintf("move(%d)", in.Move)
	}
	return in.Op.String()
}
