package stdlib

import "github.com/futurescope/futurescope/python/py"

// The lru_cache wrapper keeps its state in attributes of its own (_cache,
// a dict ordered from least to most recently used; _maxsize, None when
// unbounded; _typed; _hits and _misses), so that the simulator can pickle
// a cached function for a process pool as it pickles any instance.

var (
	nameCache   = attrName("_cache")
	nameMaxsize = attrName("_maxsize")
	nameTyped   = attrName("_typed")
	nameHits    = attrName("_hits")
	nameMisses  = attrName("_misses")
	nameWrapped = attrName("__wrapped__")
)

// bump adds one to the int attribute name of self.
func bump(t *py.Thread, self py.Object, name *py.Str) error {
	v, err := t.GetAttr(self, name)
	if err != nil {
		return err
	}
	n, err := t.ToInt64(v)
	if err != nil {
		return err
	}
	return t.SetAttr(self, name, py.MakeInt(n+1))
}

// lruCall is the lru_cache wrapper's __call__: a hit returns the cached
// result (and marks it most recently used); a miss calls the function and
// stores its result, evicting the least recently used entry when full.
func lruCall(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
	var attrs [4]py.Object
	for i, n := range []*py.Str{nameCache, nameMaxsize, nameTyped, nameWrapped} {
		v, err := t.GetAttr(self, n)
		if err != nil {
			return nil, err
		}
		attrs[i] = v
	}
	cache, ok := attrs[0].(*py.Dict)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "lru_cache: the wrapper's _cache is not a dict")
	}
	maxsize := int64(-1)
	if attrs[1] != py.None {
		n, err := t.ToInt64(attrs[1])
		if err != nil {
			return nil, err
		}
		maxsize = n
	}
	typed, err := t.Truth(attrs[2])
	if err != nil {
		return nil, err
	}
	key := cacheKey(args, kw, typed)
	v, hit, err := cache.Get(t, key)
	if err != nil {
		return nil, err
	}
	if hit {
		if err := bump(t, self, nameHits); err != nil {
			return nil, err
		}
		if maxsize > 0 {
			if _, err := cache.Delete(t, key); err != nil {
				return nil, err
			}
			return v, cache.Set(t, key, v)
		}
		return v, nil
	}
	if err := bump(t, self, nameMisses); err != nil {
		return nil, err
	}
	r, err := t.Call(attrs[3], args, kw)
	if err != nil || maxsize == 0 {
		return r, err
	}
	if _, present, err := cache.Get(t, key); err != nil || present {
		return r, err
	}
	if maxsize > 0 && int64(cache.Len()) >= maxsize {
		if _, err := cache.Delete(t, cache.Keys()[0]); err != nil {
			return nil, err
		}
	}
	return r, cache.Set(t, key, r)
}

// cacheKey is CPython's _make_key: the positional arguments, then a marker
// and the keyword names and values, then (typed) the arguments' types. A
// single argument of type int or str is its own key.
func cacheKey(args []py.Object, kw []string, typed bool) py.Object {
	npos := len(args) - len(kw)
	if len(kw) == 0 && !typed && npos == 1 {
		switch args[0].(type) {
		case py.Int, *py.Str:
			return args[0]
		}
	}
	key := make([]py.Object, 0, len(args)*2+1)
	key = append(key, args[:npos]...)
	if len(kw) > 0 {
		key = append(key, kwdMark)
		for i, k := range kw {
			key = append(key, py.NewStr(k), args[npos+i])
		}
	}
	if typed {
		for _, a := range args[:npos] {
			key = append(key, a.Type())
		}
		for _, a := range args[npos:] {
			key = append(key, a.Type())
		}
	}
	return py.NewTuple(key)
}
