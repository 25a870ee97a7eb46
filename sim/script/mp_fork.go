package script

import (
	"context"

	"github.com/futurescope/futurescope/python/py"
)

// The fork start method: the child starts from a copy of its parent's state at the moment of the
// fork. The simulator's child re-runs the script silently, as spawn's does (so that its functions and
// classes exist), then takes a copy of every other module-level value of the parent's __main__ as
// it was at the fork, as pickle copies it (a value pickle refuses, such as a lock, keeps the re-run's
// value). Unlike a real fork, functions and classes defined only under `if __name__ == "__main__":`
// are not copied, a Process's target and arguments still go by pickle (a lambda target fails as
// under spawn), and the child's __name__ stays "__mp_main__".

// A forkCopy is the parent's module-level values at a fork.
type forkCopy struct {
	names []string
	vals  []pk
}

// snapshot copies the parent's module-level values.
func (ps *proc) snapshot() *forkCopy {
	c := &forkCopy{}
	m := ps.in.Modules["__main__"]
	if m == nil {
		return c
	}
	p := &pickler{th: ps.rt.cur(), ps: ps, memo: map[py.Object]pk{}, inherit: true}
	for _, kv := range m.Dict.Items() {
		name, ok := kv[0].(*py.Str)
		if !ok || len(name.S) > 1 && name.S[:2] == "__" {
			continue
		}
		switch kv[1].(type) {
		case *py.Module, *py.Function, *py.Type, *py.Builtin:
			continue
		}
		v, err := p.value(kv[1])
		if err != nil {
			continue
		}
		c.names = append(c.names, name.S)
		c.vals = append(c.vals, v)
	}
	return c
}

// forkBoot copies the parent's state now and returns the child's bootstrap.
func (ps *proc) forkBoot() func(ctx context.Context) error {
	c := ps.snapshot()
	rt := ps.rt
	return func(ctx context.Context) error {
		if err := rt.bootstrap(ctx); err != nil {
			return err
		}
		cps := procOf(ctx)
		m := cps.in.Modules["__mp_main__"]
		if m == nil {
			return nil
		}
		u := &unpickler{th: rt.cur(), ps: cps, memo: map[pk]py.Object{}}
		for i, name := range c.names {
			v, err := u.value(c.vals[i])
			if err != nil {
				continue
			}
			m.Dict.SetStr(name, v)
		}
		return nil
	}
}
