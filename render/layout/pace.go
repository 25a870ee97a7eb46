package layout

// A pacer calls a BuildOptions.Pause after every pauseSteps steps of work (an event read, a future
// drawn, a shape sorted or described), so that a caller that shares its thread (WebAssembly's, with a
// page) never waits long for its turn: the layout of 100,000 futures takes a few million steps.
type pacer struct {
	pause func()
	n     int
}

// pauseSteps is how many steps the layout takes between two pauses: well under a millisecond of work
// in WebAssembly, so that even on a loaded machine no stretch between pauses nears the page's budget
// (at 10,000 a stretch took 100-226 ms under load). A pause that finds no time slice gone by costs
// a clock read.
const pauseSteps = 1_000

// step counts one step of work, and pauses after pauseSteps of them.
func (p *pacer) step() { p.steps(1) }

// steps counts n steps of work, and pauses once pauseSteps have been taken since the last pause.
func (p *pacer) steps(n int) {
	if p.n += n; p.n >= pauseSteps {
		p.n = 0
		p.pause()
	}
}
