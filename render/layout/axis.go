package layout

import "strconv"

// A Tick is one mark of a time axis.
type Tick struct {
	// T is the tick's time in virtual nanoseconds.
	T int64
	// Label is its text: "0", "0.1 s", "250 ms", "20 µs".
	Label string
}

// MinTickSpacing is the fewest pixels Ticks leaves between two ticks: room for a label like "0.35 s".
const MinTickSpacing = 70

// Ticks returns the ticks of an axis showing times t0 to t1 over width pixels: every multiple of a
// step from the 1-2-5 series (1 µs, 2 µs, 5 µs, 10 µs, …, 0.1 s, 0.2 s, 0.5 s, 1 s, …) that lies in the
// range, the step being the smallest that keeps ticks MinTickSpacing pixels apart. All labels of one
// axis use one unit, chosen from the step: seconds from 100 ms up, then ms, µs and ns.
func Ticks(t0, t1 int64, width float64) []Tick {
	if t1 <= t0 || width <= 0 {
		return nil
	}
	step := TickStep(t1-t0, width)
	unit := tickUnit(step)
	first := (t0 + step - 1) / step * step
	if t0 < 0 {
		first = t0 / step * step
	}
	var out []Tick
	for t := first; t <= t1; t += step {
		out = append(out, Tick{T: t, Label: unit.format(t)})
	}
	return out
}

// TickStep returns the 1-2-5 step for a span of d nanoseconds over width pixels (at least 1 ns).
func TickStep(d int64, width float64) int64 {
	want := float64(d) * MinTickSpacing / width
	for step := int64(1); ; step *= 10 {
		for _, m := range [...]int64{1, 2, 5} {
			if s := step * m; float64(s) >= want || s >= 1e17 {
				return s
			}
		}
	}
}

// A unit is how an axis writes its times.
type unit struct {
	ns   int64  // nanoseconds per unit
	name string // "s", "ms", "µs", "ns"
}

func tickUnit(step int64) unit {
	switch {
	case step >= 100_000_000:
		return unit{1e9, "s"}
	case step >= 100_000:
		return unit{1e6, "ms"}
	case step >= 100:
		return unit{1e3, "µs"}
	}
	return unit{1, "ns"}
}

// format writes t in u, exactly, without trailing zeros: "0", "0.1 s", "12.5 ms".
func (u unit) format(t int64) string {
	if t == 0 {
		return "0"
	}
	return decimal(t, u.ns) + " " + u.name
}

// decimal writes n/div exactly as a decimal number without trailing zeros; div is a power of ten
// from 1 to 1e9.
func decimal(n, div int64) string {
	var buf [24]byte
	return string(appendDecimal(buf[:0], n, div))
}

// appendDecimal appends decimal(n, div) to b.
func appendDecimal(b []byte, n, div int64) []byte {
	var buf [24]byte
	i := len(buf)
	u := uint64(n)
	if n < 0 {
		u = -u
	}
	d := uint64(div)
	if frac := u % d; frac != 0 {
		digits := 0
		for p := d; p > 1; p /= 10 {
			digits++
		}
		for frac%10 == 0 {
			frac /= 10
			digits--
		}
		for ; digits > 0; digits-- {
			i--
			buf[i] = byte('0' + frac%10)
			frac /= 10
		}
		i--
		buf[i] = '.'
	}
	for whole := u / d; ; whole /= 10 {
		i--
		buf[i] = byte('0' + whole%10)
		if whole < 10 {
			break
		}
	}
	if n < 0 {
		i--
		buf[i] = '-'
	}
	return append(b, buf[i:]...)
}

// appendTime appends FormatTime(ns) to b.
func appendTime(b []byte, ns int64) []byte {
	if ns == 0 {
		return append(b, "0 s"...)
	}
	return append(appendDecimal(b, ns, 1e9), " s"...)
}

// appendDuration appends FormatDuration(ns) to b.
func appendDuration(b []byte, ns int64) []byte {
	if ns == 0 {
		return append(b, "0 s"...)
	}
	abs := max(ns, -ns)
	for _, u := range [...]unit{{1e9, "s"}, {1e6, "ms"}, {1e3, "µs"}} {
		if abs >= u.ns {
			b = appendDecimal(b, ns/(u.ns/1000)*(u.ns/1000), u.ns)
			return append(append(b, ' '), u.name...)
		}
	}
	return append(strconv.AppendInt(b, ns, 10), " ns"...)
}

// FormatTime writes a point in virtual time as seconds, exactly and without trailing zeros, as
// Python's time.time() differences read: "0 s", "0.5 s", "0.154414 s".
func FormatTime(ns int64) string {
	var buf [32]byte
	return string(appendTime(buf[:0], ns))
}

// FormatDuration writes a length of virtual time in the largest unit that keeps it at least 1, with
// at most three decimals: "2 s", "154.414 ms", "20 µs", "0 s".
func FormatDuration(ns int64) string {
	var buf [32]byte
	return string(appendDuration(buf[:0], ns))
}
