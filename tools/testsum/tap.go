package main

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// resultLine matches a TAP test result: "ok 3 - name", "not ok 4 - name # SKIP reason".
var resultLine = regexp.MustCompile(`^( *)(ok|not ok) \d+ - (.*?)(?: # (SKIP|TODO)\b ?(.*))?$`)

// readTAP reads node --test's TAP from r and counts its tests, leaves only (a test whose subtests
// ran counts through them). It writes each failed test's line and diagnostics, and the comments node
// passes on from the test files (their stderr), but not its closing counts.
func readTAP(r io.Reader, w io.Writer) (Step, error) {
	var s Step
	childSeen := map[int]bool{} // an indent had a deeper result since its last own result
	failing := -1               // the indent of a failed test whose diagnostics are being copied
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line := sc.Text()
		m := resultLine.FindStringSubmatch(line)
		if m == nil && failing < 0 && isComment(line) {
			fmt.Fprintln(w, line) // what a test file wrote to stderr: why it failed to load, say
			continue
		}
		if m == nil {
			if failing >= 0 {
				fmt.Fprintln(w, line)
				if strings.TrimSpace(line) == "..." && len(line)-len(strings.TrimLeft(line, " ")) == failing+2 {
					failing = -1
				}
			}
			continue
		}
		failing = -1
		indent := len(m[1])
		parent := childSeen[indent]
		childSeen[indent] = false
		for k := range indent {
			childSeen[k] = true
		}
		if parent && m[2] == "ok" {
			continue
		}
		switch {
		case m[4] == "SKIP":
			s.Skips++
			s.Skipped = append(s.Skipped, Skip{Test: m[3], Reason: m[5]})
		case m[2] == "ok":
			s.Passed++
		default:
			if !parent {
				s.Failed++
			}
			fmt.Fprintln(w, strings.TrimLeft(line, " "))
			failing = indent
		}
	}
	return s, sc.Err()
}

// tapCounts are the comments that end node's TAP: "# tests 8", "# pass 8", …
var tapCounts = regexp.MustCompile(`^# (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) [\d.]+$`)

// isComment reports whether line is a top-level TAP comment worth showing.
func isComment(line string) bool {
	return strings.HasPrefix(line, "# ") && !strings.HasPrefix(line, "# Subtest: ") && !tapCounts.MatchString(line)
}
