package golden

import "testing"

func TestDiff(t *testing.T) {
	tests := []struct{ want, got, diff string }{
		{"a\nb\n", "a\nb\n", ""},
		{"a\nb\nc", "a\nx\nc", "at line 2:\n-b\n-c\n+x\n+c"},
		{"a", "a\nmore", "at line 2:\n+more"},
		{"a\ngone", "a", "at line 2:\n-gone"},
	}
	for _, tt := range tests {
		if got := Diff(tt.want, tt.got); got != tt.diff {
			t.Errorf("Diff(%q, %q) =\n%s\nwant\n%s", tt.want, tt.got, got, tt.diff)
		}
	}
}
