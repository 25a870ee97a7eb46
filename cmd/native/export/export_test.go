package export

import (
	"bytes"
	"encoding/json"
	"image"
	"image/color"
	"image/draw"
	"image/gif"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/render/svg"
	"github.com/futurescope/futurescope/sim/script"
	"github.com/futurescope/futurescope/sim/trace"
)

func TestPathNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	for i, want := range []string{"pool.png", "pool-2.png", "pool-3.png"} {
		p := Path(dir, "/somewhere/pool.py", PNG)
		if filepath.Base(p) != want {
			t.Fatalf("export %d is named %s, want %s", i+1, filepath.Base(p), want)
		}
		if err := WritePNG(p, image.NewRGBA(image.Rect(0, 0, 2, 2))); err != nil {
			t.Fatal(err)
		}
	}
	if err := WritePNG(filepath.Join(dir, "pool.png"), image.NewRGBA(image.Rect(0, 0, 1, 1))); err == nil {
		t.Error("writing over an existing export succeeded")
	}
	if got := filepath.Base(Path(dir, "pool.py", Chrome)); got != "pool.chrome.json" {
		t.Errorf("the Chrome trace is named %s", got)
	}
}

// run runs a small script and returns its trace.
func run(t *testing.T) *trace.Trace {
	t.Helper()
	src := "import time\nfrom concurrent.futures import ThreadPoolExecutor\n" +
		"with ThreadPoolExecutor(2) as ex:\n    fs = [ex.submit(time.sleep, 0.1 * n) for n in [1, 2, 3]]\nprint([f.result() for f in fs])\n"
	res := script.Run(script.Options{Filename: "pool.py", Source: []byte(src)})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	return res.Trace
}

func TestWritersWriteWhatTheirReadersRead(t *testing.T) {
	dir := t.TempDir()
	tr := run(t)
	sc := layout.Build(tr)
	if err := WriteSVG(Path(dir, "pool.py", SVG), sc, svg.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteTrace(Path(dir, "pool.py", JSON), tr); err != nil {
		t.Fatal(err)
	}
	if err := WriteChrome(Path(dir, "pool.py", Chrome), tr); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "pool.svg"))
	if !bytes.HasPrefix(bytes.TrimSpace(b), []byte("<svg")) && !bytes.Contains(b[:min(len(b), 200)], []byte("<svg")) {
		t.Errorf("pool.svg starts %q", b[:min(len(b), 80)])
	}
	f, _ := os.Open(filepath.Join(dir, "pool.trace.json"))
	back, err := trace.Decode(f)
	f.Close()
	if err != nil || back.Len() != tr.Len() {
		t.Errorf("the trace JSON decodes to %v events (%v), want %d", back, err, tr.Len())
	}
	b, _ = os.ReadFile(filepath.Join(dir, "pool.chrome.json"))
	var chrome any
	if err := json.Unmarshal(b, &chrome); err != nil || !strings.Contains(string(b), "traceEvents") {
		t.Errorf("the Chrome trace is not a trace-event JSON: %v", err)
	}
}

func TestFrameTimes(t *testing.T) {
	ts := FrameTimes(1_000_000_000, 0)
	if len(ts) < 30 || len(ts) > 76 || ts[0] != 0 || ts[len(ts)-1] != 1_000_000_000 {
		t.Errorf("a 1 s run gives %d frames from %d to %d, want about 40 from 0 to 1 s", len(ts), ts[0], ts[len(ts)-1])
	}
	if ts := FrameTimes(100, 30); len(ts) != 5 || ts[3] != 90 || ts[4] != 100 {
		t.Errorf("every 30 up to 100 gives %v, want 0 30 60 90 100", ts)
	}
}

// frame is a w × h image of flat colour c with a box of colour d.
func frame(c, d color.RGBA, box image.Rectangle) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, 40, 30))
	for y := range 30 {
		for x := range 40 {
			if (image.Point{x, y}).In(box) {
				img.SetRGBA(x, y, d)
			} else {
				img.SetRGBA(x, y, c)
			}
		}
	}
	return img
}

func TestGIFKeepsTheTimelinesColours(t *testing.T) {
	white, blue, orange := color.RGBA{255, 255, 255, 255}, color.RGBA{0x00, 0x72, 0xb2, 255}, color.RGBA{0xd5, 0x5e, 0x00, 255}
	frames := []*image.RGBA{
		frame(white, blue, image.Rect(0, 0, 5, 5)),
		frame(white, blue, image.Rect(0, 0, 20, 5)),
		frame(white, orange, image.Rect(0, 0, 20, 10)),
	}
	var buf bytes.Buffer
	if err := EncodeGIF(&buf, frames, 10, 200); err != nil {
		t.Fatal(err)
	}
	first := bytes.Clone(buf.Bytes())
	g, err := gif.DecodeAll(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Image) != 3 || g.Delay[0] != 10 || g.Delay[2] != 200 {
		t.Fatalf("got %d frames with delays %v, want 3 with 10, 10, 200", len(g.Image), g.Delay)
	}
	// A frame stores only what changed: draw each over the one before, as a viewer does.
	canvas := image.NewRGBA(g.Image[0].Rect)
	for i, f := range frames {
		draw.Draw(canvas, g.Image[i].Rect, g.Image[i], g.Image[i].Rect.Min, draw.Src)
		if i > 0 && g.Image[i].Rect.Dx() >= 40 {
			t.Errorf("frame %d stores %v, want only the box that changed", i, g.Image[i].Rect)
		}
		for _, p := range []image.Point{{0, 0}, {19, 4}, {30, 20}, {39, 29}} {
			want := f.RGBAAt(p.X, p.Y)
			r, gg, b, _ := canvas.At(p.X, p.Y).RGBA()
			if got := (color.RGBA{uint8(r >> 8), uint8(gg >> 8), uint8(b >> 8), 255}); got != want {
				t.Errorf("frame %d at %v is %v, want %v", i, p, got, want)
			}
		}
	}
	odd := frame(white, blue, image.Rect(0, 0, 5, 5))
	odd.SetRGBA(39, 29, color.RGBA{0x01, 0x73, 0xb1, 255}) // a shade the palette was not made from
	if got := NewPalette(frames[:1]).Paletted(odd).At(39, 29); color.RGBAModel.Convert(got) != blue {
		t.Errorf("a shade outside the palette became %v, want the nearest colour %v", got, blue)
	}
	var again bytes.Buffer
	EncodeGIF(&again, frames, 10, 200)
	if !bytes.Equal(first, again.Bytes()) {
		t.Error("the same frames gave two different GIFs")
	}
	path := filepath.Join(t.TempDir(), "x.png")
	if err := WritePNG(path, frames[1]); err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open(path)
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil || img.At(19, 4) != color.Color(blue) && color.RGBAModel.Convert(img.At(19, 4)) != blue {
		t.Errorf("the PNG reads back %v at (19, 4), want %v (%v)", img, blue, err)
	}
}
