package script

import (
	"github.com/futurescope/futurescope/python/py"
)

// A doneObj is the DoneAndNotDoneFutures named tuple that wait returns.
type doneObj struct {
	typ           *py.Type
	done, notDone *py.Set
}

// Type returns DoneAndNotDoneFutures.
func (d *doneObj) Type() *py.Type { return d.typ }

func (d *doneObj) items() []py.Object { return []py.Object{d.done, d.notDone} }

func (ps *proc) doneAndNotDone(th *thread, done, notDone *py.Set) (py.Object, error) {
	if ps.doneType == nil {
		ps.doneType = doneClass()
	}
	return &doneObj{typ: ps.doneType, done: done, notDone: notDone}, nil
}

func doneClass() *py.Type {
	t := newType("DoneAndNotDoneFutures", baseMod, py.ObjectType)
	t.SetAttr("_fields", py.NewTuple([]py.Object{py.NewStr("done"), py.NewStr("not_done")}))
	defProp(t, "done", func(th *thread, self py.Object) (py.Object, error) { return self.(*doneObj).done, nil })
	defProp(t, "not_done", func(th *thread, self py.Object) (py.Object, error) { return self.(*doneObj).notDone, nil })
	def(t, "__iter__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return th.pt.Iter(py.NewTuple(self.(*doneObj).items()))
	})
	def(t, "__len__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.MakeInt(2), nil
	})
	def(t, "__getitem__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.Errorf(py.TypeErrorType, "expected 1 argument")
		}
		return th.pt.GetItem(py.NewTuple(self.(*doneObj).items()), args[0])
	})
	defDunder(t, "__repr__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		d := self.(*doneObj)
		a, err := th.pt.Repr(d.done)
		if err != nil {
			return nil, err
		}
		b, err := th.pt.Repr(d.notDone)
		if err != nil {
			return nil, err
		}
		return py.NewStr("DoneAndNotDoneFutures(done=" + a + ", not_done=" + b + ")"), nil
	})
	return t
}
