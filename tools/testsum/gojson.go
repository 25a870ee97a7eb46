package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// maxPackageLines bounds how much of a failed package's own output (a panic, a timeout's goroutine
// dump) is shown.
const maxPackageLines = 200

// An event is one line of `go test -json` (cmd/test2json), build events included.
type event struct {
	Action     string
	Package    string
	ImportPath string // build-output and build-fail
	Test       string
	Output     string
	Elapsed    float64
}

// A pkgRun gathers one package's events until it ends.
type pkgRun struct {
	passed, failed, skipped int
	output                  []string            // the package's own lines
	tests                   map[string][]string // each test's lines, until it ends
}

// readGoJSON reads go test -json from r and writes to w what a person wants to see: a line a package,
// each failed test's output and each failed build's errors. Lines that are not JSON pass through.
func readGoJSON(r io.Reader, w io.Writer) (Step, error) {
	var s Step
	pkgs := map[string]*pkgRun{}
	get := func(name string) *pkgRun {
		p := pkgs[name]
		if p == nil {
			p = &pkgRun{tests: map[string][]string{}}
			pkgs[name] = p
		}
		return p
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if len(line) == 0 || line[0] != '{' || json.Unmarshal(line, &e) != nil {
			fmt.Fprintf(w, "%s\n", line)
			continue
		}
		switch {
		case e.Action == "build-output":
			fmt.Fprint(w, e.Output)
		case e.Action == "build-fail":
			s.BuildFailed = append(s.BuildFailed, e.ImportPath)
		case e.Test != "":
			testEvent(&s, get(e.Package), e, w)
		case e.Action == "output":
			p := get(e.Package)
			p.output = append(p.output, e.Output)
		case e.Action == "skip": // no test files
			s.NoTests++
		case e.Action == "pass" || e.Action == "fail":
			p := get(e.Package)
			if e.Action == "fail" && p.failed == 0 {
				s.Failed++ // the package failed outside its tests: TestMain, a panic, a timeout
				s.FailedPackages = append(s.FailedPackages, shortPackage(e.Package))
			}
			endPackage(p, e, w)
			delete(pkgs, e.Package)
		}
	}
	return s, sc.Err()
}

// testEvent records one event of a test: its output, or its end.
func testEvent(s *Step, p *pkgRun, e event, w io.Writer) {
	switch e.Action {
	case "output":
		if !strings.HasPrefix(e.Output, "=== ") {
			p.tests[e.Test] = append(p.tests[e.Test], e.Output)
		}
	case "pass":
		s.Passed++
		p.passed++
	case "skip":
		s.Skips++
		p.skipped++
		s.Skipped = append(s.Skipped, Skip{Test: shortPackage(e.Package) + " " + e.Test, Reason: skipReason(p.tests[e.Test])})
	case "fail":
		s.Failed++
		p.failed++
		for _, l := range p.tests[e.Test] {
			fmt.Fprint(w, l)
		}
	}
	if e.Action == "pass" || e.Action == "skip" || e.Action == "fail" {
		delete(p.tests, e.Test)
	}
}

// endPackage writes a package's line, and its own output when it failed.
func endPackage(p *pkgRun, e event, w io.Writer) {
	if e.Action == "fail" {
		lines := p.output
		if len(lines) > maxPackageLines {
			lines = append(lines[:maxPackageLines:maxPackageLines], fmt.Sprintf("… %d more lines\n", len(p.output)-maxPackageLines))
		}
		for _, l := range lines {
			if l != "FAIL\n" && !strings.HasPrefix(l, "FAIL\t") {
				fmt.Fprint(w, l)
			}
		}
	}
	status := "ok  "
	if e.Action == "fail" {
		status = "FAIL"
	}
	var extra string
	if p.skipped > 0 {
		extra = fmt.Sprintf(", %d skipped", p.skipped)
	}
	if p.failed > 0 {
		extra += fmt.Sprintf(", %d failed", p.failed)
	}
	fmt.Fprintf(w, "%s %-52s %6.1fs  %4d tests%s\n", status, shortPackage(e.Package), e.Elapsed, p.passed+p.failed+p.skipped, extra)
}

// skipReason is what a skipped test said: its lines but the "--- SKIP" one, joined.
func skipReason(lines []string) string {
	var parts []string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "--- SKIP") {
			parts = append(parts, l)
		}
	}
	if len(parts) == 0 {
		return "(no reason given)"
	}
	return strings.Join(parts, " ")
}

// shortPackage drops the module path from a package's import path.
func shortPackage(pkg string) string {
	if rest, ok := strings.CutPrefix(pkg, "github.com/futurescope/futurescope/"); ok {
		return rest
	}
	return pkg
}
