package stdlib

import (
	"strconv"

	"github.com/futurescope/futurescope/python/py"
)

// count and repeat print their state as CPython does: count(5, 2),
// repeat('x', 3).
func initCountRepeat() {
	count := itType("count", nil)
	count.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("count", args, kw, []string{"start", "step"}, 0)
		if err != nil {
			return nil, err
		}
		n, step := a[0], a[1]
		if n == nil {
			n = py.MakeInt(0)
		}
		if step == nil {
			step = py.MakeInt(1)
		}
		for _, v := range []py.Object{n, step} {
			switch v.(type) {
			case py.Int, *py.BigInt, py.Bool, py.Float, *py.Complex:
			default:
				return nil, py.Errorf(py.TypeErrorType, "a number is required")
			}
		}
		it := &itIter{typ: cls}
		it.refs = func(visit func(py.Object)) { visitObjs(visit, n, step) }
		it.next = func(t *py.Thread) (py.Object, error) {
			v := n
			var err error
			n, err = t.BinaryOp("+", n, step)
			return v, err
		}
		it.repr = func(t *py.Thread) (string, error) {
			s, err := t.Repr(n)
			if err != nil {
				return "", err
			}
			if one, ok := step.(py.Int); ok && one == 1 {
				return "count(" + s + ")", nil
			}
			st, err := t.Repr(step)
			return "count(" + s + ", " + st + ")", err
		}
		return it, nil
	}
	repeat := itType("repeat", nil)
	repeat.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("repeat", args, kw, []string{"object", "times"}, 1)
		if err != nil {
			return nil, err
		}
		obj, times := a[0], int64(-1)
		if a[1] != nil {
			if times, err = t.ToInt64(a[1]); err != nil {
				return nil, err
			}
			times = max(times, 0)
		}
		it := &itIter{typ: cls, refs: func(visit func(py.Object)) { visit(obj) }}
		it.next = func(*py.Thread) (py.Object, error) {
			if times == 0 {
				return nil, nil
			}
			if times > 0 {
				times--
			}
			return obj, nil
		}
		it.repr = func(t *py.Thread) (string, error) {
			s, err := t.Repr(obj)
			if times < 0 {
				return "repeat(" + s + ")", err
			}
			return "repeat(" + s + ", " + strconv.FormatInt(times, 10) + ")", err
		}
		return it, nil
	}
}

// groupby shares its source with the groups it hands out: advancing the
// groupby abandons the current group, as in CPython.
func initGroupby() {
	grouper := itType("_grouper", nil)
	gb := itType("groupby", nil)
	gb.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("groupby", args, kw, []string{"iterable", "key"}, 1)
		if err != nil {
			return nil, err
		}
		src, err := t.Iter(a[0])
		if err != nil {
			return nil, err
		}
		g := &groupState{src: src, key: a[1]}
		return &itIter{typ: cls, next: func(t *py.Thread) (py.Object, error) { return g.nextGroup(t, grouper) }, refs: g.traverse}, nil
	}
}

// groupState holds its source and key function and the current item
// and keys (traverse).
type groupState struct {
	src, key        py.Object
	cur, curKey     py.Object // the current item and its key (nil before the first)
	tgtKey          py.Object // the key of the group handed out last
	generation      int
	exhausted, init bool
}

func (g *groupState) step(t *py.Thread) error {
	v, err := t.Next(g.src)
	if err != nil {
		return err
	}
	if v == nil {
		g.exhausted = true
		return nil
	}
	k := v
	if g.key != nil && g.key != py.None {
		if k, err = t.Call(g.key, []py.Object{v}, nil); err != nil {
			return err
		}
	}
	g.cur, g.curKey = v, k
	return nil
}

func (g *groupState) nextGroup(t *py.Thread, grouper *py.Type) (py.Object, error) {
	g.generation++
	if !g.init {
		g.init = true
		if err := g.step(t); err != nil {
			return nil, err
		}
	} else {
		for !g.exhausted {
			eq, err := t.Equal(g.curKey, g.tgtKey)
			if err != nil {
				return nil, err
			}
			if !eq {
				break
			}
			if err := g.step(t); err != nil {
				return nil, err
			}
		}
	}
	if g.exhausted {
		return nil, nil
	}
	g.tgtKey = g.curKey
	gen, tgt := g.generation, g.tgtKey
	group := &itIter{typ: grouper, refs: func(visit func(py.Object)) {
		g.traverse(visit)
		visitObjs(visit, tgt)
	}, next: func(t *py.Thread) (py.Object, error) {
		if gen != g.generation || g.exhausted {
			return nil, nil
		}
		eq, err := t.Equal(g.curKey, tgt)
		if err != nil || !eq {
			return nil, err
		}
		v := g.cur
		return v, g.step(t)
	}}
	return py.NewTuple([]py.Object{g.curKey, group}), nil
}

// tee hands out n iterators over one source, buffering what the slowest
// has not read yet.
func initTee() { itType("_tee", nil) }

func itTee(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if err := py.NoKwargs("tee", kw); err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, py.Errorf(py.TypeErrorType, "tee expected at most 2 arguments, got %d", len(args))
	}
	n := int64(2)
	if len(args) == 2 {
		var err error
		if n, err = t.ToInt64(args[1]); err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.Errorf(py.ValueErrorType, "n must be >= 0")
		}
	}
	src, err := t.Iter(args[0])
	if err != nil {
		return nil, err
	}
	var buf []py.Object
	base := 0
	pos := make([]int, n)
	out := make([]py.Object, n)
	refs := func(visit func(py.Object)) {
		visit(src)
		visitObjs(visit, buf...)
	}
	for k := range out {
		out[k] = &itIter{typ: itTypes["_tee"], refs: refs, next: func(t *py.Thread) (py.Object, error) {
			i := pos[k] - base
			if i == len(buf) {
				v, err := t.Next(src)
				if err != nil || v == nil {
					return nil, err
				}
				buf = append(buf, v)
			}
			pos[k]++
			v := buf[i]
			low := pos[0]
			for _, p := range pos {
				low = min(low, p)
			}
			if low > base {
				buf = buf[low-base:]
				base = low
			}
			return v, nil
		}}
	}
	return py.NewTuple(out), nil
}

// traverse visits the objects the groupby's state holds.
func (g *groupState) traverse(visit func(py.Object)) {
	visitObjs(visit, g.src, g.key, g.cur, g.curKey, g.tgtKey)
}
