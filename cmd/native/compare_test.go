package main

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/cmd/native/cli"
)

const (
	poolScript   = "../../compare/testdata/pool.py"
	poolRecorded = "../../compare/testdata/pool.recorded.json"
)

// TestComparePair opens the pair view of compare's fixture (pool.py and its run recorded under
// CPython 3.13.0) and writes its frame as --png does: both timelines on one time axis, the
// difference list beneath.
func TestComparePair(t *testing.T) {
	out := filepath.Join(t.TempDir(), "pair.png")
	cfg := cli.Config{File: poolScript, Compare: poolRecorded, Lang: "en", Width: 1280, Height: 800, MaxSteps: cli.InteractiveMaxSteps, PNG: out}
	p, err := newComparePair(cfg)
	if err != nil {
		t.Fatal(err)
	}
	s, r := p.Sim.State(), p.Rec.State()
	if s.T0 != r.T0 || s.T1 != r.T1 || s.Scene.Title != "Simulated: pool.py, 4 cores" || r.Scene.Title != "Recorded: pool.recorded.json (CPython 3.13.0, 2 cores)" {
		t.Errorf("windows %d..%d and %d..%d, titles %q and %q", s.T0, s.T1, r.T0, r.T1, s.Scene.Title, r.Scene.Title)
	}
	if sb, rb, lb := p.Sim.Bounds(), p.Rec.Bounds(), p.ListBounds(); sb.Min.Y >= rb.Min.Y || sb.Dx() != rb.Dx() || lb.Min.Y <= rb.Min.Y || lb.Max.Y != 800 {
		t.Errorf("the simulated run at %v, the recorded one at %v, the list at %v: want one above the other, the list beneath", sb, rb, lb)
	}
	if err := writeFrame(p, cfg.Width, cfg.Height, out); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	// The list's heading is written in green (the order agrees) in the list's band at the bottom.
	green := 0
	for y := p.ListBounds().Min.Y; y < p.ListBounds().Max.Y; y++ {
		for x := range 600 {
			r, g, b, _ := img.At(x, y).RGBA()
			if g>>8 > 0x80 && r>>8 < 0x40 && b>>8 < 0xa0 {
				green++
			}
		}
	}
	if green < 50 {
		t.Errorf("%d green pixels in the difference list: want its verdict written", green)
	}
	if shots := os.Getenv("FUTURESCOPE_SCREENSHOTS"); shots != "" {
		os.WriteFile(filepath.Join(shots, "desktop-compare.png"), data, 0o644)
	}
}

// TestCompareBadTrace: a trace that is not a recording is refused with compare's error before a
// window opens, a huge one before it is read.
func TestCompareBadTrace(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(poolRecorded)
	if err != nil {
		t.Fatal(err)
	}
	huge := filepath.Join(dir, "huge.json")
	if err := os.WriteFile(huge, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, 200<<20); err != nil {
		t.Fatal(err)
	}
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for path, want := range map[string]string{
		write("cut.json", good[:200]): "compare: cut.json is not a futurescope trace",
		write("v3.json", bytes.Replace(good, []byte(`"version":1`), []byte(`"version":3`), 1)): "compare: v3.json is a trace of another futurescope version",
		huge:                            "compare: huge.json is 200.0 MB, larger than the 100 MB",
		filepath.Join(dir, "none.json"): "no such file",
	} {
		_, err := newComparePair(cli.Config{File: poolScript, Compare: path, Lang: "en", MaxSteps: cli.InteractiveMaxSteps})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want %q", filepath.Base(path), err, want)
		}
	}
}
