package script

import (
	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// multiprocessing.Value and Array: numbers in memory the processes that inherit them share, each
// with an RLock (get_lock). An int type code ('i', 'l', 'q', 'b', 'h', 'I', 'L', 'Q', 'B', 'H') keeps
// ints, a float one ('d', 'f') floats; pylib/multiprocessing/sharedctypes.py wraps the cells in Synchronized and
// SynchronizedArray. As in CPython, v.value += 1 reads and writes separately: another process can
// come in between. Not yet: ctypes types as type codes, C integer overflow, 'c' and 'u'.

// mpCells are the shared numbers of a Value or an Array.
type mpCells struct {
	vals  []py.Object
	float bool
	lock  *mpRLock
}

var ctypesNames = map[string]string{"i": "c_int", "l": "c_long", "q": "c_longlong", "b": "c_byte",
	"h": "c_short", "I": "c_uint", "L": "c_ulong", "Q": "c_ulonglong", "B": "c_ubyte", "H": "c_ushort",
	"d": "c_double", "f": "c_float"}

// newCells is _mpsim.cells(typecode, values, kind): kind is "Synchronized" or "SynchronizedArray",
// the name pickle's refusal gives.
func (ps *proc) newCells(th *thread, args []py.Object, kw []string) (py.Object, error) {
	code, ok := args[0].(*py.Str)
	if !ok || ctypesNames[code.S] == "" {
		return nil, py.Errorf(py.NotImplementedErrorType, "multiprocessing: the simulator's Value and Array take a type code ('i', 'd', ...), not %s, yet", reprOf(th, args[0]))
	}
	items, err := iterList(th, args[1])
	if err != nil {
		return nil, err
	}
	c := &mpCells{float: code.S == "d" || code.S == "f", lock: &mpRLock{lock: sim.NewLock(th.ctx)}}
	for _, it := range items {
		v, err := c.convert(it)
		if err != nil {
			return nil, err
		}
		c.vals = append(c.vals, v)
	}
	return &mpView{typ: ps.cellsType(), core: c, kind: args[2].(*py.Str).S}, nil
}

func reprOf(th *thread, o py.Object) string {
	s, err := th.pt.Repr(o)
	if err != nil {
		return o.Type().Name
	}
	return s
}

// convert checks a value as ctypes would.
func (c *mpCells) convert(v py.Object) (py.Object, error) {
	if c.float {
		if f, ok := toFloat(v); ok {
			return py.Float(f), nil
		}
		return nil, py.Errorf(py.TypeErrorType, "must be real number, not %s", v.Type().Name)
	}
	switch v.(type) {
	case py.Int, *py.BigInt:
		return v, nil
	case py.Bool:
		return toIntObj(v), nil
	case py.Float:
		return nil, py.Errorf(py.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	return nil, py.Errorf(py.TypeErrorType, "an integer is required (got type %s)", v.Type().Name)
}

func toIntObj(v py.Object) py.Object {
	if b, ok := v.(py.Bool); ok && bool(b) {
		return py.MakeInt(1)
	}
	return py.MakeInt(0)
}

func (ps *proc) cellsType() *py.Type {
	return ps.mpType("Cells", func(t *py.Type) {
		cells := func(self py.Object) *mpCells { return self.(*mpView).core.(*mpCells) }
		index := func(c *mpCells, o py.Object) (int, error) {
			n, ok := o.(py.Int)
			if !ok {
				return 0, py.Errorf(py.TypeErrorType, "indices must be integers")
			}
			i := int(n)
			if i < 0 {
				i += len(c.vals)
			}
			if i < 0 || i >= len(c.vals) {
				return 0, py.Errorf(py.IndexErrorType, "invalid index")
			}
			return i, nil
		}
		def(t, "get", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			c := cells(self)
			i, err := index(c, args[0])
			if err != nil {
				return nil, err
			}
			return c.vals[i], nil
		})
		def(t, "set", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			c := cells(self)
			i, err := index(c, args[0])
			if err != nil {
				return nil, err
			}
			v, err := c.convert(args[1])
			if err != nil {
				return nil, err
			}
			c.vals[i] = v
			return py.None, nil
		})
		def(t, "all", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return py.NewList(append([]py.Object(nil), cells(self).vals...)), nil
		})
		def(t, "size", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return py.MakeInt(int64(len(cells(self).vals))), nil
		})
		def(t, "lock", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return ps.viewOf(&mpRef{cells(self).lock, "RLock"}), nil
		})
	})
}
