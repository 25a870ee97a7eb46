package main

import (
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
	"os"
	"path/filepath"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/compare"
	"github.com/futurescope/futurescope/render/ebitenview"
	"github.com/futurescope/futurescope/sim/script"
)

// runCompare is futurescope-native --compare RECORDED.json FILE.py: the script's simulation above
// its run recorded under CPython (futurescope record, python3 -m futurescope_record), on one time
// axis, with the differences that matter listed beneath (ebitenview.Pair). With --png it draws one
// frame offscreen, writes it and exits.
func runCompare(cfg Config) error {
	p, err := newComparePair(cfg)
	if err != nil {
		return err
	}
	g := &compareGame{PairGame: ebitenview.PairGame{Pair: p}, cfg: cfg}
	ebiten.SetWindowSize(cfg.Width, cfg.Height)
	ebiten.SetWindowTitle("futurescope: " + filepath.Base(cfg.File) + " simulated and recorded")
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	err = ebiten.RunGame(g)
	return errors.Join(err, g.err)
}

// newComparePair simulates cfg.File and reads the recorded trace cfg.Compare, refusing a file that is
// too large before reading it, and one that is not a recording with compare.Load's error.
func newComparePair(cfg Config) (*ebitenview.Pair, error) {
	src, err := os.ReadFile(cfg.File)
	if err != nil {
		return nil, err
	}
	name := filepath.Base(cfg.Compare)
	if fi, err := os.Stat(cfg.Compare); err != nil {
		return nil, err
	} else if err := compare.CheckSize(fi.Size(), name); err != nil {
		return nil, err
	}
	data, err := os.ReadFile(cfg.Compare)
	if err != nil {
		return nil, err
	}
	rec, err := compare.Load(data, name)
	if err != nil {
		return nil, err
	}
	sim := script.Run(script.Options{Filename: filepath.Base(cfg.File), Source: src, Stdout: io.Discard, Stderr: io.Discard,
		Cores: 4, MaxSteps: cfg.MaxSteps}).Trace
	fonts, err := ebitenview.DefaultFonts()
	if err != nil {
		return nil, err
	}
	under := "CPython " + rec.Meta["python"]
	if c := rec.Meta["cores"]; c != "" {
		under += ", " + c + " cores"
	}
	titles := [2]string{"Simulated: " + filepath.Base(cfg.File) + ", 4 cores", "Recorded: " + name + " (" + under + ")"}
	if cfg.Lang == "zh" {
		titles[0], titles[1] = "模拟："+filepath.Base(cfg.File)+"，4 核", "实录："+name+"（"+under+"）"
	}
	return ebitenview.NewPair(sim, rec, compare.Compare(sim, rec, compare.Options{}), titles,
		ebitenview.Options{Fonts: fonts, Source: src, Lang: cfg.Lang})
}

// compareGame is the pair view's window; with --png it writes its first frame and ends.
type compareGame struct {
	ebitenview.PairGame
	cfg Config
	err error
}

func (g *compareGame) Update() error {
	if err := g.PairGame.Update(); err != nil {
		return err
	}
	if g.cfg.PNG == "" {
		return nil
	}
	g.err = writeFrame(g.Pair, g.cfg.Width, g.cfg.Height, g.cfg.PNG)
	return ebiten.Termination
}

// writeFrame draws p offscreen at w × h and writes it to path as a PNG.
func writeFrame(p *ebitenview.Pair, w, h int, path string) error {
	off := ebiten.NewImage(w, h)
	defer off.Deallocate()
	p.SetBounds(image.Rect(0, 0, w, h), 1)
	p.Draw(off)
	pix := image.NewRGBA(image.Rect(0, 0, w, h))
	off.ReadPixels(pix.Pix)
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("png: %w", err)
	}
	return errors.Join(png.Encode(f, pix), f.Close())
}
