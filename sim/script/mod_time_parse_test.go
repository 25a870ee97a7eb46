package script

import (
	"testing"
	"time"

	"github.com/futurescope/futurescope/python/py"
)

// FuzzStrptime: time.strptime takes any string and any format from a script; it never panics, it
// fails only with a ValueError, and a date it returns is in UTC (a full %Y-%m-%d date formats back
// to the string).
func FuzzStrptime(f *testing.F) {
	for _, c := range [][2]string{{"2024-02-29 13:45:07", "%Y-%m-%d %H:%M:%S"}, {"07:05 PM", "%I:%M %p"},
		{"Mar 5 1999", "%b %d %Y"}, {"2023 100", "%Y %j"}, {"x", "%q"}, {"1", "%"}, {"  12   3", " %d %m"},
		{"2024-01-01T00:00:00+05:30", "%Y-%m-%dT%H:%M:%S%z"}, {"%%", "%%%%"}, {"2023-02-29", "%Y-%m-%d"}} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, s, format string) {
		got, err := strptime(s, format)
		if err != nil {
			if e, ok := err.(*py.Exception); !ok || !e.Matches(py.ValueErrorType) {
				t.Fatalf("strptime(%q, %q): %v, want a ValueError", s, format, err)
			}
			return
		}
		if format == "%Y-%m-%d" && len(s) == 10 && got.Format("2006-01-02") != s {
			t.Errorf("strptime(%q, %q) = %v", s, format, got)
		}
		if got.Location() != time.UTC {
			t.Errorf("strptime(%q, %q) is in %v, want UTC", s, format, got.Location())
		}
	})
}
