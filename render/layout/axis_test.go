package layout_test

import (
	"strings"
	"testing"

	"github.com/futurescope/futurescope/render/layout"
)

func TestTicks(t *testing.T) {
	const ms, s = int64(1e6), int64(1e9)
	tests := []struct {
		t0, t1 int64
		width  float64
		want   string
	}{
		{0, 801 * ms, 800, "0 | 0.1 s | 0.2 s | 0.3 s | 0.4 s | 0.5 s | 0.6 s | 0.7 s | 0.8 s"},
		{0, 801 * ms, 300, "0 | 0.2 s | 0.4 s | 0.6 s | 0.8 s"},
		{0, 2 * s, 1000, "0 | 0.2 s | 0.4 s | 0.6 s | 0.8 s | 1 s | 1.2 s | 1.4 s | 1.6 s | 1.8 s | 2 s"},
		{0, 24 * ms, 750, "0 | 5 ms | 10 ms | 15 ms | 20 ms"},
		{0, 24 * ms, 300, "0 | 10 ms | 20 ms"},
		{0, 24 * ms, 1000, "0 | 2 ms | 4 ms | 6 ms | 8 ms | 10 ms | 12 ms | 14 ms | 16 ms | 18 ms | 20 ms | 22 ms | 24 ms"},
		{0, 300 * ms, 900, "0 | 50 ms | 100 ms | 150 ms | 200 ms | 250 ms | 300 ms"},
		{0, 1 * ms, 700, "0 | 0.1 ms | 0.2 ms | 0.3 ms | 0.4 ms | 0.5 ms | 0.6 ms | 0.7 ms | 0.8 ms | 0.9 ms | 1 ms"},
		{0, 50_000, 350, "0 | 10 µs | 20 µs | 30 µs | 40 µs | 50 µs"},
		{0, 500, 350, "0 | 0.1 µs | 0.2 µs | 0.3 µs | 0.4 µs | 0.5 µs"},
		{0, 90, 350, "0 | 20 ns | 40 ns | 60 ns | 80 ns"},
		{150 * ms, 420 * ms, 400, "150 ms | 200 ms | 250 ms | 300 ms | 350 ms | 400 ms"},
		{150 * ms, 820 * ms, 400, "0.2 s | 0.4 s | 0.6 s | 0.8 s"},
		{1234 * ms, 1236 * ms, 800, "1234 ms | 1234.2 ms | 1234.4 ms | 1234.6 ms | 1234.8 ms | 1235 ms | 1235.2 ms | 1235.4 ms | 1235.6 ms | 1235.8 ms | 1236 ms"},
		{0, 0, 800, ""},
		{0, s, 0, ""},
	}
	for _, tt := range tests {
		var labels []string
		for _, tk := range layout.Ticks(tt.t0, tt.t1, tt.width) {
			labels = append(labels, tk.Label)
		}
		if got := strings.Join(labels, " | "); got != tt.want {
			t.Errorf("Ticks(%d, %d, %g) =\n  %s\nwant\n  %s", tt.t0, tt.t1, tt.width, got, tt.want)
		}
	}
}

func TestTicksSpacing(t *testing.T) {
	for _, width := range []float64{100, 333, 800, 1920, 5000} {
		for _, d := range []int64{1, 7, 999, 12345, 1e6, 3e7, 8e8, 61e9} {
			ts := layout.Ticks(0, d, width)
			for i := 1; i < len(ts); i++ {
				if px := float64(ts[i].T-ts[i-1].T) * width / float64(d); px < layout.MinTickSpacing-1e-9 {
					t.Errorf("Ticks(0, %d, %g): ticks %d px apart", d, width, int(px))
				}
			}
		}
	}
}

func TestFormatTime(t *testing.T) {
	tests := []struct {
		ns             int64
		time, duration string
	}{
		{0, "0 s", "0 s"},
		{500_000_000, "0.5 s", "500 ms"},
		{154_414_000, "0.154414 s", "154.414 ms"},
		{2_000_000_000, "2 s", "2 s"},
		{1_500_000_000, "1.5 s", "1.5 s"},
		{20_000, "0.00002 s", "20 µs"},
		{1_234_567, "0.001234567 s", "1.234 ms"},
		{999, "0.000000999 s", "999 ns"},
		{-5_000_000, "-0.005 s", "-5 ms"},
	}
	for _, tt := range tests {
		if got := layout.FormatTime(tt.ns); got != tt.time {
			t.Errorf("FormatTime(%d) = %q, want %q", tt.ns, got, tt.time)
		}
		if got := layout.FormatDuration(tt.ns); got != tt.duration {
			t.Errorf("FormatDuration(%d) = %q, want %q", tt.ns, got, tt.duration)
		}
	}
}
