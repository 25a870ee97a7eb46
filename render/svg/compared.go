package svg

import (
	"io"

	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/sim/trace"
)

// WriteCompared draws a simulated run above a run recorded under CPython (its meta names the Python),
// on one time axis (WritePair), each laid out and titled in opts.Lang: what futurescope compare --svg
// and the page's comparison draw.
func WriteCompared(w io.Writer, sim, rec *trace.Trace, opts Options) error {
	o := layout.BuildOptions{Lang: opts.Lang}
	top := Panel{Title: "Simulated (futurescope)", Scene: layout.BuildWith(sim, o)}
	bottom := Panel{Title: "Recorded (CPython " + rec.Meta["python"] + ")", Scene: layout.BuildWith(rec, o)}
	if opts.Lang == "zh" {
		top.Title, bottom.Title = "模拟（futurescope）", "实际运行（CPython "+rec.Meta["python"]+"）"
	}
	return WritePair(w, top, bottom, opts)
}
