// Package export writes what the desktop app shows into files: a PNG of the window, the run as SVG
// (render/svg), as trace JSON and as a Chrome trace, and an animated GIF of its playback. It imports
// no graphics library, so it is tested without a display; the app draws the frames.
//
// Every writer creates a new file named after the script and never overwrites one: Path picks
// "NAME.png", else "NAME-2.png", "NAME-3.png", ….
package export

import (
	"bufio"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/render/svg"
	"github.com/futurescope/futurescope/sim/trace"
)

// A Kind is a format the app exports.
type Kind uint8

// The formats.
const (
	PNG    Kind = iota // the window as shown
	SVG                // the run's timeline, drawn by render/svg
	JSON               // the trace (sim/trace.Encode)
	Chrome             // the trace for chrome://tracing and Perfetto (sim/trace.WriteChrome)
	GIF                // the run's playback, animated
)

// Ext returns the file name extension of k, with its dot.
func (k Kind) Ext() string {
	return [...]string{".png", ".svg", ".trace.json", ".chrome.json", ".gif"}[k]
}

// Path returns a path in dir (the current directory when "") for a new file of kind k about the
// script named script: its base name without ".py", then k's extension, numbered from 2 when a file
// of that name exists already.
func Path(dir, script string, k Kind) string {
	base := strings.TrimSuffix(filepath.Base(script), ".py")
	if base == "" || base == "." || base == string(filepath.Separator) {
		base = "futurescope"
	}
	p := filepath.Join(dir, base+k.Ext())
	for n := 2; exists(p); n++ {
		p = filepath.Join(dir, base+"-"+strconv.Itoa(n)+k.Ext())
	}
	return p
}

// exists reports whether something is at path.
func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// create writes a new file at path with write, removing it when write fails.
func create(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	w := bufio.NewWriter(f)
	err = errors.Join(write(w), w.Flush(), f.Close())
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("export: %s: %w", filepath.Base(path), err)
	}
	return nil
}

// WritePNG writes img to a new file at path.
func WritePNG(path string, img image.Image) error {
	return create(path, func(w io.Writer) error { return png.Encode(w, img) })
}

// WriteSVG writes scene s, drawn by render/svg with o, to a new file at path.
func WriteSVG(path string, s *layout.Scene, o svg.Options) error {
	return create(path, func(w io.Writer) error { return svg.Write(w, s, o) })
}

// WriteTrace writes t as trace JSON to a new file at path.
func WriteTrace(path string, t *trace.Trace) error {
	return create(path, func(w io.Writer) error { return trace.Encode(w, t) })
}

// WriteChrome writes t as a Chrome trace to a new file at path.
func WriteChrome(path string, t *trace.Trace) error {
	return create(path, func(w io.Writer) error { return trace.WriteChrome(w, t) })
}
