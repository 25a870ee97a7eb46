package main

import (
	"fmt"
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/doclayout"
	"github.com/futurescope/futurescope/render/ebitenview"
)

// Draw draws the script with line numbers, the line of the current event highlighted and the
// line where a failed run stopped marked (a bar in the margin, its number in the alert colour).
func (sc *scripts) Draw(dst *ebiten.Image, r image.Rectangle) {
	img := dst.SubImage(r).(*ebiten.Image)
	img.Fill(colSide)
	f, u := sc.win.faces, sc.win.uiScale()
	note := "R runs it again"
	if sc.st.last != nil {
		note = fmt.Sprintf("run %d · R runs it again", sc.st.exec.Runs())
	}
	y := sc.win.pen().header(img, r, "Source", note, false)
	lines := sc.sourceLines()
	hl, bad := sc.st.highlightLine(), sc.st.errorLine()
	numW := measure("000 ", f.SmallMono)
	for i := sc.srcScroll; i < len(lines) && y+f.Line <= float64(r.Max.Y); i++ {
		x := float64(r.Min.X) + 6*u
		if i+1 == hl {
			fillRect(img, float64(r.Min.X), y, float64(r.Dx()), f.Line, colHigh)
		}
		num := colFaint
		if i+1 == bad {
			fillRect(img, float64(r.Min.X), y, 3*u, f.Line, colAlert)
			num = colAlert
		}
		ebitenview.DrawText(img, fmt.Sprintf("%3d", i+1), f.SmallMono, x, y+f.Line*0.08, num)
		ebitenview.DrawText(img, ebitenview.Fit(doclayout.ExpandTabs(lines[i]), f.SmallMono, float64(r.Max.X)-x-numW-6*u), f.SmallMono, x+numW, y+f.Line*0.08, colInk)
		y += f.Line
	}
}

// sourceLines returns the lines of the script shown.
func (sc *scripts) sourceLines() []string {
	src := sc.scenarios[sc.cur].Source
	if sc.st.broken != nil { // the script as edited, whose error is shown
		src = sc.st.broken.Source
	} else if sc.st.last != nil && sc.st.last.Key == sc.scenarios[sc.cur].job().Key {
		src = sc.st.last.Source
	}
	return splitLines(src)
}

// follow scrolls the source to keep the highlighted line in sight.
func (sc *scripts) follow(r regions) {
	hl := sc.st.highlightLine()
	if hl == 0 || sc.win.faces == nil {
		return
	}
	src := r.source
	rows := max(int((float64(src.Dy())-sc.win.faces.Line*1.5)/sc.win.faces.Line)-1, 1)
	if hl-1 < sc.srcScroll {
		sc.srcScroll = max(hl-3, 0)
	} else if hl-1 >= sc.srcScroll+rows {
		sc.srcScroll = hl - rows + 2
	}
}
