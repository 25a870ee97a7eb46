package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	script "github.com/futurescope/futurescope/sim/script"
	"github.com/futurescope/futurescope/sim/trace"
)

// run simulates src as the browser's runner does (the same limits but the step budget) and returns its
// trace; the script must succeed.
func run(t testing.TB, src string) *trace.Trace {
	t.Helper()
	var out bytes.Buffer
	res := script.Run(script.Options{Filename: "script.py", Source: []byte(src), Stdout: &out, Stderr: &out, Cores: 4, MaxSteps: 1 << 40})
	if res.ExitCode != 0 {
		t.Fatalf("the run failed: %s", out.String())
	}
	return res.Trace
}

// binary returns t in its binary form, the runner's traceBin.
func binary(t testing.TB, tr *trace.Trace) []byte {
	t.Helper()
	bin, err := trace.EncodeBinary(tr)
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

const poolScript = "from concurrent.futures import ThreadPoolExecutor\nwith ThreadPoolExecutor() as ex:\n    print(ex.submit(pow, 2, 3).result())\n"

// TestFromBinary checks that what this binary writes of a runner's traceBin is byte for byte what
// the trace's own writers (futurescope run --svg, --trace, --chrome-trace) write of the run: the
// binary form loses nothing a picture or an export shows.
func TestFromBinary(t *testing.T) {
	tr := run(t, manyFuturesN(200))
	bin := binary(t, tr)
	for _, c := range []struct {
		name  string
		got   func() (string, error)
		write func(*bytes.Buffer) error
	}{
		{"svg en", func() (string, error) { return timelineSVG(bin, "en") }, func(b *bytes.Buffer) error { return drawSVG(b, tr, "en") }},
		{"svg zh", func() (string, error) { return timelineSVG(bin, "zh") }, func(b *bytes.Buffer) error { return drawSVG(b, tr, "zh") }},
		{"chrome", func() (string, error) { return chromeTrace(bin) }, func(b *bytes.Buffer) error { return trace.WriteChrome(b, tr) }},
		{"trace", func() (string, error) { return traceJSON(bin) }, func(b *bytes.Buffer) error { return trace.Encode(b, tr) }},
	} {
		var want bytes.Buffer
		if err := c.write(&want); err != nil {
			t.Fatal(err)
		}
		got, err := c.got()
		if err != nil || got != want.String() {
			t.Errorf("%s from the binary trace: %d bytes (%v), want the run's own %d bytes", c.name, len(got), err, want.Len())
		}
	}
}

// TestSVGLang draws a run's timeline in the language asked for.
func TestSVGLang(t *testing.T) {
	bin := binary(t, run(t, poolScript))
	zh, err := timelineSVG(bin, "zh")
	if err != nil || !strings.Contains(zh, ">图例<") || !strings.Contains(zh, "返回了 8") {
		t.Errorf("svg(trace, zh): %v, Chinese: %v", err, strings.Contains(zh, ">图例<"))
	}
	en, err := timelineSVG(bin, "en")
	if err != nil || !strings.Contains(en, ">Legend<") || !strings.Contains(en, "returned 8") {
		t.Errorf("svg(trace, en): %v, English: %v", err, strings.Contains(en, ">Legend<"))
	}
}

// TestBadTrace checks that each call says which call failed and why, for no trace and for bytes
// that are not a binary trace (a trace's JSON, say, as the page sent before).
func TestBadTrace(t *testing.T) {
	calls := map[string]func([]byte) (string, error){
		"svg":         func(b []byte) (string, error) { return timelineSVG(b, "en") },
		"chromeTrace": chromeTrace,
		"traceJSON":   traceJSON,
	}
	good := binary(t, run(t, poolScript))
	for op, call := range calls {
		if _, err := call(nil); err == nil || !errors.Is(err, errNoTrace) || !strings.HasPrefix(err.Error(), op+": ") {
			t.Errorf("%s(nothing): %v, want %s: no trace …", op, err, op)
		}
		for _, bad := range [][]byte{[]byte(`{"version":1,"events":[]}`), good[:len(good)/2]} {
			if _, err := call(bad); err == nil || !strings.HasPrefix(err.Error(), op+": trace: ") {
				t.Errorf("%s(%.12q…): %v, want %s: trace: …", op, bad, err, op)
			}
		}
	}
}

// TestPrefix draws the first events of a run, as a prediction reveals them: a binary trace cut after
// n events (its count changed, its events' bytes kept: web/src/tracebin.js) reads as those events.
func TestPrefix(t *testing.T) {
	tr := run(t, poolScript)
	all := tr.Collect()
	n := len(all) / 2
	cut := binary(t, trace.New(tr.Meta, all[:n]))
	got, err := timelineSVG(cut, "en")
	if err != nil || !strings.HasPrefix(got, "<svg") {
		t.Fatalf("the first %d of %d events: %.40q, %v", n, len(all), got, err)
	}
	whole, _ := timelineSVG(binary(t, tr), "en")
	if got == whole {
		t.Error("the first half of a run is drawn as the whole run")
	}
}

// BenchmarkPicture draws the static picture of a run of 8,000 futures (about 48,000 events, near the
// most the page draws a picture for) and writes its JSON, natively, from its binary trace: what the
// runner spent on every run of that size before both left it for draw.wasm.
func BenchmarkPicture(b *testing.B) {
	bin := binary(b, run(b, manyFuturesN(8000)))
	for _, c := range []struct {
		name  string
		write func() (string, error)
	}{
		{"svg", func() (string, error) { return timelineSVG(bin, "en") }},
		{"json", func() (string, error) { return traceJSON(bin) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := c.write(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
