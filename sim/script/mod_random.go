package script

import (
	"math/big"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/python/stdlib"
)

// randomModule is python/stdlib's random (CPython's Mersenne Twister, bit for bit), run on the
// importing thread, then seeded for this process: where CPython seeds each process from the
// operating system's entropy, the simulator seeds it from Options.Seed and the process's pid, so
// every run draws the same numbers and each worker process a stream of its own. random.seed(n)
// draws what CPython draws after the same call; random.seed() restarts the process's own stream.
func (ps *proc) randomModule(in *py.Interp) (*py.Module, error) {
	src, ok := stdlib.Source("random")
	if !ok {
		return nil, py.Errorf(py.ImportErrorType, "random: python/stdlib has no random.py")
	}
	th := ps.rt.cur()
	m, err := th.pt.ImportSource("random", "<stdlib>/random.py", src)
	th.rethrowExit()
	if err != nil {
		return nil, err
	}
	inst, ok := m.Dict.GetStr("_inst")
	if !ok {
		return nil, py.Errorf(py.ImportErrorType, "random: no _inst")
	}
	seed := new(big.Int).Lsh(big.NewInt(ps.rt.opts.Seed), 32)
	seed.Add(seed, big.NewInt(int64(ps.p.PID())))
	if err := th.pt.SetAttr(inst, py.NewStr("_none_seed"), py.NewBigInt(seed)); err != nil {
		return nil, err
	}
	if _, err := th.pt.CallMethod(inst, "seed"); err != nil {
		return nil, err
	}
	return m, nil
}
