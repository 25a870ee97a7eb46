package ebitenview

import (
	"bytes"
	"image"
	"image/color"
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font/sfnt"

	"github.com/futurescope/futurescope/render/ebitenview/ebitentest"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
)

// TestBundledCJKFontCoversTheWords checks that the bundled font has a glyph for every Chinese
// character of the viewer's words and of the scene's (make cjk-font writes it anew after they change).
func TestBundledCJKFontCoversTheWords(t *testing.T) {
	f, err := sfnt.Parse(cjkSubset)
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range []string{"viewstate/words.go", "../layout/words.go"} {
		words, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var buf sfnt.Buffer
		missing := map[rune]bool{}
		for _, r := range string(words) {
			if r < 0x2e80 {
				continue
			}
			if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
				missing[r] = true
			}
		}
		if len(missing) > 0 {
			t.Errorf("cjk-subset.ttf lacks %d characters of %s (run make cjk-font): %q", len(missing), file, keys(missing))
		}
	}
}

func keys(m map[rune]bool) string {
	var out []rune
	for r := range m {
		out = append(out, r)
	}
	return string(out)
}

// TestChineseDrawsGlyphs draws Chinese with the Go fonts and only the bundled font as fallback, as
// the browser does: two different characters leave ink and differ (boxes for missing glyphs would
// not).
func TestChineseDrawsGlyphs(t *testing.T) {
	sub, err := text.NewGoTextFaceSource(bytes.NewReader(cjkSubset))
	if err != nil {
		t.Fatal(err)
	}
	def, err := DefaultFonts()
	if err != nil {
		t.Fatal(err)
	}
	faces := (&FontSet{Sans: def.Sans, Bold: def.Bold, Mono: def.Mono, Fallbacks: []*text.GoTextFaceSource{sub}}).Faces(24)
	draw := func(s string) *image.RGBA {
		img := ebiten.NewImage(40, 40)
		defer img.Deallocate()
		img.Fill(color.White)
		DrawText(img, s, faces.Sans, 4, 4, color.Black)
		pix := image.NewRGBA(image.Rect(0, 0, 40, 40))
		img.ReadPixels(pix.Pix)
		return pix
	}
	a, b := draw("图"), draw("形")
	if n := 40*40 - ebitentest.Count(a, a.Bounds(), color.RGBA{0xff, 0xff, 0xff, 0xff}); n < 30 {
		t.Errorf("图 left %d pixels of ink", n)
	}
	if bytes.Equal(a.Pix, b.Pix) {
		t.Errorf("图 and 形 are drawn alike: boxes, not glyphs")
	}
}

// TestChineseViewer draws the help overlay and the panel in Chinese, and switches language in place.
func TestChineseViewer(t *testing.T) {
	v := newViewer(t, waitScript, 1100, 640)
	v.SetLang("zh")
	v.Apply(viewstate.Step(3))
	fv := &v.State().Scene.Futures
	for i := range fv.Shapes { // select a task: the panel shows the scene's Chinese words too
		if sh := &fv.Shapes[i]; sh.Style == layout.Running {
			v.Apply(viewstate.Select(viewstate.Target{View: fv, Lane: sh.Lane, Shape: sh}))
			break
		}
	}
	if v.Lang() != "zh" || v.State().Scene.Lang != "zh" {
		t.Fatalf("Lang() = %q, the scene's %q after SetLang(zh)", v.Lang(), v.State().Scene.Lang)
	}
	zh := snapshot(t, v, "zh-viewer")
	v.Apply(viewstate.ToggleHelp())
	snapshot(t, v, "zh-help")
	v.Apply(viewstate.ToggleHelp())
	v.SetLang("en")
	en := snapshot(t, v, "en-viewer")
	if v.State().Scene.Lang != "en" {
		t.Errorf("the scene speaks %q after SetLang(en)", v.State().Scene.Lang)
	}
	if v.State().Playhead == 0 || bytes.Equal(zh.Pix, en.Pix) {
		t.Errorf("switching the language lost the playhead (%d) or changed nothing", v.State().Playhead)
	}
}
