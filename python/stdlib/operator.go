package stdlib

import (
	"strings"

	"github.com/futurescope/futurescope/python/py"
)

// _operator: the binary operators as functions and the call paths of
// itemgetter, attrgetter and methodcaller, in Go as CPython's are in C.
// lib/operator.py's getter classes derive from the bases here and keep
// their arguments in _items, _attrs, or _name, _args and _kwargs.

var (
	itemgetterBase   = goType("itemgetter_base", "_operator")
	attrgetterBase   = goType("attrgetter_base", "_operator")
	methodcallerBase = goType("methodcaller_base", "_operator")
)

func oneArg(name string, args []py.Object, kw []string) error {
	if len(kw) > 0 || len(args) != 1 {
		return py.Errorf(py.TypeErrorType, "%s expected 1 argument, got %d", name, len(args))
	}
	return nil
}

func tupleAttr(t *py.Thread, self py.Object, name string) ([]py.Object, error) {
	v, err := t.GetAttrString(self, name)
	if err != nil {
		return nil, err
	}
	tup, ok := v.(*py.Tuple)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "%s must be a tuple", name)
	}
	return tup.V, nil
}

func itemgetterCall(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
	if err := oneArg("itemgetter", args, kw); err != nil {
		return nil, err
	}
	items, err := tupleAttr(t, self, "_items")
	if err != nil {
		return nil, err
	}
	out := make([]py.Object, len(items))
	defer t.Unhold(t.Hold(out)) // the items so far, while a __getitem__ of Python runs
	for i, k := range items {
		if out[i], err = t.GetItem(args[0], k); err != nil {
			return nil, err
		}
	}
	if len(out) == 1 {
		return out[0], nil
	}
	return py.NewTuple(out), nil
}

func attrgetterCall(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
	if err := oneArg("attrgetter", args, kw); err != nil {
		return nil, err
	}
	attrs, err := tupleAttr(t, self, "_attrs")
	if err != nil {
		return nil, err
	}
	out := make([]py.Object, len(attrs))
	defer t.Unhold(t.Hold(out)) // the attributes so far, while a property or __getattr__ runs
	for i, a := range attrs {
		s, ok := a.(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "attribute name must be a string")
		}
		v := args[0]
		for _, part := range strings.Split(s.S, ".") {
			if v, err = t.GetAttrString(v, part); err != nil {
				return nil, err
			}
			out[i] = v // held: a.b while a.b.c is looked up
		}
	}
	if len(out) == 1 {
		return out[0], nil
	}
	return py.NewTuple(out), nil
}

func methodcallerCall(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
	if err := oneArg("methodcaller", args, kw); err != nil {
		return nil, err
	}
	name, err := t.GetAttrString(self, "_name")
	if err != nil {
		return nil, err
	}
	margs, err := tupleAttr(t, self, "_args")
	if err != nil {
		return nil, err
	}
	kwv, err := t.GetAttrString(self, "_kwargs")
	if err != nil {
		return nil, err
	}
	s, ok := name.(*py.Str)
	kwd, ok2 := kwv.(*py.Dict)
	if !ok || !ok2 {
		return nil, py.Errorf(py.TypeErrorType, "method name must be a string")
	}
	m, err := t.GetAttr(args[0], s)
	if err != nil {
		return nil, err
	}
	all := append([]py.Object(nil), margs...)
	var names []string
	for _, kv := range kwd.Items() {
		if k, ok := kv[0].(*py.Str); ok {
			names = append(names, k.S)
			all = append(all, kv[1])
		}
	}
	defer t.Unhold(t.Hold([]py.Object{m})) // the bound method, while it runs
	return t.Call(m, all, names)
}

// binaryOps are operator's functions for the binary operators.
var binaryOps = map[string]string{"add": "+", "sub": "-", "mul": "*", "matmul": "@", "truediv": "/",
	"floordiv": "//", "mod": "%", "pow": "**", "lshift": "<<", "rshift": ">>", "and_": "&", "or_": "|",
	"xor": "^"}

func init() {
	// Their calls Hold what they collect: a proof sees through them (py.Type.Transparent).
	for _, b := range []*py.Type{itemgetterBase, attrgetterBase, methodcallerBase} {
		b.Transparent = true
	}
	py.RegisterMethods(itemgetterBase, map[string]py.MethodFunc{"__call__": itemgetterCall})
	py.RegisterMethods(attrgetterBase, map[string]py.MethodFunc{"__call__": attrgetterCall})
	py.RegisterMethods(methodcallerBase, map[string]py.MethodFunc{"__call__": methodcallerCall})
	py.RegisterCoreModule("_operator", func(in *py.Interp) (*py.Module, error) {
		m := py.NewModule("_operator")
		m.SetAttr("itemgetter_base", itemgetterBase)
		m.SetAttr("attrgetter_base", attrgetterBase)
		m.SetAttr("methodcaller_base", methodcallerBase)
		for _, name := range sortedNames(binaryOps) {
			sym := binaryOps[name]
			b := py.NewBuiltin(name, func(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
				if err := twoArgs(name, args, kw); err != nil {
					return nil, err
				}
				return t.BinaryOp(sym, args[0], args[1])
			})
			b.Module = "_operator"
			m.SetAttr(name, b)
		}
		return m, nil
	})
}
