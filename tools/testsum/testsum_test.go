package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goJSON is go test -json of two packages: one with a pass, a skip and a failed subtest, one that
// did not build.
const goJSON = `{"Action":"start","Package":"example.com/a"}
{"Action":"run","Package":"example.com/a","Test":"TestOK"}
{"Action":"output","Package":"example.com/a","Test":"TestOK","Output":"=== RUN   TestOK\n"}
{"Action":"pass","Package":"example.com/a","Test":"TestOK","Elapsed":0}
{"Action":"output","Package":"example.com/a","Test":"TestCPython","Output":"=== RUN   TestCPython\n"}
{"Action":"output","Package":"example.com/a","Test":"TestCPython","Output":"    cpython.go:40: python3 not found: the cases are not compared with CPython\n"}
{"Action":"output","Package":"example.com/a","Test":"TestCPython","Output":"--- SKIP: TestCPython (0.00s)\n"}
{"Action":"skip","Package":"example.com/a","Test":"TestCPython","Elapsed":0}
{"Action":"output","Package":"example.com/a","Test":"TestCases/01","Output":"    cases_test.go:9: stdout differs: want 1, got 2\n"}
{"Action":"output","Package":"example.com/a","Test":"TestCases/01","Output":"    --- FAIL: TestCases/01 (0.00s)\n"}
{"Action":"fail","Package":"example.com/a","Test":"TestCases/01","Elapsed":0}
{"Action":"output","Package":"example.com/a","Test":"TestCases","Output":"--- FAIL: TestCases (0.00s)\n"}
{"Action":"fail","Package":"example.com/a","Test":"TestCases","Elapsed":0}
{"Action":"output","Package":"example.com/a","Output":"FAIL\n"}
{"Action":"fail","Package":"example.com/a","Elapsed":0.5}
{"ImportPath":"example.com/b","Action":"build-output","Output":"b/b.go:3:1: syntax error\n"}
{"ImportPath":"example.com/b","Action":"build-fail"}
{"Action":"skip","Package":"example.com/c"}
{"Action":"output","Package":"example.com/d","Output":"webtest: starting chromium: not found\n"}
{"Action":"fail","Package":"example.com/d","Elapsed":0}
`

func TestGoJSON(t *testing.T) {
	var out strings.Builder
	s, err := readGoJSON(strings.NewReader(goJSON), &out)
	if err != nil {
		t.Fatal(err)
	}
	if s.Passed != 1 || s.Failed != 3 || s.Skips != 1 || s.NoTests != 1 || len(s.BuildFailed) != 1 || len(s.FailedPackages) != 1 {
		t.Errorf("counts %+v, want 1 passed, 3 failed (a subtest, its parent and a package's TestMain), 1 skipped, 1 package without tests, 1 build failed", s)
	}
	if len(s.Skipped) != 1 || s.Skipped[0].Reason != "cpython.go:40: python3 not found: the cases are not compared with CPython" {
		t.Errorf("skips %+v, want TestCPython's reason", s.Skipped)
	}
	for _, want := range []string{"stdout differs: want 1, got 2", "--- FAIL: TestCases (0.00s)", "b/b.go:3:1: syntax error", "FAIL example.com/a",
		"starting chromium: not found", "FAIL example.com/d"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the output lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "=== RUN") || strings.Contains(out.String(), "TestOK") {
		t.Errorf("the output shows what passed:\n%s", out.String())
	}
}

// tap is node --test's TAP (node 18: one test per file, wrapping the file's tests), with a skip, a
// failure and a file that failed to load.
const tap = `TAP version 13
# Subtest: /w/a.test.js
    # Subtest: round-trips
    ok 1 - round-trips
      ---
      duration_ms: 1
      ...
    # Subtest: old links
    ok 2 - old links # SKIP this node has no CompressionStream
      ---
      ...
    # Subtest: bombs
    not ok 3 - bombs
      ---
      error: 'the bomb was inflated into memory'
      ...
not ok 1 - /w/a.test.js
  ---
  ...
# Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'fflate'
# Subtest: /w/b.test.js
not ok 2 - /w/b.test.js
  ---
  error: 'test failed'
  ...
1..2
# tests 2
# pass 0
`

func TestTAP(t *testing.T) {
	var out strings.Builder
	s, err := readTAP(strings.NewReader(tap), &out)
	if err != nil {
		t.Fatal(err)
	}
	if s.Passed != 1 || s.Failed != 2 || s.Skips != 1 {
		t.Errorf("counts %+v, want 1 passed, 2 failed (a test and a file that did not load), 1 skipped", s)
	}
	if len(s.Skipped) != 1 || s.Skipped[0].Reason != "this node has no CompressionStream" {
		t.Errorf("skips %+v", s.Skipped)
	}
	for _, want := range []string{"not ok 3 - bombs", "the bomb was inflated into memory", "Cannot find package 'fflate'", "not ok 2 - /w/b.test.js"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the output lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "round-trips") || strings.Contains(out.String(), "# tests") {
		t.Errorf("the output shows what passed:\n%s", out.String())
	}
}

func TestReport(t *testing.T) {
	dir := t.TempDir()
	steps := []Step{
		{Name: "test-go", Passed: 10, Skips: 4, Skipped: []Skip{
			{"sim TestA", "a_test.go:3: skipped with -short"}, {"sim TestB", "b_test.go:9: skipped with -short"},
			{"py TestC/x", "known failure: line 1 differs"}, {"py TestC/y", "known failure: line 2 differs"}}},
		{Name: "node", Passed: 8},
	}
	for _, s := range steps {
		if err := save(s, dir); err != nil {
			t.Fatal(err)
		}
	}
	var out strings.Builder
	ok, err := printReport(&out, dir)
	if err != nil || !ok {
		t.Fatalf("printReport = %v, %v", ok, err)
	}
	for _, want := range []string{"2 × skipped with -short", "test-go: sim TestA, test-go: sim TestB",
		`2 × known failure: … (2 different reasons, one of them: "known failure: line 1 differs")`, "\ntests: 18 passed, 0 failed, 4 skipped\n"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the report lacks %q:\n%s", want, out.String())
		}
	}
	if err := save(Step{Name: "web", Failed: 1}, dir); err != nil {
		t.Fatal(err)
	}
	if ok, _ := printReport(&strings.Builder{}, dir); ok {
		t.Error("a failed step: printReport reports success")
	}
	empty := filepath.Join(t.TempDir(), "none")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	if ok, _ := printReport(&strings.Builder{}, empty); ok {
		t.Error("no test ran: printReport reports success")
	}
}
