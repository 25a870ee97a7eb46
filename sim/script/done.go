package script

import (
	"github.com/futurescope/futurescope/python/py"
)

// doneAndNotDoneType is concurrent.futures._base.DoneAndNotDoneFutures, the named tuple wait returns:
// a real tuple (unpacking, indexing, len, ==, isinstance(r, tuple)) with _fields ('done', 'not_done')
// and namedtuple's repr. It is made once and never changed, so every interpreter shares it.
var doneAndNotDoneType = func() *py.Type {
	t := py.NewNamedTupleType("DoneAndNotDoneFutures", baseMod, "done", "not_done")
	t.SetAttr("__module__", py.NewStr(baseMod)) // as a namedtuple class keeps it in its dict
	return t
}()

// doneAndNotDone is wait's result.
func doneAndNotDone(done, notDone *py.Set) py.Object {
	return py.NewTupleOf(doneAndNotDoneType, []py.Object{done, notDone})
}
