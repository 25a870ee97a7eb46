package script

import "github.com/futurescope/futurescope/python/py"

// instDict returns in's __dict__, made now if in has none yet: an instance made bare
// (py.NewBareInstance, as concurrent.futures.Future's are) has its dict only once an attribute is
// set, and host code that writes or walks the dict directly must not find it nil.
func instDict(in *py.Instance) *py.Dict {
	if in.Dict == nil {
		in.Dict = py.NewDict()
	}
	return in.Dict
}
