package script

import (
	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
	"github.com/futurescope/futurescope/sim/trace"
)

// liveThreads returns the ids and names of the running process's live threads, in start order, as
// the trace records them (the simulator's own threads included: a process pool's manager, the pools'
// workers).
func (ps *proc) liveThreads() (ids []int, names map[int]string) {
	pid := ps.p.ID()
	names = map[int]string{}
	alive := map[int]bool{}
	for _, e := range ps.rt.k.Trace().Events() {
		if e.Process != pid {
			continue
		}
		switch e.Kind {
		case trace.ThreadStart:
			ids = append(ids, e.Thread)
			names[e.Thread], alive[e.Thread] = e.Name, true
		case trace.ThreadExit:
			alive[e.Thread] = false
		}
	}
	live := ids[:0]
	for _, id := range ids {
		if alive[id] {
			live = append(live, id)
		}
	}
	return live, names
}

// activeCount is threading.active_count().
func (ps *proc) activeCount(th *thread, args []py.Object, kw []string) (py.Object, error) {
	ids, _ := ps.liveThreads()
	return py.MakeInt(int64(len(ids))), nil
}

// enumerate is threading.enumerate(): the Thread objects of the live threads.
func (ps *proc) enumerate(th *thread, args []py.Object, kw []string) (py.Object, error) {
	ids, names := ps.liveThreads()
	byID := map[int]*sim.Thread{}
	for st := range ps.rt.threads {
		if st.Process() == ps.p {
			byID[st.ID()] = st
		}
	}
	out := make([]py.Object, 0, len(ids))
	for _, id := range ids {
		if st := byID[id]; st != nil {
			out = append(out, ps.threadObjOf(st))
			continue
		}
		o := py.NewInstance(ps.cls.thread)
		ps.newThreadObj(o, &threadObj{name: names[id], daemon: true, alive: true})
		out = append(out, o)
	}
	return py.NewList(out), nil
}
