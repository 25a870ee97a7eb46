package script

import (
	"math/rand/v2"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"github.com/futurescope/futurescope/sim"
)

// epoch is what time.time() returns at virtual time 0: a fixed moment (2024-01-01 00:00:00 UTC), so
// that runs are reproducible.
const epoch = 1704067200.0

// timeModule is time, on virtual time.
func (rt *runtime) timeModule() *starlarkstruct.Module {
	clock := func(base float64) *starlark.Builtin {
		return starlark.NewBuiltin("time", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
			if err := starlark.UnpackPositionalArgs(b.Name(), args, kw, 0); err != nil {
				return nil, err
			}
			return starlark.Float(base) + secondsValue(sim.Now(ctxOf(th))), nil
		})
	}
	return &starlarkstruct.Module{Name: "time", Members: starlark.StringDict{
		"sleep":        starlark.NewBuiltin("sleep", rt.sleep),
		"time":         clock(epoch),
		"monotonic":    clock(1000),
		"perf_counter": clock(1000),
	}}
}

func (rt *runtime) sleep(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	var secs starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kw, 1, &secs); err != nil {
		return nil, err
	}
	f, ok := starlark.AsFloat(secs)
	if !ok {
		return nil, typeErr("%s", "'"+pyTypeName(secs)+"' object cannot be interpreted as an integer")
	}
	if f < 0 {
		return nil, sim.NewException(sim.ValueError, "sleep length must be non-negative")
	}
	if rt.bootstrapping(th) {
		return nil, errBootstrap
	}
	setLine(th)
	sim.Sleep(ctxOf(th), seconds(f))
	return starlark.None, nil
}

// osModule is os.getpid and os.cpu_count.
func (rt *runtime) osModule() *starlarkstruct.Module {
	return &starlarkstruct.Module{Name: "os", Members: starlark.StringDict{
		"getpid": starlark.NewBuiltin("getpid", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
			return starlark.MakeInt(sim.CurrentProcess(ctxOf(th)).PID()), nil
		}),
		"cpu_count": starlark.NewBuiltin("cpu_count", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
			return starlark.MakeInt(rt.k.Config().Cores), nil
		}),
	}}
}

type rngKey struct{}

// rng returns the running process's random generator: seeded from Options.Seed and the pid, so each
// worker process has its own reproducible stream.
func (rt *runtime) rng(th *starlark.Thread) *rand.Rand {
	p := sim.CurrentProcess(ctxOf(th))
	if r, ok := p.Value(rngKey{}).(*rand.Rand); ok {
		return r
	}
	r := rand.New(rand.NewPCG(uint64(rt.opts.Seed), uint64(p.PID())))
	p.SetValue(rngKey{}, r)
	return r
}

// randomModule is random: seed, random, uniform, randint, choice, shuffle.
func (rt *runtime) randomModule() *starlarkstruct.Module {
	fn := func(name string, f func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error)) *starlark.Builtin {
		return starlark.NewBuiltin(name, func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
			return f(th, args, kw)
		})
	}
	return &starlarkstruct.Module{Name: "random", Members: starlark.StringDict{
		"seed": fn("seed", func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
			var a starlark.Int
			if err := starlark.UnpackPositionalArgs("seed", args, kw, 1, &a); err != nil {
				return nil, err
			}
			n, _ := a.Int64()
			sim.CurrentProcess(ctxOf(th)).SetValue(rngKey{}, rand.New(rand.NewPCG(uint64(n), 0)))
			return starlark.None, nil
		}),
		"random": fn("random", func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
			return starlark.Float(rt.rng(th).Float64()), nil
		}),
		"uniform": fn("uniform", func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
			var av, bv starlark.Value
			if err := starlark.UnpackPositionalArgs("uniform", args, kw, 2, &av, &bv); err != nil {
				return nil, err
			}
			a, aok := starlark.AsFloat(av)
			b, bok := starlark.AsFloat(bv)
			if !aok || !bok { // CPython computes a + (b-a) * random()
				return nil, typeErr("unsupported operand type(s) for -: '%s' and '%s'", pyTypeName(bv), pyTypeName(av))
			}
			return starlark.Float(a + (b-a)*rt.rng(th).Float64()), nil
		}),
		"randint": fn("randint", func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
			var a, b int
			if err := starlark.UnpackPositionalArgs("randint", args, kw, 2, &a, &b); err != nil {
				return nil, err
			}
			if b < a {
				return nil, sim.NewException(sim.ValueError, "empty range for randrange()")
			}
			return starlark.MakeInt(a + rt.rng(th).IntN(b-a+1)), nil
		}),
		"choice": fn("choice", func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
			var seq starlark.Indexable
			if err := starlark.UnpackPositionalArgs("choice", args, kw, 1, &seq); err != nil {
				return nil, err
			}
			if seq.Len() == 0 {
				return nil, sim.NewException(IndexError, "Cannot choose from an empty sequence")
			}
			return seq.Index(rt.rng(th).IntN(seq.Len())), nil
		}),
		"shuffle": fn("shuffle", func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
			var l *starlark.List
			if err := starlark.UnpackPositionalArgs("shuffle", args, kw, 1, &l); err != nil {
				return nil, err
			}
			r := rt.rng(th)
			for i := l.Len() - 1; i > 0; i-- {
				j := r.IntN(i + 1)
				a, b := l.Index(i), l.Index(j)
				l.SetIndex(i, b)
				l.SetIndex(j, a)
			}
			return starlark.None, nil
		}),
	}}
}
