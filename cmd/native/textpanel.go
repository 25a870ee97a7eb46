package main

import (
	"image"
	"image/color"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/doclayout"
	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/cmd/native/scene"
	"github.com/futurescope/futurescope/render/ebitenview"
)

// Colours of the lesson text.
var (
	colEmph     = color.RGBA{0x6b, 0x2e, 0x8c, 0xff} // *emphasis*: italic, and purple for scripts without italics
	colLink     = color.RGBA{0x0b, 0x5c, 0xad, 0xff}
	colCodeInk  = color.RGBA{0x24, 0x29, 0x2f, 0xff}
	colCodeBg   = color.RGBA{0xf1, 0xf1, 0xed, 0xff}
	colInlineBg = color.RGBA{0xe9, 0xec, 0xf0, 0xff}
	colTagBg    = color.RGBA{0xdc, 0xe6, 0xf2, 0xff}
	colRunLine  = color.RGBA{0x7a, 0xa6, 0xd6, 0xff}
	colTableBg  = color.RGBA{0xec, 0xef, 0xf3, 0xff}
	colExpected = color.RGBA{0x00, 0x7a, 0x5a, 0xff}
)

// textView returns the part of the text panel the page shows, in screen pixels.
func (c *courseView) textView(r image.Rectangle) image.Rectangle {
	u, line := c.win.uiScale(), c.win.faces.Line
	top := r.Min.Y + int(4*u+line*1.5+4*u)
	return image.Rect(r.Min.X+int(14*u), top, r.Max.X-int(16*u), r.Max.Y-int(6*u))
}

// poll lays the lesson's text out for the panel, when the lesson, the language, the width or
// the scale changed since it last did; then it scrolls as scene.Scroll's rules say.
func (c *courseView) poll(r regions) {
	if r.source.Empty() { // F6 hides the text: nothing to lay out
		return
	}
	view := c.textView(r.source)
	first, end, relayout := c.Shown(&c.win.scenes)
	key := pageKey{lang: c.Lang, slug: c.Current().Slug, width: view.Dx(), scale: c.win.uiScale(), first: first, end: end}
	if relayout || c.page == nil || c.pageFor != key {
		code := 1.0
		if c.win.scenes.Presenting() {
			code = presentCode
		}
		if c.docFaces == nil || c.docScale != key.scale || c.docCode != code {
			c.docFaces, c.docScale, c.docCode = newDocFaces(c.win.fonts, key.scale, code), key.scale, code
		}
		c.page = doclayout.Layout(c.Doc()[first:end], float64(key.width), c.docFaces, doclayout.Options{Scale: key.scale, Runnable: c.Runnable})
		c.pageFor = key
	}
	v := scene.PageView{H: float64(view.Dy()), Height: c.page.Height, Margin: 12 * c.win.uiScale()}
	if cb, ok := c.page.Code(c.Block); ok {
		v.Block = &scene.Span{Top: cb.Y, Bottom: cb.Y + cb.H}
		if hl, _ := c.blockLines(); hl > 0 {
			if top, bottom, ok := cb.LineSpan(hl); ok {
				v.Line, v.LineAt = hl, scene.Span{Top: top, Bottom: bottom}
			}
		}
	}
	c.Scroll.Settle(v)
}

// blockLines returns the lines of the selected block to mark, when the timeline shows that block's
// run: the line of the timeline's current event or selected future, and the line where the run
// failed; 0 for none.
func (c *courseView) blockLines() (highlight, failed int) {
	last := c.st.last
	if last == nil || c.Block == 0 || last.Key != c.Key(c.Block) {
		return 0, 0
	}
	return c.st.highlightLine(), c.st.errorLine()
}

// wheel scrolls the lesson text by a wheel's turn of dy notches, three lines a notch.
func (c *courseView) wheel(dy float64) {
	c.Scroll.By(-dy * 3 * c.win.faces.Line) // poll clamps the bottom
}

// clickText runs the script block at screen point p of the text panel, if p is on one; the text
// takes the focus.
func (c *courseView) clickText(p image.Point, r regions) bool {
	view := c.textView(r.source)
	if c.page == nil || !p.In(view) {
		return true
	}
	x, y := float64(p.X-view.Min.X), float64(p.Y-view.Min.Y)+c.Scroll.Y
	if cb, ok := c.page.CodeAt(x, y); ok && cb.Runnable {
		c.apply(c.SelectBlock(cb.Script, &c.win.scenes))
	}
	return true
}

// Draw draws the lesson text panel: its header, then the laid out page, scrolled.
func (c *courseView) Draw(dst *ebiten.Image, r image.Rectangle) {
	img := dst.SubImage(r).(*ebiten.Image)
	img.Fill(colWhite)
	t := c.win.ui()
	title, keys := t.lessonTitle(c.Current().Order), t.textKeys
	if p := c.win.scenes.Presenter; c.win.scenes.Presenting() {
		title, keys = t.slideTitle(c.Current().Order, p.Cur+1, len(p.Slides)), t.slideKeys
	}
	c.win.pen().header(img, r, title, keys, c.Lister.Focus == intent.TextPart)
	if c.page == nil {
		return
	}
	view := c.textView(r)
	clip := img.SubImage(image.Rect(r.Min.X, view.Min.Y, r.Max.X, view.Max.Y)).(*ebiten.Image)
	ox, oy := float64(view.Min.X), float64(view.Min.Y)-c.Scroll.Y
	top, bottom := c.Scroll.Y-50, c.Scroll.Y+float64(view.Dy())+50
	for _, b := range c.page.Boxes {
		if b.Y+b.H >= top && b.Y <= bottom {
			c.win.pen().box(clip, b, ox, oy)
		}
	}
	for _, cb := range c.page.Codes {
		if cb.Y+cb.H >= top && cb.Y <= bottom {
			c.drawCode(clip, cb, ox, oy)
		}
	}
	for _, run := range c.page.Runs {
		if run.Y+50 >= top && run.Y <= bottom {
			ebitenview.DrawText(clip, run.Text, c.docFaces.face(run.Font), ox+run.X, oy+run.Y, inkColor(run.Ink))
		}
	}
	if c.Scroll.Y > 0 { // text runs on above: an edge, so a line cut there does not look like a mistake
		fillRect(img, float64(r.Min.X), float64(view.Min.Y)-c.win.uiScale(), float64(r.Dx()), c.win.uiScale(), colBorder)
	}
	c.win.pen().scrollbar(img, r, view, c.page.Height, c.Scroll.Y)
}

// drawCode draws what marks a code block: the highlighted line of the selected block and the line
// where its run failed (a bar in the margin), and a runnable block's tag strip and border (blue and
// thicker when it is the block selected).
func (c *courseView) drawCode(dst *ebiten.Image, cb doclayout.CodeBlock, ox, oy float64) {
	u := c.win.uiScale()
	x, y := ox+cb.X, oy+cb.Y
	selected := cb.Runnable && cb.Script == c.Block
	if selected {
		hl, bad := c.blockLines()
		if top, bottom, ok := cb.LineSpan(hl); ok {
			fillRect(dst, x, oy+top, cb.W, bottom-top, colHigh)
		}
		if top, bottom, ok := cb.LineSpan(bad); ok {
			fillRect(dst, x+3*u, oy+top, 4*u, bottom-top, colAlert) // inside the block's border
		}
	}
	if !cb.Runnable {
		strokeRect(dst, x, y, cb.W, cb.H, u, colBorder)
		return
	}
	fillRect(dst, x, y, cb.W, cb.TagH, colTagBg)
	t := c.win.ui()
	f := c.docFaces.face(doclayout.Small)
	mid := y + cb.TagH/2
	ebitenview.DrawTextMiddle(dst, "python · "+strconv.Itoa(cb.Script), f, x+8*u, mid, colMuted)
	tag, ink, line := t.run, colFocus, colRunLine
	switch {
	case selected && c.st.exec.Running():
		tag = t.busy
	case selected:
		tag, ink, line = t.shown, colWhite, colFocus
	}
	tw := measure(tag, f) + 16*u
	tx := x + cb.W - tw
	if selected && !c.st.exec.Running() {
		fillRect(dst, tx, y, tw, cb.TagH, colFocus)
	}
	ebitenview.DrawTextMiddle(dst, tag, f, tx+8*u, mid, ink)
	bw := u
	if selected {
		bw = 2 * u
	}
	strokeRect(dst, x, y, cb.W, cb.H, bw, line)
}

// strokeRect draws the outline of x, y, w, h, bw pixels thick, inside it.
func strokeRect(dst *ebiten.Image, x, y, w, h, bw float64, c color.Color) {
	fillRect(dst, x, y, w, bw, c)
	fillRect(dst, x, y+h-bw, w, bw, c)
	fillRect(dst, x, y, bw, h, c)
	fillRect(dst, x+w-bw, y, bw, h, c)
}

// inkColor returns the colour of a run's ink.
func inkColor(k doclayout.Ink) color.RGBA {
	switch k {
	case doclayout.Emphasis:
		return colEmph
	case doclayout.Link:
		return colLink
	case doclayout.InlineCode, doclayout.CodeText:
		return colCodeInk
	case doclayout.Marker:
		return colMuted
	case doclayout.LineNumber:
		return colFaint
	}
	return colInk
}
