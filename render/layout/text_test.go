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

// TestTruncateName checks that a name keeps the end that tells it from its neighbours.
func TestTruncateName(t *testing.T) {
	tests := []struct {
		s     string
		cells int
		want  string
	}{
		{"ThreadPoolExecutor-0_0", 12, "ThreadP…-0_0"},
		{"T3 ThreadPoolExecutor-0_1", 20, "T3 ThreadPoolEx…-0_1"},
		{"T3 ThreadPoolExecutor-0_1", 25, "T3 ThreadPoolExecutor-0_1"},
		{"join(ThreadPoolExecutor-0_1)", 18, "join(ThreadP…-0_1)"},
		{"P2 SpawnProcess-1/Thread-2", 16, "P2 SpawnProce…-2"},
		{"T4 workerthreadnumber12", 14, "T4 worker…er12"},
		{"T5 线程池执行器线程-0_3", 16, "T5 线程池执…-0_3"},
		{"ThreadPoolExecutor-0_0", 10, "ThreadPoo…"},                 // too narrow to keep both ends
		{"a lane per thread, under its process", 12, "a lane per …"}, // not a name
		{"f3 gcd((1, 2)) → 1", 10, "f3 gcd((1…"},                     // a call with arguments
		{"T2 Thread-1", 0, ""},
	}
	for _, tt := range tests {
		got := layout.TruncateName(tt.s, tt.cells)
		if got != tt.want {
			t.Errorf("TruncateName(%q, %d) = %q, want %q", tt.s, tt.cells, got, tt.want)
		}
		if layout.Width(got) > max(tt.cells, 0) {
			t.Errorf("TruncateName(%q, %d) = %q: %d cells", tt.s, tt.cells, got, layout.Width(got))
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
