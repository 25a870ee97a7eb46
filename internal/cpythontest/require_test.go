package cpythontest

import (
	"fmt"
	"strings"
	"testing"
)

func TestRequired(t *testing.T) {
	tests := []struct {
		require, ci string
		want        bool
	}{
		{"", "", false},
		{"0", "", false},
		{"all", "", true},
		{"", "true", true},
		{"", "false", false},
		{"0", "true", true},
	}
	for _, tt := range tests {
		t.Setenv(RequireEnv, tt.require)
		t.Setenv("CI", tt.ci)
		if got := Required(); got != tt.want {
			t.Errorf("%s=%q CI=%q: Required() = %v, want %v", RequireEnv, tt.require, tt.ci, got, tt.want)
		}
	}
}

// recorder is a testing.TB that records how a test ended instead of ending it.
type recorder struct {
	testing.TB
	skipped, failed string
}

func (r *recorder) Helper()                        {}
func (r *recorder) Skip(args ...any)               { r.skipped = fmt.Sprint(args...) }
func (r *recorder) Fatalf(format string, a ...any) { r.failed = fmt.Sprintf(format, a...) }

func TestMissingSkipsOrFails(t *testing.T) {
	t.Setenv("CI", "")
	t.Setenv(RequireEnv, "")
	r := &recorder{TB: t}
	Missing(r, "python3 not found", "install it")
	if r.skipped != "python3 not found" || r.failed != "" {
		t.Errorf("a developer's go test: skipped %q, failed %q; want a skip saying why", r.skipped, r.failed)
	}
	t.Setenv(RequireEnv, "all")
	r = &recorder{TB: t}
	Missing(r, "python3 not found", "install it")
	if r.skipped != "" || !strings.Contains(r.failed, "python3 not found") || !strings.Contains(r.failed, "FUTURESCOPE_REQUIRE=all") ||
		!strings.Contains(r.failed, "install it") {
		t.Errorf("under make test: skipped %q, failed %q; want a failure naming what is missing and why it must be there", r.skipped, r.failed)
	}
}

func TestFindNamesItsVersion(t *testing.T) {
	p := Find(t, "nothing")
	if p.Major != 3 || p.Minor < MinMinor || !strings.HasPrefix(p.Version(), fmt.Sprintf("3.%d.", p.Minor)) {
		t.Errorf("Find = %+v (version %s), want a CPython 3.%d or later", p, p.Version(), MinMinor)
	}
}
