package layout_test

import (
	"testing"

	"github.com/futurescope/futurescope/render/layout"
)

func TestTruncate(t *testing.T) {
	tests := []struct {
		s     string
		cells int
		want  string
	}{
		{"f3 gcd((1, 2))", 20, "f3 gcd((1, 2))"},
		{"f3 gcd((1, 2))", 14, "f3 gcd((1, 2))"},
		{"f3 gcd((1, 2))", 13, "f3 gcd((1, 2…"},
		{"f3 gcd((1, 2))", 2, "f…"},
		{"f3 gcd((1, 2))", 1, "…"},
		{"f3 gcd((1, 2))", 0, ""},
		{"", 5, ""},
		{"执行中:True", 11, "执行中:True"},
		{"执行中:True", 10, "执行中:Tr…"},
		{"执行中:True", 6, "执行…"},
		{"执行中:True", 5, "执行…"},
		{"执行中:True", 4, "执…"},
		{"ThreadPoolExecutor-0_0", 12, "ThreadPoolE…"},
		{"café", 4, "café"},
	}
	for _, tt := range tests {
		got := layout.Truncate(tt.s, tt.cells)
		if got != tt.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.s, tt.cells, got, tt.want)
		}
		if layout.Width(got) > max(tt.cells, 0) {
			t.Errorf("Truncate(%q, %d) = %q: %d cells", tt.s, tt.cells, got, layout.Width(got))
		}
	}
}

func TestWidth(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{{"", 0}, {"abc", 3}, {"已完成", 6}, {"e\u0301", 1}, {"ｆｕｌｌ", 8}}
	for _, tt := range tests {
		if got := layout.Width(tt.s); got != tt.want {
			t.Errorf("Width(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}
