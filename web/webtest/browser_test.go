package webtest

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"

	"github.com/futurescope/futurescope/internal/cpythontest"
	"github.com/futurescope/futurescope/web/site"
)

// The browser and the server every test shares, set up by TestMain.
var (
	browser context.Context // the browser's first tab: each test opens a tab of its own beside it
	baseURL string          // the served site, "http://127.0.0.1:PORT/"
	shots   string          // where screenshots go; "" for nowhere
)

func TestMain(m *testing.M) {
	dist := os.Getenv("FUTURESCOPE_WEB_DIST")
	if dist == "" {
		if cpythontest.Required() {
			// Under make test or CI, a browser test that does not run is a failure.
			fmt.Println("webtest: FUTURESCOPE_WEB_DIST is not set, so no browser test can run: make test-web builds the site and sets it")
			os.Exit(1)
		}
		fmt.Println("webtest: FUTURESCOPE_WEB_DIST is not set: skipping the browser tests (make test-web runs them)")
		os.Exit(0)
	}
	os.Exit(run(m, dist))
}

func run(m *testing.M, dist string) int {
	if err := site.Check(os.DirFS(dist)); err != nil {
		fmt.Fprintf(os.Stderr, "webtest: %s is not a built site: %v\n", dist, err)
		return 1
	}
	srv := httptest.NewServer(site.Handler(os.DirFS(dist)))
	defer srv.Close()
	baseURL = srv.URL + "/"
	if shots = os.Getenv("FUTURESCOPE_SCREENSHOTS"); shots != "" {
		if err := os.MkdirAll(shots, 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "webtest:", err)
			return 1
		}
	}
	profile, err := os.MkdirTemp("", "webtest-chromium-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "webtest:", err)
		return 1
	}
	defer os.RemoveAll(profile)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), allocatorOptions(profile)...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	if err := chromedp.Do(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "webtest: starting chromium:", err)
		return 1
	}
	browser = ctx
	return m.Run()
}

// allocatorOptions start Debian's chromium headless, with WebGL2 drawn by SwiftShader, no network
// but the test's server, and a fresh profile.
func allocatorOptions(profile string) []chromedp.ExecAllocatorOption {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath()),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1440, 900),
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("lang", "en-US"),
	)
	return opts
}

// chromiumPath finds Debian's chromium.
func chromiumPath() string {
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return "chromium"
}

// tabTimeout bounds what one test does in its tab; the lessons walk, which goes through every lesson
// and block in one tab, has lessonsTabTimeout, so that a busy machine (another build beside it) slows
// it without failing it. go test's -timeout still ends a hung test.
const (
	tabTimeout        = 6 * time.Minute
	lessonsTabTimeout = 10 * time.Minute
)

// newTab opens a tab of the shared browser for one test, closed when the test ends.
func newTab(t testing.TB) context.Context {
	t.Helper()
	return newTabFor(t, tabTimeout)
}

// newTabFor opens a tab for one test that may take up to d.
func newTabFor(t testing.TB, d time.Duration) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser)
	t.Cleanup(cancel)
	ctx, cancelTimeout := context.WithTimeout(ctx, d)
	t.Cleanup(cancelTimeout)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1440, 900)); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	// The page saves every edited script in localStorage (web/src/saved.js), which the tabs share:
	// each test starts with none and leaves none behind, so that it opens the lessons' own scripts.
	// Both, because the last write of a tab that is leaving can reach the storage after the clear
	// (a fresh machine's lessons walk once opened lesson 1 with the previous test's script).
	forgetScripts(t, ctx)
	t.Cleanup(func() { forgetScripts(t, ctx) })
	return ctx
}

// forgetScripts clears the site's localStorage, where the page keeps edited scripts.
func forgetScripts(t testing.TB, ctx context.Context) {
	t.Helper()
	origin := strings.TrimSuffix(baseURL, "/")
	// Leaving the page first: it saves what the pause in typing had not saved yet as it goes.
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Errorf("leaving the page: %v", err)
	}
	if _, err := chromedp.Call(ctx, storage.ClearDataForOrigin, storage.ClearDataForOriginParams{Origin: origin, StorageTypes: "local_storage"}); err != nil {
		t.Errorf("clearing the saved scripts: %v", err)
	}
}

// screenshot saves the tab's viewport as NAME.png in the screenshots folder.
func screenshot(t *testing.T, ctx context.Context, name string) []byte {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if shots != "" {
		if err := os.WriteFile(filepath.Join(shots, name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return png
}
