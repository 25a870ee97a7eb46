package webtest

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/futurescope/futurescope/web/site"
)

// BenchmarkLessonBlocksBrowser runs the CPU-bound blocks of lessons 8 and 11 (testdata/speed: the
// blocks as the course had them when the page still ran the Starlark dialect, so that both runners
// run the same scripts) in headless chromium, as a learner runs them: the script in the editor, Run,
// the timeline drawn. With FUTURESCOPE_OLD_WEB_DIST naming another built site (an older runner), it
// runs them there too, in the same run, each script on both sites in turn (a tab each). ms/run is the runner's own wall time for a run
// (the simulation, the trace and the SVG), as the page's status line reports it; ns/op adds the
// page's part (the message to the worker and back, the timeline drawn).
//
//	git worktree add /tmp/old 7318187 && make -C /tmp/old web
//	FUTURESCOPE_OLD_WEB_DIST=/tmp/old/web/dist FUTURESCOPE_WEB_DIST=$PWD/web/dist \
//	    go test ./web/webtest -run '^$' -bench LessonBlocksBrowser -benchtime 3x
func BenchmarkLessonBlocksBrowser(b *testing.B) {
	files, err := filepath.Glob("testdata/speed/*.py")
	if err != nil || len(files) == 0 {
		b.Fatalf("no scripts in testdata/speed: %v", err)
	}
	sites := []struct{ name, url string }{{"new", baseURL}}
	if old := os.Getenv("FUTURESCOPE_OLD_WEB_DIST"); old != "" {
		// An older site predates some of today's files (draw.wasm, compare.wasm): it needs only a page
		// and a runner.
		for _, f := range []string{"index.html", "runner.wasm"} {
			if _, err := os.Stat(filepath.Join(old, f)); err != nil {
				b.Fatalf("FUTURESCOPE_OLD_WEB_DIST: %s is not a built site: %v", old, err)
			}
		}
		srv := httptest.NewServer(site.Handler(os.DirFS(old)))
		defer srv.Close()
		sites = append(sites, struct{ name, url string }{"old", srv.URL + "/"})
	}
	tabs := make([]context.Context, len(sites))
	for i, s := range sites {
		tabs[i] = newTabFor(b, 30*time.Minute)
		if err := chromedp.Do(tabs[i], chromedp.Navigate(s.url+"#en")); err != nil {
			b.Fatal(err)
		}
		waitShown(b, tabs[i], 1)
	}
	// Each script on each site in turn, so that a change in the machine's load falls on both.
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		for i, s := range sites {
			ctx := tabs[i]
			name := strings.TrimSuffix(filepath.Base(file), ".py") + "/" + s.name
			b.Run(name, func(b *testing.B) {
				var ms float64
				for range b.N {
					shown := state(b, ctx).Shown
					eval(b, ctx, `window.futurescopePage.setCode(`+jsString(string(src))+`)`)
					click(b, ctx, "#run")
					st := waitShown(b, ctx, shown+1)
					if st.Result == nil || st.Result.ExitCode != 0 {
						b.Fatalf("%s ended with %+v", name, st.Result)
					}
					ms += st.Result.WallMs
				}
				b.ReportMetric(ms/float64(b.N), "ms/run")
			})
		}
	}
}
