package live

import "cmp"

// A Want is what asks how a run's timeline opens: the command line (--view, --at) and the script
// block's fence (view=, at=), the command line first.
type Want struct {
	// View is the command line's view, BlockView the block's ("futures", "threads", "both" or "").
	View, BlockView string
	// At is the command line's playhead in virtual nanoseconds (negative: none), BlockAt the
	// block's (0: none).
	At, BlockAt int64
	// Predict says the run is a prediction's: it opens with nothing revealed.
	Predict bool
}

// An Opening is how a new run's timeline opens.
type Opening struct {
	// Keep says the run re-ran the script shown: the view, zoom, selection and playhead the user
	// chose stay (and the rest of the fields are unused).
	Keep bool
	// View is the view to show: "futures", "threads" or "both".
	View string
	// Scrub says to put the playhead at the start first, hiding the whole run (a prediction).
	Scrub bool
	// Seek says to move the playhead to At.
	Seek bool
	At   int64
}

// Open decides how the timeline of run next opens, shown being the run on screen (nil: none): a
// re-run of the same script keeps what the user chose; another opens with the view and playhead
// the command line asks for, else the block's, else both views from the start.
func Open(shown *Run, next Run, w Want) Opening {
	if shown != nil && shown.Key == next.Key {
		return Opening{Keep: true}
	}
	o := Opening{View: cmp.Or(w.View, w.BlockView, "both"), Scrub: w.Predict}
	switch {
	case w.At >= 0:
		o.Seek, o.At = true, w.At
	case w.BlockAt > 0:
		o.Seek, o.At = true, w.BlockAt
	}
	return o
}
