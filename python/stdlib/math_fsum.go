package stdlib

import (
	"math"

	"github.com/futurescope/futurescope/python/py"
)

// mathFsum is math.fsum: Shewchuk's exact partial sums, rounded once
// (half-even), with CPython's handling of infinities and overflow.
func mathFsum(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if len(kw) > 0 || len(args) != 1 {
		_, err := oneFloat(t, "fsum", args, kw)
		return nil, err
	}
	var partials []float64
	special, infSum := 0.0, 0.0
	err := t.Iterate(args[0], func(o py.Object) (bool, error) {
		x, err := toFloat(t, o)
		if err != nil {
			return false, err
		}
		xsave, i := x, 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x == 0 {
			return true, nil
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			if !math.IsInf(xsave, 0) && !math.IsNaN(xsave) {
				return false, py.Errorf(py.OverflowErrorType, "intermediate overflow in fsum")
			}
			if math.IsInf(xsave, 0) {
				infSum += xsave
			}
			special += xsave
			partials = partials[:0]
			return true, nil
		}
		partials = append(partials, x)
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	if special != 0 {
		if math.IsNaN(infSum) {
			return nil, py.Errorf(py.ValueErrorType, "-inf + inf in fsum")
		}
		return py.Float(special), nil
	}
	return py.Float(roundPartials(partials)), nil
}

// roundPartials sums non-overlapping partials (increasing magnitude) with a
// single correct rounding.
func roundPartials(p []float64) float64 {
	n := len(p)
	if n == 0 {
		return 0
	}
	hi, lo := p[n-1], 0.0
	n--
	for n > 0 {
		x, y := hi, p[n-1]
		n--
		hi = x + y
		lo = y - (hi - x)
		if lo != 0 {
			break
		}
	}
	if n > 0 && ((lo < 0 && p[n-1] < 0) || (lo > 0 && p[n-1] > 0)) {
		y := lo * 2
		x := hi + y
		if y == x-hi {
			hi = x
		}
	}
	return hi
}
