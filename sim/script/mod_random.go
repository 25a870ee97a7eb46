package script

import (
	"math/rand/v2"

	"github.com/futurescope/futurescope/python/py"
)

// randomModule is random: seed, random, uniform, randint, choice, shuffle; each process draws from
// its own stream, seeded from Options.Seed and its pid (the streams of sim/script).
func (ps *proc) randomModule(in *py.Interp) (*py.Module, error) {
	m := py.NewModule("random")
	m.SetAttr("seed", builtin("seed", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		var n int64
		if len(args) > 0 {
			v, err := th.pt.ToInt64(args[0])
			if err != nil {
				return nil, err
			}
			n = v
		}
		ps.rng = rand.New(rand.NewPCG(uint64(n), 0))
		return py.None, nil
	}))
	m.SetAttr("random", builtin("random", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		return py.Float(ps.rng.Float64()), nil
	}))
	m.SetAttr("uniform", builtin("uniform", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("uniform", args, kw, []string{"a", "b"}, 2)
		if err != nil {
			return nil, err
		}
		x, xok := toFloat(a[0])
		y, yok := toFloat(a[1])
		if !xok || !yok {
			return nil, py.Errorf(py.TypeErrorType, "unsupported operand type(s) for -: '%s' and '%s'", a[1].Type().Name, a[0].Type().Name)
		}
		return py.Float(x + (y-x)*ps.rng.Float64()), nil
	}))
	m.SetAttr("randint", builtin("randint", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("randint", args, kw, []string{"a", "b"}, 2)
		if err != nil {
			return nil, err
		}
		x, err := th.pt.ToInt64(a[0])
		if err != nil {
			return nil, err
		}
		y, err := th.pt.ToInt64(a[1])
		if err != nil {
			return nil, err
		}
		if y < x {
			return nil, py.Errorf(py.ValueErrorType, "empty range in randrange(%d, %d)", x, y+1)
		}
		return py.MakeInt(x + int64(ps.rng.IntN(int(y-x+1)))), nil
	}))
	m.SetAttr("choice", builtin("choice", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("choice", args, kw, []string{"seq"}, 1)
		if err != nil {
			return nil, err
		}
		n, err := th.pt.Len(a[0])
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, py.Errorf(py.IndexErrorType, "Cannot choose from an empty sequence")
		}
		return th.pt.GetItem(a[0], py.MakeInt(int64(ps.rng.IntN(n))))
	}))
	m.SetAttr("shuffle", builtin("shuffle", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("shuffle", args, kw, []string{"x"}, 1)
		if err != nil {
			return nil, err
		}
		l, ok := a[0].(*py.List)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "'%s' object does not support item assignment", a[0].Type().Name)
		}
		for i := len(l.V) - 1; i > 0; i-- {
			j := ps.rng.IntN(i + 1)
			l.V[i], l.V[j] = l.V[j], l.V[i]
		}
		return py.None, nil
	}))
	return m, nil
}
