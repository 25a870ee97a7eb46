package webtest

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// checkDrawn checks that the timeline's frame shows a drawing: a screenshot of it has enough ink in
// enough colours, and in the interactive viewer's mode the frame holds ebiten's canvas.
func checkDrawn(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	shot, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS("#timeline")))
	if err != nil {
		t.Fatalf("%s: screenshot of the timeline: %v", name, err)
	}
	ink, colours, err := inkOf(shot)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if ink < 0.02 || colours < 4 {
		t.Errorf("%s: the timeline looks blank: %.1f%% ink in %d colours", name, 100*ink, colours)
	}
	mode, err := chromedp.Run(ctx, chromedp.Evaluate[string](`window.futurescopePage.state().mode +
		(document.getElementById('timeline').contentDocument.querySelector('canvas') ? '+canvas' : '')`))
	if err != nil {
		t.Fatal(err)
	}
	if mode != "viewer+canvas" && mode != "svg" {
		t.Errorf("%s: the timeline is in mode %q, want the viewer with its canvas (or the SVG fallback)", name, mode)
	}
}

// inkOf returns the share of a PNG's pixels that are not near white, and how many colours they use
// (counted coarsely, 4 bits a channel).
func inkOf(b []byte) (float64, int, error) {
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return 0, 0, fmt.Errorf("decoding the screenshot: %v", err)
	}
	r := img.Bounds()
	inked := 0
	colours := map[[3]uint32]bool{}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if cr < 0xf000 || cg < 0xf000 || cb < 0xf000 {
				inked++
				colours[[3]uint32{cr >> 12, cg >> 12, cb >> 12}] = true
			}
		}
	}
	return float64(inked) / float64(max(r.Dx()*r.Dy(), 1)), len(colours), nil
}

// writeFigures saves measured figures in the screenshots folder and logs them.
func writeFigures(t *testing.T, name string, lines []string) {
	t.Helper()
	text := strings.Join(lines, "\n") + "\n"
	t.Logf("%s:\n%s", name, text)
	if shots != "" {
		if err := os.WriteFile(filepath.Join(shots, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// formatNs writes virtual nanoseconds for people.
func formatNs(ns float64) string {
	switch {
	case ns == 0:
		return "0 s"
	case ns >= 1e9:
		return fmt.Sprintf("%.3g s", ns/1e9)
	case ns >= 1e6:
		return fmt.Sprintf("%.3g ms", ns/1e6)
	}
	return fmt.Sprintf("%.3g µs", ns/1e3)
}
