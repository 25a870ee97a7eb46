//go:build js && wasm

package main

import (
	"image"
	"strings"
	"sync"
	"sync/atomic"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"github.com/futurescope/futurescope/render/ebitenview"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/sim/trace"
)

// A run is a trace the page asked to show, with how to show it.
type run struct {
	trace   *trace.Trace
	source  []byte
	mode    viewstate.Mode
	setMode bool   // show mode; otherwise keep the previous run's (both for a first run)
	at      int64  // the playhead, or -1 to keep the previous run's view, window and playhead
	lang    string // the viewer's language, or "" to keep the current one
	scene   *layout.Scene
	viewer  *ebitenview.Viewer // of scene, made off the game loop; load carries the last one's state over
	big     bool               // prepared with pauses and the collector off (see collector)
}

// A snapshot is what the viewer showed in its last frame, for state().
type snapshot struct {
	Shown         bool
	Playhead, End int64
	Playing       bool
	View          string
	Lang          string
	Frames        int
	// Drawn is Loaded as of the last frame drawn: the run on screen.
	Drawn int
	// Loaded counts the runs laid out and shown; Loading says a run is being laid out or waits
	// for the next Update.
	Loaded  int
	Loading bool
	// Error says why the last run asked for could not be shown (its trace did not decode), or "".
	Error string
}

// A timeline is the ebiten game of the page: one viewer as the whole frame, replaced when a new run
// arrives. The page's calls only queue work (runs, commands); Update carries it out, so the viewer is
// touched by ebiten's goroutine alone.
type timeline struct {
	viewer   *ebitenview.Viewer
	fonts    *ebitenview.FontSet // the bundled fonts, then the page's for what they lack; made by the first load
	src      []string            // the run's script, by line, for the page's detail panel
	details  detailsKey          // what the page's detail panel was last given (details_js.go)
	lang     string              // the language of the viewer's words: "en" until the page says otherwise
	w, h     int
	scale    float64
	paint    painter          // which frames are drawn: only those after a change
	sleeping bool             // ebiten ticks only when woken (pace)
	woken    atomic.Bool      // input or the page asked for attention since the last tick
	keyBuf   []ebiten.Key     // scratch for the keys held down
	kept     *viewstate.State // the view of the run dropped for a big one, for a rerun to keep (drop)
	frozen   bool             // the run shown was dropped: the screen keeps its last frame
	gc       collector

	mu       sync.Mutex
	asked    int   // counts the runs the page asked to show
	pending  int   // runs being laid out
	runs     []run // laid out, for Update to show
	commands []command
	drops    []chan struct{} // asks Update to drop the run shown (dropShown)
	bigShown bool            // the run shown is big
	snap     snapshot
}

// heapPerTraceByte is about how many bytes of heap a run takes for each byte of its binary trace,
// decoded, laid out and in its viewer (100,000 futures: 171 MB for 9.3 MB), so that a hold leaves
// room for the run prepared: a limit below what the run needs would collect again and again.
const heapPerTraceByte = 24

// show decodes r's trace, lays it out and makes its viewer off the game loop, and queues the viewer
// for Update, which shows it. A big run's trace takes seconds to decode and lay out in WebAssembly:
// done in one go, it would hold up the page (the frame shares its thread, and Go is never preempted
// there), so each step pauses often and lets the page run, while the last run's frame stays drawn.
// A run asked for after r supersedes it: r is then dropped, laid out or not. A trace that does not
// decode is reported by state() (Error) instead of shown.
func (tl *timeline) show(r run, in traceIn) {
	tl.mu.Lock()
	tl.asked++
	tl.pending++
	tl.wake()
	n := tl.asked
	tl.mu.Unlock()
	go func() {
		p := &pacer{}
		r.big = in.size > paceBytes || len(in.json) > paceBytes
		if !r.big {
			p = nil // a small run is laid out at once (in tens of milliseconds): pauses would only delay it
		}
		tl.mu.Lock()
		hold := r.big || tl.bigShown
		tl.mu.Unlock()
		if hold { // drop the run shown, collect while the heap holds little, then prepare with the collector off
			tl.dropShown()
			tl.gc.hold(heapPerTraceByte * int64(max(in.size, len(in.json)/8)))
		}
		err := tl.prepare(&r, in, p)
		tl.mu.Lock()
		defer tl.mu.Unlock()
		if hold {
			tl.gc.release(r.big && err == nil && n == tl.asked)
		}
		tl.pending--
		if n == tl.asked {
			if err != nil {
				tl.snap.Error = "show: " + err.Error()
			} else {
				tl.snap.Error = ""
				tl.runs = append(tl.runs, r)
			}
		}
		tl.wake()
	}()
}

// dropShown asks Update to drop the run shown, keeping its last frame on the screen and its view for
// a rerun, and waits until it has.
func (tl *timeline) dropShown() {
	done := make(chan struct{})
	tl.mu.Lock()
	tl.drops = append(tl.drops, done)
	tl.mu.Unlock()
	tl.wake()
	<-done
}

// drop drops the run shown (see dropShown).
func (tl *timeline) drop() {
	if tl.viewer == nil {
		return
	}
	s := tl.viewer.State()
	tl.kept = &viewstate.State{Mode: s.Mode, T0: s.T0, T1: s.T1, Playhead: s.Playhead, Speed: s.Speed, Fitted: s.Fitted,
		Help: s.Help, FrameTime: s.FrameTime, States: s.States}
	tl.viewer, tl.frozen = nil, true
}

// prepare copies and decodes r's trace (the binary form, else JSON), lays it out lazily (details are
// written for what is shown or hovered) and makes its viewer, pausing with p (nil: never). The
// details of the first frame are left to it: writing them here, paced, made the page's longest
// stall during a flood of prints worse (0.4 s without, 0.9 to 3.2 s with), for reasons not found.
func (tl *timeline) prepare(r *run, in traceIn, p *pacer) error {
	var err error
	if in.size > 0 {
		r.trace, err = trace.DecodeBinaryPaced(in.copy(p), decodeStep, p.pause)
	} else {
		r.trace, err = trace.Decode(strings.NewReader(in.json))
	}
	if err != nil {
		return err
	}
	p.breathe()
	r.scene = layout.BuildLazy(r.trace, layout.BuildOptions{Lang: r.lang, Pause: p.pause})
	p.breathe()
	fonts, err := tl.fontSet()
	if err != nil {
		return err
	}
	p.breathe()
	r.viewer, err = ebitenview.NewScene(r.trace, r.scene, ebitenview.Options{Fonts: fonts, Source: r.source, Lang: r.scene.Lang})
	p.breathe()
	return err
}

// fontSet returns the viewer's fonts, making them the first time: the bundled ones, then the
// page's for what they lack.
func (tl *timeline) fontSet() (*ebitenview.FontSet, error) {
	tl.mu.Lock()
	defer tl.mu.Unlock()
	if tl.fonts != nil {
		return tl.fonts, nil
	}
	fonts, err := ebitenview.DefaultFonts()
	if err != nil {
		return nil, err
	}
	if last := pageFaces(); last != nil {
		fonts = fonts.WithLast(last)
	}
	tl.fonts = fonts
	return fonts, nil
}

// do queues a command.
func (tl *timeline) do(c command) {
	tl.wake()
	tl.mu.Lock()
	defer tl.mu.Unlock()
	tl.commands = append(tl.commands, c)
}

// wake brings the timeline back to full speed at once: input arrived, or the page sent a run or a
// command, or a run's layout is done. It may be called from any goroutine (the page's calls, the
// frame's event listeners, the layout).
func (tl *timeline) wake() {
	tl.woken.Store(true)
	setAsleep(false)
}

// pace lets an idle timeline sleep: ebiten then runs no Update and asks for no animation frame until
// wake, and goes back to a tick per frame once something changes.
func (tl *timeline) pace() {
	if tl.woken.Swap(false) {
		tl.paint.wake()
		tl.sleeping = false
		return
	}
	if idle := tl.paint.idle(); idle != tl.sleeping {
		tl.sleeping = idle
		setAsleep(idle)
	}
}

// setAsleep puts the timeline's loop to sleep or wakes it. Asleep, ebiten runs Update only for the
// frames ScheduleFrame asks for (an FPS mode deprecated in favour of skipping Draw, which the timeline
// does too, but skipping Draw alone still costs the page about 6% of its main thread: ebiten's
// machinery runs on every animation frame), and timeline.js holds the animation frame ebiten asks
// for (globalThis.futurescopeAsleep) until futurescopeRelease gives it back, so that the browser
// calls nothing at all.
func setAsleep(asleep bool) {
	js.Global().Set("futurescopeAsleep", asleep)
	if asleep {
		//lint:ignore SA1019 see above
		ebiten.SetFPSMode(ebiten.FPSModeVsyncOffMinimum)
		return
	}
	//lint:ignore SA1019 see above
	ebiten.SetFPSMode(ebiten.FPSModeVsyncOn)
	//lint:ignore SA1019 see above
	ebiten.ScheduleFrame()
	if release := js.Global().Get("futurescopeRelease"); release.Type() == js.TypeFunction {
		release.Invoke()
	}
}

// state returns what the last frame showed, and whether a run is on its way.
func (tl *timeline) state() snapshot {
	tl.mu.Lock()
	defer tl.mu.Unlock()
	s := tl.snap
	s.Loading = tl.pending > 0 || len(tl.runs) > 0
	return s
}

// Update takes the queued runs and commands, then updates the viewer.
func (tl *timeline) Update() error {
	tl.mu.Lock()
	runs, commands, drops := tl.runs, tl.commands, tl.drops
	tl.runs, tl.commands, tl.drops = nil, nil, nil
	if len(drops) > 0 {
		tl.bigShown = false
	}
	tl.mu.Unlock()
	if len(drops) > 0 {
		tl.drop()
		for _, d := range drops {
			close(d)
		}
	}
	for _, r := range runs {
		if err := tl.load(r); err != nil {
			return err
		}
	}
	for _, c := range commands {
		tl.apply(c)
	}
	if tl.viewer == nil {
		tl.paint.update(tl.look(nil))
		tl.pace()
		return nil
	}
	if tl.w > 0 {
		tl.viewer.SetBounds(image.Rect(0, 0, tl.w, tl.h), tl.scale)
	}
	tl.viewer.Update()
	tl.record()
	tl.pushDetails()
	tl.paint.update(tl.look(tl.viewer.State()))
	tl.pace()
	return nil
}

// look returns what this tick's frame depends on (see look).
func (tl *timeline) look(s *viewstate.State) look {
	l := look{w: tl.w, h: tl.h, scale: tl.scale, lang: tl.lang}
	tl.mu.Lock()
	l.loaded = tl.snap.Loaded
	tl.mu.Unlock()
	l.cursorX, l.cursorY = ebiten.CursorPosition()
	for _, b := range []ebiten.MouseButton{ebiten.MouseButtonLeft, ebiten.MouseButtonRight, ebiten.MouseButtonMiddle} {
		if ebiten.IsMouseButtonPressed(b) || inpututil.IsMouseButtonJustReleased(b) {
			l.buttons++
		}
	}
	l.touches = len(ebiten.AppendTouchIDs(nil)) + len(inpututil.AppendJustReleasedTouchIDs(nil))
	tl.keyBuf = inpututil.AppendPressedKeys(tl.keyBuf[:0])
	tl.keyBuf = inpututil.AppendJustReleasedKeys(tl.keyBuf)
	l.keys = len(tl.keyBuf)
	wx, wy := ebiten.Wheel()
	l.wheel = wx != 0 || wy != 0
	return lookOf(s, l)
}

// load replaces the viewer with r's. A rerun (no playhead given) keeps what the user chose in the
// previous viewer; a run with a playhead (a lesson's block, a share link) starts afresh.
func (tl *timeline) load(r run) error {
	if r.lang != "" {
		tl.lang = r.lang
	}
	v := r.viewer
	old := tl.kept // the view of a run dropped for this one, or of the run shown
	if tl.viewer != nil {
		old = tl.viewer.State()
	}
	keep := old != nil && r.at < 0
	if keep {
		v.State().Keep(old)
	}
	tl.kept, tl.frozen = nil, false
	if tl.lang != r.scene.Lang { // the language changed while the run was laid out
		v.SetLang(tl.lang)
	}
	tl.viewer = v
	tl.src = sourceLines(r.source)
	tl.mu.Lock()
	tl.snap.Loaded++
	tl.bigShown = r.big
	tl.mu.Unlock()
	if r.setMode {
		tl.apply(command{mode: r.mode, setMode: true})
	}
	if !keep {
		tl.apply(command{intent: viewstate.Seek(max(r.at, 0))})
	}
	return nil
}

// apply carries out a command on the viewer. A language applies even before there is a viewer.
func (tl *timeline) apply(c command) {
	if c.lang != "" {
		tl.lang = c.lang
		if tl.viewer != nil {
			tl.viewer.SetLang(c.lang)
		}
		return
	}
	if tl.viewer == nil {
		if c.setMode && tl.kept != nil { // a big run on its way takes the view asked for meanwhile
			tl.kept.Mode = c.mode
		}
		return
	}
	if !c.setMode {
		tl.viewer.Apply(c.intent)
		return
	}
	for range 3 { // ToggleView goes round the three modes
		if tl.viewer.State().Mode == c.mode {
			return
		}
		tl.viewer.Apply(viewstate.ToggleView())
	}
}

// record keeps what this frame shows for state().
func (tl *timeline) record() {
	s := tl.viewer.State()
	tl.mu.Lock()
	defer tl.mu.Unlock()
	tl.snap = snapshot{Shown: true, Playhead: s.Playhead, End: s.Scene.End, Playing: s.Playing,
		View: modeName(s.Mode), Lang: tl.viewer.Lang(), Frames: tl.snap.Frames, Loaded: tl.snap.Loaded, Drawn: tl.snap.Drawn,
		Error: tl.snap.Error}
}

// Draw draws the viewer, or a blank frame until there is something to show. A frame whose look is
// the last drawn one's is skipped: the screen is not cleared between frames, so it still shows it,
// and an idle timeline costs the page next to nothing.
func (tl *timeline) Draw(screen *ebiten.Image) {
	if !tl.paint.draw() {
		return
	}
	if tl.viewer == nil {
		if !tl.frozen { // a dropped run's last frame stays until the next one is drawn
			screen.Fill(image.White)
		}
		return
	}
	tl.viewer.Draw(screen)
	tl.mu.Lock()
	tl.snap.Frames++
	tl.snap.Drawn = tl.snap.Loaded
	tl.mu.Unlock()
}

// Layout makes the screen as many pixels as the frame has device pixels, so text stays sharp.
func (tl *timeline) Layout(outsideWidth, outsideHeight int) (int, int) {
	tl.scale = ebiten.Monitor().DeviceScaleFactor()
	tl.w, tl.h = int(float64(outsideWidth)*tl.scale), int(float64(outsideHeight)*tl.scale)
	return tl.w, tl.h
}
