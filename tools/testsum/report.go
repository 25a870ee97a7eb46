package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// maxNamed is how many tests a skip reason lists by name before it only counts them.
const maxNamed = 4

// printReport writes the totals of the steps saved in dir, step by step, then why tests were
// skipped (grouped by reason), then the closing line. It reports false when a test failed or none ran.
func printReport(w io.Writer, dir string) (bool, error) {
	steps, err := load(dir)
	if err != nil {
		return false, err
	}
	var total Step
	fmt.Fprintln(w, "\ntests by step (subtests included):")
	for _, s := range steps {
		fmt.Fprintf(w, "  %-12s %s\n", s.Name, counts(s))
		total.Passed += s.Passed
		total.Failed += s.Failed
		total.Skips += s.Skips
		total.BuildFailed = append(total.BuildFailed, s.BuildFailed...)
		for _, sk := range s.Skipped {
			sk.Test = s.Name + ": " + sk.Test
			total.Skipped = append(total.Skipped, sk)
		}
	}
	if len(total.Skipped) > 0 {
		fmt.Fprintln(w, "skipped, and why:")
		byReason := map[string][]string{}
		var reasons []string
		for _, sk := range total.Skipped {
			r := stripLocation(sk.Reason)
			if byReason[r] == nil {
				reasons = append(reasons, r)
			}
			byReason[r] = append(byReason[r], sk.Test)
		}
		slices.SortStableFunc(reasons, func(a, b string) int { return len(byReason[b]) - len(byReason[a]) })
		for _, r := range reasons {
			tests := byReason[r]
			named := strings.Join(tests[:min(len(tests), maxNamed)], ", ")
			if len(tests) > maxNamed {
				named += fmt.Sprintf(" and %d more", len(tests)-maxNamed)
			}
			fmt.Fprintf(w, "  %3d × %s\n        (%s)\n", len(tests), r, named)
		}
	}
	fmt.Fprintf(w, "tests: %s\n", counts(total))
	if total.Passed == 0 {
		fmt.Fprintln(w, "testsum: no test ran")
		return false, nil
	}
	return total.Failed == 0 && len(total.BuildFailed) == 0, nil
}

// stripLocation drops the "file_test.go:12: " go test puts before a skip's message, so that one reason
// given at one place reads once.
func stripLocation(reason string) string {
	if i := strings.Index(reason, ".go:"); i >= 0 && !strings.ContainsAny(reason[:i], " \t") {
		rest := reason[i+len(".go:"):]
		if j := strings.Index(rest, ": "); j >= 0 && strings.Trim(rest[:j], "0123456789") == "" {
			return rest[j+2:]
		}
	}
	return reason
}
