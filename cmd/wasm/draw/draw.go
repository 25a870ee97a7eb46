package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/render/svg"
	"github.com/futurescope/futurescope/sim/trace"
)

// errNoTrace is the error of a call given no binary trace.
var errNoTrace = errors.New("no trace: want the run's traceBin, a Uint8Array")

// decode reads a binary trace (trace.EncodeBinary's, the runner's traceBin) for op.
func decode(op string, bin []byte) (*trace.Trace, error) {
	if len(bin) == 0 {
		return nil, fmt.Errorf("%s: %w", op, errNoTrace)
	}
	t, err := trace.DecodeBinary(bin)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	return t, nil
}

// drawSVG lays t out in lang ("en" or "zh") and draws it as SVG to w: the same picture
// futurescope run --svg and the course's runs draw.
func drawSVG(w io.Writer, t *trace.Trace, lang string) error {
	return svg.Write(w, layout.BuildWith(t, layout.BuildOptions{Lang: lang}), svg.Options{})
}

// timelineSVG draws the binary trace bin as SVG in lang: the static picture of a run, or of the part
// of it a prediction has revealed.
func timelineSVG(bin []byte, lang string) (string, error) {
	return writeString("svg", bin, func(w io.Writer, t *trace.Trace) error { return drawSVG(w, t, lang) })
}

// chromeTrace converts the binary trace bin to Chrome Trace Event JSON.
func chromeTrace(bin []byte) (string, error) {
	return writeString("chromeTrace", bin, trace.WriteChrome)
}

// traceJSON writes the binary trace bin as JSON (trace.Encode).
func traceJSON(bin []byte) (string, error) {
	return writeString("traceJSON", bin, trace.Encode)
}

// writeString decodes bin and returns what write writes of it, its errors prefixed with op.
func writeString(op string, bin []byte, write func(io.Writer, *trace.Trace) error) (string, error) {
	t, err := decode(op, bin)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if err := write(&b, t); err != nil {
		return "", fmt.Errorf("%s: %v", op, err)
	}
	return b.String(), nil
}
