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
		printSkips(w, total.Skipped)
	}
	fmt.Fprintf(w, "tests: %s\n", counts(total))
	if total.Passed == 0 {
		fmt.Fprintln(w, "testsum: no test ran")
		return false, nil
	}
	return total.Failed == 0 && len(total.BuildFailed) == 0, nil
}

// printSkips writes the skips grouped by reason, the commonest first: reasons that differ only after
// their first ": " ("known failure: stdout line 2 …") make one group, shown with one example.
func printSkips(w io.Writer, skips []Skip) {
	type group struct {
		key     string
		reasons map[string]bool
		example string
		tests   []string
	}
	groups := map[string]*group{}
	var order []*group
	for _, sk := range skips {
		r := stripLocation(sk.Reason)
		key := r
		if prefix, _, ok := strings.Cut(r, ": "); ok && len(prefix) <= 60 {
			key = prefix
		}
		g := groups[key]
		if g == nil {
			g = &group{key: key, reasons: map[string]bool{}, example: r}
			groups[key] = g
			order = append(order, g)
		}
		g.reasons[r] = true
		g.tests = append(g.tests, sk.Test)
	}
	slices.SortStableFunc(order, func(a, b *group) int { return len(b.tests) - len(a.tests) })
	for _, g := range order {
		reason := g.example
		if len(g.reasons) > 1 {
			reason = fmt.Sprintf("%s: … (%d different reasons, one of them: %q)", g.key, len(g.reasons), clip(g.example, 100))
		}
		named := strings.Join(g.tests[:min(len(g.tests), maxNamed)], ", ")
		if len(g.tests) > maxNamed {
			named += fmt.Sprintf(" and %d more", len(g.tests)-maxNamed)
		}
		fmt.Fprintf(w, "  %3d × %s\n        (%s)\n", len(g.tests), reason, named)
	}
}

// clip shortens s to at most n bytes, marking the cut.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
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
