package script

import (
	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// localClass makes threading.local: an object whose attributes each thread sees its own of. (A
// subclass's __init__ runs once, in the thread that makes the object, not again in each thread.)
func (ps *proc) localClass() *py.Type {
	t := newType("_local", "_thread", nil)
	store := map[*py.Instance]map[*sim.Thread]*py.Dict{}
	typeName := func(self py.Object) string {
		if self.Type() == t {
			return "_thread._local"
		}
		return self.Type().Name
	}
	dictOf := func(th *thread, self py.Object) *py.Dict {
		o := self.(*py.Instance)
		if store[o] == nil {
			store[o] = map[*sim.Thread]*py.Dict{}
		}
		d := store[o][th.st]
		if d == nil {
			d = py.NewDict()
			store[o][th.st] = d
		}
		return d
	}
	def(t, "__getattr__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		name, _ := args[0].(*py.Str)
		if name == nil {
			return nil, py.Errorf(py.TypeErrorType, "attribute name must be string")
		}
		if v, ok := dictOf(th, self).GetStr(name.S); ok {
			return v, nil
		}
		return nil, py.Errorf(py.AttributeErrorType, "'%s' object has no attribute '%s'", typeName(self), name.S)
	})
	def(t, "__setattr__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.Errorf(py.TypeErrorType, "__setattr__ expected 2 arguments")
		}
		return py.None, dictOf(th, self).Set(th.pt, args[0], args[1])
	})
	def(t, "__delattr__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		ok, err := dictOf(th, self).Delete(th.pt, args[0])
		if err == nil && !ok {
			name, _ := args[0].(*py.Str)
			return nil, py.Errorf(py.AttributeErrorType, "'%s' object has no attribute '%s'", typeName(self), name.S)
		}
		return py.None, err
	})
	return t
}
