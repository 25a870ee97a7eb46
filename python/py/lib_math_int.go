package py

import (
	"math"
	"math/big"
)

// bigArg returns an integer argument of a math function (ints or objects with __index__).
func (t *Thread) bigArg(o Object) (*big.Int, error) {
	v, err := t.index(o)
	if err != nil {
		return nil, err
	}
	return toBig(v), nil
}

func (t *Thread) gcdLcm(name string, args []Object, kwnames []string) (Object, error) {
	if err := NoKwargs(name, kwnames); err != nil {
		return nil, err
	}
	acc := big.NewInt(0)
	if name == "lcm" {
		acc = big.NewInt(1)
	}
	for _, a := range args {
		x, err := t.bigArg(a)
		if err != nil {
			return nil, err
		}
		x = new(big.Int).Abs(x)
		if name == "gcd" {
			acc = new(big.Int).GCD(nil, nil, acc, x)
			continue
		}
		if x.Sign() == 0 || acc.Sign() == 0 {
			acc = big.NewInt(0)
			continue
		}
		g := new(big.Int).GCD(nil, nil, acc, x)
		acc = new(big.Int).Mul(new(big.Int).Quo(acc, g), x)
	}
	return checkBig(acc)
}

func mathIsqrt(t *Thread, args []Object, kwnames []string) (Object, error) {
	o, err := oneArg("isqrt", args, kwnames)
	if err != nil {
		return nil, err
	}
	x, err := t.bigArg(o)
	if err != nil {
		return nil, err
	}
	if x.Sign() < 0 {
		return nil, Errorf(ValueErrorType, "isqrt() argument must be nonnegative")
	}
	return NewBigInt(new(big.Int).Sqrt(x)), nil
}

// maxFactorial bounds factorial's argument so that its result stays within MaxIntBits.
const maxFactorial = 1 << 20

func mathFactorial(t *Thread, args []Object, kwnames []string) (Object, error) {
	o, err := oneArg("factorial", args, kwnames)
	if err != nil {
		return nil, err
	}
	x, err := t.bigArg(o)
	if err != nil {
		return nil, err
	}
	if x.Sign() < 0 {
		return nil, Errorf(ValueErrorType, "factorial() not defined for negative values")
	}
	if !x.IsInt64() || x.Int64() > maxFactorial {
		return nil, Errorf(OverflowErrorType, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	return checkBig(new(big.Int).MulRange(1, x.Int64()))
}

// combPerm is math.comb(n, k) and math.perm(n, k=None).
func (t *Thread) combPerm(name string, args []Object, kwnames []string) (Object, error) {
	if err := NoKwargs(name, kwnames); err != nil {
		return nil, err
	}
	lo := 2
	if name == "perm" {
		lo = 1
	}
	if len(args) < lo || len(args) > 2 {
		return nil, Errorf(TypeErrorType, "%s expected 2 arguments, got %d", name, len(args))
	}
	n, err := t.bigArg(args[0])
	if err != nil {
		return nil, err
	}
	k := n
	if len(args) == 2 && args[1] != None {
		if k, err = t.bigArg(args[1]); err != nil {
			return nil, err
		}
	}
	if n.Sign() < 0 {
		return nil, Errorf(ValueErrorType, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, Errorf(ValueErrorType, "k must be a non-negative integer")
	}
	if k.Cmp(n) > 0 {
		return MakeInt(0), nil
	}
	if !n.IsInt64() || n.Int64() > maxFactorial {
		return nil, Errorf(OverflowErrorType, "%s() argument too large", name)
	}
	nn, kk := n.Int64(), k.Int64()
	if name == "comb" {
		return checkBig(new(big.Int).Binomial(nn, kk))
	}
	return checkBig(new(big.Int).MulRange(nn-kk+1, nn))
}

// mathFsum is math.fsum: the correctly rounded sum (Shewchuk's algorithm, as CPython's msum).
func mathFsum(t *Thread, args []Object, kwnames []string) (Object, error) {
	o, err := oneArg("fsum", args, kwnames)
	if err != nil {
		return nil, err
	}
	var partials []float64
	special := 0.0
	err = t.Iterate(o, func(item Object) (bool, error) {
		x, err := t.toDouble(item)
		if err != nil {
			return false, err
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			special += x
			return true, nil
		}
		i := 0
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
		partials = append(partials[:i], x)
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	if special != 0 || math.IsNaN(special) {
		return Float(special), nil
	}
	return Float(roundPartials(partials)), nil
}

// roundPartials adds Shewchuk's non-overlapping partials, correctly rounded (CPython's msum tail).
func roundPartials(p []float64) float64 {
	n := len(p)
	if n == 0 {
		return 0
	}
	n--
	hi := p[n]
	lo := 0.0
	for n > 0 {
		x := hi
		n--
		y := p[n]
		hi = x + y
		yr := hi - x
		lo = y - yr
		if lo != 0 {
			break
		}
	}
	if n > 0 && (lo < 0 && p[n-1] < 0 || lo > 0 && p[n-1] > 0) {
		y := lo * 2
		x := hi + y
		if y == x-hi {
			hi = x
		}
	}
	return hi
}

func mathProd(t *Thread, args []Object, kwnames []string) (Object, error) {
	a, err := UnpackArgs("prod", args, kwnames, []string{"iterable", "start"}, 1)
	if err != nil {
		return nil, err
	}
	acc := a[1]
	if acc == nil {
		acc = MakeInt(1)
	}
	err = t.Iterate(a[0], func(x Object) (bool, error) {
		acc, err = t.binaryOp(opMul, acc, x, false)
		return err == nil, err
	})
	if err != nil {
		return nil, err
	}
	return acc, nil
}
