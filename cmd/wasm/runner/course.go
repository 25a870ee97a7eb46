//go:build !(js && wasm)

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/futurescope/futurescope/cmd/wasm/internal/browserrun"
	"github.com/futurescope/futurescope/lessons"
	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/render/svg"
	"github.com/futurescope/futurescope/sim/trace"
)

// The course leaves runner.wasm: natively, this binary writes it into the built site as small JSON
// files the page fetches itself (writeCourse), with every runnable block already run through
// runScript, the code the browser's runner runs, and drawn as draw.wasm (cmd/wasm/draw) draws it. The
// simulation is deterministic, natively and in WebAssembly alike, so a lesson opened as it is written
// shows its run and its picture without either: the page loads runner.wasm only when the learner
// needs a run nobody could make in advance, and draw.wasm only for a picture or an export.
//
// The files, under DIR/course:
//
//	LANG.json             [{slug, title, summary}]: the lessons in LANG, in order
//	LANG/SLUG.json        {slug, title, summary, html, blocks: [{index, code, norun, cores, freeThreaded,
//	                      expectError, view, at, run}]}: a lesson, run naming its block's run file
//	                      ("" when it has none: a block that is not run, or a run too big to carry)
//	LANG/SLUG/N.json      block N's run as the runner's run(code, options) resolves, but wallMs, with
//	                      its picture as draw.wasm's svg(traceBin, LANG) draws it: {stdout, stderr,
//	                      exitCode, error, kind, marks, svg, traceBin (base64), futures, events,
//	                      virtualNs}

// pageFilename is the script's name on the page (web/src/app.js), as tracebacks show it.
const pageFilename = "script.py"

// renderCourse renders the lessons of every language: each lesson's list entry, HTML and blocks.
func renderCourse() ([]courseLanguage, error) {
	c, err := lessons.Load(lessons.Content())
	if err != nil {
		return nil, fmt.Errorf("course: %v", err)
	}
	var out []courseLanguage
	for _, lang := range lessons.Languages() {
		cl := courseLanguage{Lang: lang}
		for _, l := range c.Lessons(lang) {
			html, err := l.HTML()
			if err != nil {
				return nil, fmt.Errorf("course: %s: %v", l.File, err)
			}
			p := &LessonPage{Slug: l.Slug, Title: l.Title, Summary: l.Summary, HTML: string(html)}
			for _, b := range l.Blocks {
				o := b.Options
				p.Blocks = append(p.Blocks, BlockEntry{Index: b.Index, Code: b.Code, NoRun: o.NoRun, Cores: o.Cores,
					FreeThreaded: o.FreeThreaded, ExpectError: o.ExpectError, View: o.View, AtNs: int64(o.At)})
			}
			cl.Lessons = append(cl.Lessons, p)
		}
		out = append(out, cl)
	}
	return out, nil
}

// blockRun runs block b of a lesson in lang as the page runs it (its options, the page's file name),
// and draws its picture in lang as draw.wasm draws it, unless it is too big to carry (more than
// eagerEvents events): then svg is "".
func blockRun(lang string, b BlockEntry) (res *RunResult, picture string, err error) {
	res, err = runScript(b.Code, RunOptions{Options: browserrun.Options{Filename: pageFilename, Cores: b.Cores, FreeThreaded: b.FreeThreaded, Lang: lang}})
	if err != nil || !precomputed(res) {
		return res, "", err
	}
	t, err := trace.DecodeBinary(res.TraceBin)
	if err != nil {
		return nil, "", err
	}
	var w strings.Builder
	if err := svg.Write(&w, layout.BuildWith(t, layout.BuildOptions{Lang: lang}), svg.Options{}); err != nil {
		return nil, "", err
	}
	return res, w.String(), nil
}

// precomputed says whether a run goes into the site: one small enough to carry its picture (a bigger
// one is the runner's to make, as the page asks).
func precomputed(res *RunResult) bool {
	return res.Events <= eagerEvents
}

// writeCourse writes the course, its blocks run, under dir/course, and returns how many runs it wrote.
// Files whose bytes are already there are left alone, so that a rebuild keeps their compressed copies.
func writeCourse(dir string) (int, error) {
	c, err := renderCourse()
	if err != nil {
		return 0, err
	}
	root := filepath.Join(dir, "course")
	runs := 0
	written := map[string]bool{}
	writeJSON := func(path string, v any) error {
		written[path] = true
		return writeJSONFile(path, v)
	}
	for _, cl := range c {
		list := make([]lessonListJSON, 0, len(cl.Lessons))
		for _, l := range cl.Lessons {
			list = append(list, lessonListJSON{Slug: l.Slug, Title: l.Title, Summary: l.Summary})
			page := lessonJSON{Slug: l.Slug, Title: l.Title, Summary: l.Summary, HTML: l.HTML}
			for _, b := range l.Blocks {
				bj := blockJSON{Index: b.Index, Code: b.Code, NoRun: b.NoRun, Cores: b.Cores, FreeThreaded: b.FreeThreaded,
					ExpectError: b.ExpectError, View: b.View, At: b.AtNs}
				if !b.NoRun {
					res, picture, err := blockRun(cl.Lang, b)
					if err != nil {
						return runs, fmt.Errorf("course: %s/%s block %d: %v", cl.Lang, l.Slug, b.Index, err)
					}
					if precomputed(res) {
						bj.Run = fmt.Sprintf("course/%s/%s/%d.json", cl.Lang, l.Slug, b.Index)
						if err := writeJSON(filepath.Join(dir, filepath.FromSlash(bj.Run)), runJSONOf(res, picture)); err != nil {
							return runs, err
						}
						runs++
					}
				}
				page.Blocks = append(page.Blocks, bj)
			}
			if err := writeJSON(filepath.Join(root, cl.Lang, l.Slug+".json"), page); err != nil {
				return runs, err
			}
		}
		if err := writeJSON(filepath.Join(root, cl.Lang+".json"), list); err != nil {
			return runs, err
		}
	}
	return runs, removeStale(root, written)
}

// removeStale removes the files under root that are not in written (a lesson renamed or gone, a run
// now too big), with their compressed copies (FILE.gz, FILE.br).
func removeStale(root string, written map[string]bool) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		file := strings.TrimSuffix(strings.TrimSuffix(p, ".gz"), ".br")
		if written[file] {
			return nil
		}
		if err := os.Remove(p); err != nil {
			return fmt.Errorf("course: %v", err)
		}
		return nil
	})
}

// writeJSONFile writes v as JSON to path, making its folder, unless path holds those bytes already.
func writeJSONFile(path string, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("course: %s: %v", path, err)
	}
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, buf.Bytes()) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("course: %v", err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("course: %v", err)
	}
	return nil
}
