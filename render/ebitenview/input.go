package ebitenview

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// Key repeat, in ticks: a held arrow key repeats after repeatDelay ticks, every repeatEvery.
const (
	repeatDelay = 24
	repeatEvery = 4
)

// namedKeys maps ebiten's keys to the viewer's named keys.
var namedKeys = map[ebiten.Key]viewstate.Key{
	ebiten.KeySpace:       viewstate.KeySpace,
	ebiten.KeyArrowLeft:   viewstate.KeyLeft,
	ebiten.KeyArrowRight:  viewstate.KeyRight,
	ebiten.KeyArrowUp:     viewstate.KeyUp,
	ebiten.KeyArrowDown:   viewstate.KeyDown,
	ebiten.KeyHome:        viewstate.KeyHome,
	ebiten.KeyEnd:         viewstate.KeyEnd,
	ebiten.KeyPageUp:      viewstate.KeyPageUp,
	ebiten.KeyPageDown:    viewstate.KeyPageDown,
	ebiten.KeyEnter:       viewstate.KeyEnter,
	ebiten.KeyNumpadEnter: viewstate.KeyEnter,
	ebiten.KeyEscape:      viewstate.KeyEscape,
	ebiten.KeyF1:          viewstate.KeyF1,
	ebiten.KeyF3:          viewstate.KeyF3,
}

// repeating are the keys that repeat while held.
var repeating = []ebiten.Key{ebiten.KeyArrowLeft, ebiten.KeyArrowRight, ebiten.KeyArrowUp, ebiten.KeyArrowDown,
	ebiten.KeyPageUp, ebiten.KeyPageDown}

// An Input reads ebiten's input state into a viewstate.Frame once a tick: the named keys pressed
// (held arrows repeat), the characters typed, the pointer, its primary button and the wheel, and
// touches as the pointer (see touchState). It decides nothing: viewstate.Pointer turns the frame into intents.
type Input struct {
	keys  []ebiten.Key
	chars []rune
	touch touchState
}

// Read returns this tick's input; keys says whether to read the keyboard at all.
func (in *Input) Read(keys bool) viewstate.Frame {
	x, y := ebiten.CursorPosition()
	wx, wy := ebiten.Wheel()
	f := viewstate.Frame{
		X: float64(x), Y: float64(y), WheelX: wx, WheelY: wy,
		Pressed:  inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft),
		Down:     ebiten.IsMouseButtonPressed(ebiten.MouseButtonLeft),
		Released: inpututil.IsMouseButtonJustReleased(ebiten.MouseButtonLeft),
		Shift:    ebiten.IsKeyPressed(ebiten.KeyShift),
	}
	in.touch.read(&f)
	if keys {
		f.Keys = in.readKeys()
	}
	return f
}

// readKeys returns the named keys pressed or repeating this tick, then the characters typed.
func (in *Input) readKeys() []viewstate.Key {
	var out []viewstate.Key
	in.keys = inpututil.AppendJustPressedKeys(in.keys[:0])
	for _, k := range in.keys {
		if nk, ok := namedKeys[k]; ok {
			out = append(out, nk)
		}
	}
	for _, k := range repeating {
		if d := inpututil.KeyPressDuration(k); d > repeatDelay && (d-repeatDelay)%repeatEvery == 0 {
			out = append(out, namedKeys[k])
		}
	}
	in.chars = ebiten.AppendInputChars(in.chars[:0])
	for _, r := range in.chars {
		if r > ' ' {
			out = append(out, viewstate.Key(string(r)))
		}
	}
	return out
}
