package stdlib

import (
	"math/big"

	"github.com/futurescope/futurescope/python/py"
)

// The methods of _random.MT: seed, random, getrandbits, getstate and
// setstate, with the arguments and errors of CPython's _random.Random.

func mtOf(self py.Object) *mersenne { return self.(*mersenne) }

func mtSeed(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
	a, err := py.UnpackArgs("seed", args, kw, []string{"n"}, 1)
	if err != nil {
		return nil, err
	}
	n := py.IntValue(a[0])
	if _, isBool := a[0].(py.Bool); n == nil || isBool {
		// CPython seeds from the hash of anything but an int, as a size_t.
		h, err := t.Hash(a[0])
		if err != nil {
			return nil, err
		}
		n = new(big.Int).SetUint64(uint64(h))
	}
	mtOf(self).seed(new(big.Int).Abs(n))
	return py.None, nil
}

func mtRandom(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
	if len(args) > 0 || len(kw) > 0 {
		return nil, py.Errorf(py.TypeErrorType, "random() takes no arguments (%d given)", len(args)+len(kw))
	}
	return py.Float(mtOf(self).float()), nil
}

func mtGetrandbits(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
	a, err := py.UnpackArgs("getrandbits", args, kw, []string{"k"}, 1)
	if err != nil {
		return nil, err
	}
	k, err := t.ToInt64(a[0])
	if err != nil {
		return nil, err
	}
	if k < 0 {
		return nil, py.Errorf(py.ValueErrorType, "number of bits must be non-negative")
	}
	if k <= 32 {
		if k == 0 {
			return py.MakeInt(0), nil
		}
		return py.MakeInt(int64(mtOf(self).uint32() >> (32 - k))), nil
	}
	return py.NewBigInt(mtOf(self).bits(int(k))), nil
}

// mtRandbelow is Random._randbelow(n) on the generator: getrandbits(n.bit_length()) until below n.
func mtRandbelow(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
	a, err := py.UnpackArgs("randbelow", args, kw, []string{"n"}, 1)
	if err != nil {
		return nil, err
	}
	n := py.IntValue(a[0])
	if n == nil || n.Sign() <= 0 {
		return nil, py.Errorf(py.ValueErrorType, "randbelow: n must be a positive int")
	}
	g := mtOf(self)
	k := n.BitLen()
	if k <= 32 {
		limit := uint32(n.Uint64())
		for {
			r := g.uint32() >> (32 - k)
			if r < limit {
				return py.MakeInt(int64(r)), nil
			}
		}
	}
	for {
		r := g.bits(k)
		if r.Cmp(n) < 0 {
			return py.NewBigInt(r), nil
		}
	}
}

func mtGetstate(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
	g := mtOf(self)
	out := make([]py.Object, mtN+1)
	for i, w := range g.mt {
		out[i] = py.MakeInt(int64(w))
	}
	out[mtN] = py.MakeInt(int64(g.idx))
	return py.NewTuple(out), nil
}

func mtSetstate(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
	a, err := py.UnpackArgs("setstate", args, kw, []string{"state"}, 1)
	if err != nil {
		return nil, err
	}
	tup, ok := a[0].(*py.Tuple)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "state vector must be a tuple")
	}
	if len(tup.V) != mtN+1 {
		return nil, py.Errorf(py.ValueErrorType, "state vector is the wrong size")
	}
	var g mersenne
	for i, o := range tup.V {
		n := py.IntValue(o)
		if n == nil {
			return nil, py.Errorf(py.TypeErrorType, "'%s' object cannot be interpreted as an integer", o.Type().Name)
		}
		if i == mtN {
			if n.Sign() < 0 || n.Cmp(big.NewInt(mtN)) > 0 {
				return nil, py.Errorf(py.ValueErrorType, "invalid state")
			}
			g.idx = int(n.Int64())
			break
		}
		g.mt[i] = uint32(n.Uint64())
	}
	*mtOf(self) = g
	return py.None, nil
}

func init() {
	mtType.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		g := &mersenne{}
		g.initByArray([]uint32{0})
		return g, nil
	}
	py.RegisterMethods(mtType, map[string]py.MethodFunc{
		"seed": mtSeed, "random": mtRandom, "getrandbits": mtGetrandbits, "randbelow": mtRandbelow,
		"getstate": mtGetstate, "setstate": mtSetstate,
	})
	py.RegisterCoreModule("_random", func(in *py.Interp) (*py.Module, error) {
		m := py.NewModule("_random")
		m.SetAttr("MT", mtType)
		return m, nil
	})
}
