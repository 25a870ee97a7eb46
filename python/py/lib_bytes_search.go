package py

import "strings"

// bytesNeedle returns the bytes searched for: a bytes object or a single byte given as an int.
func (t *Thread) bytesNeedle(o Object) (string, error) {
	if b, ok := bytesOf(o); ok {
		return b, nil
	}
	if isIntLike(o) {
		v, ok := asInt64(o)
		if !ok || v < 0 || v > 255 {
			return "", Errorf(ValueErrorType, "byte must be in range(0, 256)")
		}
		return string([]byte{byte(v)}), nil
	}
	return "", Errorf(TypeErrorType, "argument should be integer or bytes-like object, not '%s'", o.Type().Name)
}

// bytesWindow parses (sub, start, end) and returns the searched window, its offset and the needle.
func (t *Thread) bytesWindow(name string, self Object, args []Object, kwnames []string) (string, int, string, error) {
	s, err := bytesSelf(name, self, args, kwnames, 1, 3)
	if err != nil {
		return "", 0, "", err
	}
	sub, err := t.bytesNeedle(args[0])
	if err != nil {
		return "", 0, "", err
	}
	start, end := 0, len(s)
	if len(args) > 1 {
		if start, err = t.sliceBound(args[1], 0); err != nil {
			return "", 0, "", err
		}
	}
	if len(args) > 2 {
		if end, err = t.sliceBound(args[2], len(s)); err != nil {
			return "", 0, "", err
		}
	}
	start, end = adjustBounds(start, end, len(s))
	if start > end {
		return "", -1, sub, nil
	}
	return s[start:end], start, sub, nil
}

// adjustBounds clamps start and end to 0..n, counting negatives from the end.
func adjustBounds(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end = max(end+n, 0)
	}
	if start < 0 {
		start = max(start+n, 0)
	}
	return start, end
}

func bytesFind(name string, fromRight, raise bool) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		w, off, sub, err := t.bytesWindow(name, self, args, kwnames)
		if err != nil {
			return nil, err
		}
		i := -1
		if off >= 0 {
			if fromRight {
				i = strings.LastIndex(w, sub)
			} else {
				i = strings.Index(w, sub)
			}
		}
		if i < 0 {
			if raise {
				return nil, Errorf(ValueErrorType, "subsection not found")
			}
			return MakeInt(-1), nil
		}
		return MakeInt(int64(i + off)), nil
	}
}

func bytesCount(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	w, off, sub, err := t.bytesWindow("count", self, args, kwnames)
	if err != nil {
		return nil, err
	}
	if off < 0 {
		return MakeInt(0), nil
	}
	return MakeInt(int64(strings.Count(w, sub))), nil
}

func bytesAffixTest(name string, test func(string, string) bool) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		s, err := bytesSelf(name, self, args, kwnames, 1, 3)
		if err != nil {
			return nil, err
		}
		start, end := 0, len(s)
		if len(args) > 1 {
			if start, err = t.sliceBound(args[1], 0); err != nil {
				return nil, err
			}
		}
		if len(args) > 2 {
			if end, err = t.sliceBound(args[2], len(s)); err != nil {
				return nil, err
			}
		}
		start, end = adjustBounds(start, end, len(s))
		if start > len(s) {
			return False, nil
		}
		w := ""
		if start <= end {
			w = s[start:end]
		}
		affixes := []Object{args[0]}
		if tup, ok := args[0].(*Tuple); ok {
			affixes = tup.V
		}
		for _, a := range affixes {
			b, ok := bytesOf(a)
			if !ok {
				return nil, Errorf(TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name, a.Type().Name)
			}
			if start <= end && test(w, b) {
				return True, nil
			}
		}
		return False, nil
	}
}

func bytesPartition(name string, find func(string, string) int) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		s, err := bytesSelf(name, self, args, kwnames, 1, 1)
		if err != nil {
			return nil, err
		}
		sep, err := bytesLike(args[0])
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, Errorf(ValueErrorType, "empty separator")
		}
		empty := &Bytes{}
		i := find(s, sep)
		switch {
		case i >= 0:
			return NewTuple([]Object{&Bytes{S: s[:i]}, &Bytes{S: sep}, &Bytes{S: s[i+len(sep):]}}), nil
		case name == "partition":
			return NewTuple([]Object{&Bytes{S: s}, empty, empty}), nil
		}
		return NewTuple([]Object{empty, empty, &Bytes{S: s}}), nil
	}
}
