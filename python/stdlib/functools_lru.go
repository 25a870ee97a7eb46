package stdlib

import "github.com/futurescope/futurescope/python/py"

// lruState is an lru_cache's function, cache (a dict ordered from least to
// most recently used) and statistics.
type lruState struct {
	fn           py.Object
	maxsize      int64 // -1: unbounded
	typed        bool
	cache        *py.Dict
	hits, misses int64
}

// Type returns _functools.lru_state.
func (*lruState) Type() *py.Type { return lruStateType }

// lruCall is the lru_cache wrapper's __call__: a hit returns the cached
// result (and marks it most recently used); a miss calls the function and
// stores its result, evicting the least recently used entry when full.
func lruCall(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
	sv, err := t.GetAttr(self, nameState)
	if err != nil {
		return nil, err
	}
	st, ok := sv.(*lruState)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "lru_cache: the wrapper has no cache state")
	}
	key := cacheKey(args, kw, st.typed)
	v, hit, err := st.cache.Get(t, key)
	if err != nil {
		return nil, err
	}
	if hit {
		st.hits++
		if st.maxsize > 0 {
			if _, err := st.cache.Delete(t, key); err != nil {
				return nil, err
			}
			return v, st.cache.Set(t, key, v)
		}
		return v, nil
	}
	st.misses++
	r, err := t.Call(st.fn, args, kw)
	if err != nil || st.maxsize == 0 {
		return r, err
	}
	if _, present, err := st.cache.Get(t, key); err != nil || present {
		return r, err
	}
	if st.maxsize > 0 && int64(st.cache.Len()) >= st.maxsize {
		if _, err := st.cache.Delete(t, st.cache.Keys()[0]); err != nil {
			return nil, err
		}
	}
	return r, st.cache.Set(t, key, r)
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
