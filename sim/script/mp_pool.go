package script

import (
	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// The worker processes of a multiprocessing.Pool: a process pool of the simulator, drawn on the
// timeline as ProcessPoolExecutor's are, whose workers are all started at once and named as
// CPython names a Pool's ("SpawnPoolWorker-1", "ForkPoolWorker-1"). pylib/multiprocessing/pool.py's Pool
// submits its tasks (chunks of map's items) to it.

// workerPrefix is the name a start method's processes get: "Spawn", "Fork" or "ForkServer".
func workerPrefix(method string) string {
	switch method {
	case "fork":
		return "Fork"
	case "forkserver":
		return "ForkServer"
	}
	return "Spawn"
}

// newPool is _mpsim.pool(processes, method, initializer, initargs, maxtasksperchild).
func (ps *proc) newPool(th *thread, args []py.Object, kw []string) (py.Object, error) {
	if th.booting() {
		return nil, errBootstrap
	}
	n := ps.rt.k.Config().Cores
	if v, ok := args[0].(py.Int); ok {
		n = int(v)
	}
	method := args[1].(*py.Str).S
	init, err := ps.initializer(th, args[2], args[3], true)
	if err != nil {
		return nil, err
	}
	tasks := 0
	if v, ok := args[4].(py.Int); ok {
		tasks = int(v)
	}
	rt := ps.rt
	opts := sim.ProcessPoolOptions{MaxWorkers: n, MaxTasksPerChild: tasks, Initializer: init,
		Bootstrap: rt.bootstrap, Pickle: rt.pickleHook, FormatException: rt.remoteTraceback,
		WorkerName: workerPrefix(method) + "PoolWorker-", Name: "Pool", ReplaceDead: true}
	if method == "fork" {
		opts.Fork = ps.forkBoot
	}
	th.setLine()
	p, err := sim.NewProcessPool(th.ctx, opts)
	if err != nil {
		return nil, rt.pyErr(ps, err)
	}
	p.Launch()
	mpctx, err := ps.context(method)
	if err != nil {
		return nil, err
	}
	return &execObj{typ: ps.cls.processPool, ex: p, pp: p, mpctx: mpctx}, nil
}
