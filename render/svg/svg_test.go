package svg_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/internal/golden"
	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/render/svg"
	"github.com/futurescope/futurescope/sim/trace"
)

var update = flag.Bool("update", false, "rewrite the golden SVG files in testdata")

// scene lays out a trace of render/layout's testdata.
func scene(t testing.TB, name string) *layout.Scene {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "layout", "testdata", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tr, err := trace.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return layout.Build(tr)
}

// draw writes s as SVG with opts, failing the test on an error.
func draw(t testing.TB, s *layout.Scene, opts svg.Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := svg.Write(&b, s, opts); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestGoldenSVG draws a few traces and compares the images with testdata/NAME-VIEW.svg; -update
// rewrites them. Look at them in a browser (or with rsvg-convert) after an update.
func TestGoldenSVG(t *testing.T) {
	tests := []struct{ trace, view string }{
		{"callbacks_cancel", "both"},
		{"as_completed_timeout", "both"},
		{"deadlock", "both"},
		{"gil", "threads"},
		{"first_exception", "futures"},
	}
	for _, tt := range tests {
		name := tt.trace + "-" + tt.view
		t.Run(name, func(t *testing.T) {
			got := draw(t, scene(t, tt.trace), svg.Options{View: tt.view})
			golden.Check(t, filepath.Join("testdata", name+".svg"), []byte(got), *update)
		})
	}
}

// TestWellFormed draws every trace in every view and parses the result as XML.
func TestWellFormed(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "layout", "testdata", "*.json"))
	if len(files) == 0 {
		t.Fatal("no traces")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		s := scene(t, name)
		for _, view := range []string{"futures", "threads", "both"} {
			doc := draw(t, s, svg.Options{View: view})
			if err := wellFormed(doc); err != nil {
				t.Errorf("%s, %s: %v", name, view, err)
			}
			if !strings.Contains(doc, ">"+s.Title+"</text>") {
				t.Errorf("%s, %s: no title %q", name, view, s.Title)
			}
		}
	}
}

// wellFormed parses doc as XML and checks that its root is an svg element in the SVG namespace.
func wellFormed(doc string) error {
	d := xml.NewDecoder(strings.NewReader(doc))
	root := ""
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		if se, ok := tok.(xml.StartElement); ok && root == "" {
			root = se.Name.Space + " " + se.Name.Local
		}
	}
	if root != "http://www.w3.org/2000/svg svg" {
		return fmt.Errorf("root element is %q, want svg", root)
	}
	return nil
}

// TestContent checks that an image says what a reader needs: every future's label and its hover
// text, the legend's words for what it shows, the overlays, the workers.
func TestContent(t *testing.T) {
	s := scene(t, "as_completed_timeout")
	doc := draw(t, s, svg.Options{})
	for _, l := range s.Futures.Lanes {
		if !strings.Contains(doc, ">"+l.Label+"<title>") {
			t.Errorf("no lane label %q", l.Label)
		}
	}
	for _, want := range []string{
		"Futures", "Threads", "Legend", "in the call queue (RUNNING)", "running on a worker", "as_completed yields it",
		"TimeoutError: 3 (of 6) futures unfinished", "T2 SpawnProcess-1", "blocked in a call",
		"<title>f1 gcd((4200463, 4593944)): returned 1 at 0.146013821 s</title>",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("the image does not say %q", want)
		}
	}
}

// TestChinese draws a run laid out in Chinese: the image's own words, the legend and the scene's
// words are Chinese, the script's names and values stay, and it is well-formed XML that tells a
// browser its language and offers it Chinese fonts.
func TestChinese(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "layout", "testdata", "as_completed_timeout.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tr, err := trace.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	doc := draw(t, layout.BuildWith(tr, layout.BuildOptions{Lang: "zh"}), svg.Options{})
	if err := wellFormed(doc); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`xml:lang="zh-CN"`, "Noto Sans CJK SC", "futurescope 时间线：虚拟时间从 0 s 到 0.75234635 s，4 个核心",
		"运行结束于：TimeoutError: 3 (of 6) futures unfinished", ">图例<", ">工作线程：<", ">Future<", ">线程<",
		">在调用队列里（RUNNING）<", ">在工作线程上运行<", ">阻塞在调用中<", ">调用队列<", "T2 SpawnProcess-1",
		"<title>f1 gcd((4200463, 4593944))：在 0.146013821 s 返回了 1</title>",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("the Chinese image does not say %q", want)
		}
	}
	for _, english := range []string{"Legend", "Workers", "virtual time", "The run ended", "running on a worker", "returned 1"} {
		if strings.Contains(doc, english) {
			t.Errorf("the Chinese image still says %q", english)
		}
	}
	if en := draw(t, layout.Build(tr), svg.Options{Lang: "zh"}); !strings.Contains(en, ">图例<") || !strings.Contains(en, "returned 1") {
		t.Errorf("Options.Lang does not choose the image's own words apart from the scene's")
	}
}

func TestViews(t *testing.T) {
	s := scene(t, "callbacks_cancel")
	futures := draw(t, s, svg.Options{View: "futures"})
	threads := draw(t, s, svg.Options{View: "threads"})
	if !strings.Contains(futures, "f1 work(3)") || strings.Contains(futures, ">T2 ThreadPoolExecutor-0_0<title>") {
		t.Error("the futures view should have future lanes and no thread lanes")
	}
	if strings.Contains(threads, ">f1 work(3)<title>") || !strings.Contains(threads, ">T2 ThreadPoolExecutor-0_0<title>") {
		t.Error("the threads view should have thread lanes and no future lanes")
	}
	var b bytes.Buffer
	if err := svg.Write(&b, s, svg.Options{View: "gantt"}); err == nil {
		t.Error("an unknown view should be an error")
	}
}

func TestMaxLanes(t *testing.T) {
	doc := draw(t, scene(t, "as_completed_timeout"), svg.Options{View: "futures", MaxLanes: 2})
	if !strings.Contains(doc, "and 4 more lanes, not drawn") {
		t.Error("no note about the lanes left out")
	}
	if strings.Contains(doc, ">f3 gcd") {
		t.Error("lane 3 was drawn")
	}
}

func TestDeterministic(t *testing.T) {
	s := scene(t, "threading_mix")
	if first, second := draw(t, s, svg.Options{}), draw(t, s, svg.Options{}); first != second {
		t.Error("two drawings of one scene differ")
	}
}

// TestWindow draws part of a run: the axis follows the window, shapes outside it are left out and
// shapes across its edges are clipped to the plot.
func TestWindow(t *testing.T) {
	s := scene(t, "callbacks_cancel")
	doc := draw(t, s, svg.Options{Start: 150_000_000, End: 250_000_000})
	if err := wellFormed(doc); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{">150 ms<", ">200 ms<", ">250 ms<"} {
		if !strings.Contains(doc, want) {
			t.Errorf("no tick %s", want)
		}
	}
	if strings.Contains(doc, "returned 1 at 0.1 s") {
		t.Error("f2's result, at 0.1 s, is outside the window but was drawn")
	}
	whole := draw(t, s, svg.Options{})
	if len(doc) >= len(whole) {
		t.Errorf("a window of a third of the run is no smaller than the whole (%d >= %d bytes)", len(doc), len(whole))
	}
}

// TestChineseOutcome draws runs that a deadlock and a limit ended on a Chinese page: the outcome line
// says the simulator's words in Chinese, whether the scene was laid out in Chinese or only the image
// is, and the English image keeps the simulator's English byte for byte.
func TestChineseOutcome(t *testing.T) {
	for _, c := range []struct{ name, en, zh string }{
		{"deadlock", "The run ended with: deadlock: no thread can run and no timer is pending",
			"运行结束于：死锁：没有线程能运行，也没有待触发的定时器"},
		{"runaway", "The run ended with: the script used up its CPU budget (150000000 interpreter steps, 450ms of CPU) at t=449.998941ms: a loop that never ends?",
			"运行结束于：脚本在 t=449.998941ms 用完了它的 CPU 预算（150000000 步解释器指令，450ms 的 CPU 时间）：是不是有个永远不会结束的循环？"},
	} {
		t.Run(c.name, func(t *testing.T) {
			f, err := os.Open(filepath.Join("..", "layout", "testdata", c.name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			tr, err := trace.Decode(f)
			if err != nil {
				t.Fatal(err)
			}
			if doc := draw(t, layout.Build(tr), svg.Options{}); !strings.Contains(doc, c.en) {
				t.Errorf("the English image does not say %q", c.en)
			}
			zh := draw(t, layout.BuildWith(tr, layout.BuildOptions{Lang: "zh"}), svg.Options{})
			if !strings.Contains(zh, c.zh) {
				t.Errorf("the Chinese image does not say %q", c.zh)
			}
			if doc := draw(t, layout.Build(tr), svg.Options{Lang: "zh"}); !strings.Contains(doc, c.zh) {
				t.Errorf("an English scene drawn in Chinese does not say %q", c.zh)
			}
		})
	}
}
