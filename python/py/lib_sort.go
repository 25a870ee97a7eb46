package py

import "math/bits"

// listSort implements list.sort(*, key=None, reverse=False): a stable merge sort that only asks
// whether a later item is less than an earlier one (CPython's timsort asks the same question, so
// errors name the operand types in CPython's order). While it sorts, the list reads as empty; a list
// changed meanwhile raises ValueError, as in CPython.
func listSort(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	l, ok := self.(*List)
	if !ok {
		return nil, descrError("sort", "list", self)
	}
	if len(args) > len(kwnames) {
		return nil, Errorf(TypeErrorType, "sort() takes no positional arguments")
	}
	var key Object
	reverse := false
	for i, k := range kwnames {
		v := args[i]
		switch k {
		case "key":
			key = v
		case "reverse":
			r, err := t.ToInt64(v)
			if err != nil {
				return nil, err
			}
			reverse = r != 0
		default:
			return nil, Errorf(TypeErrorType, "sort() got an unexpected keyword argument '%s'", k)
		}
	}
	if key == None {
		key = nil
	}
	items := l.V
	if err := t.chargeItems(len(items) * bits.Len(uint(len(items)))); err != nil {
		return nil, err
	}
	l.V = nil
	err := t.sortItems(items, key, reverse)
	modified := len(l.V) > 0
	l.V = items
	if err != nil {
		return nil, err
	}
	if modified {
		return nil, Errorf(ValueErrorType, "list modified during sort")
	}
	return None, nil
}

// sortItems sorts items in place by key (nil: the items themselves), keeping equal items in order;
// reverse sorts descending, still keeping equal items in their original order.
func (t *Thread) sortItems(items []Object, key Object, reverse bool) (err error) {
	// The items, their keys and the merge's saved run are what the sort holds while a key function
	// or an __lt__ of Python runs (finalize.go's proofs must see them).
	mark := t.Hold(items)
	defer t.Unhold(mark)
	keys := items
	if key != nil {
		keys = make([]Object, len(items))
		t.Hold(keys)
		for i, it := range items {
			k, err := t.Call(key, []Object{it}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	if reverse {
		reverseObjects(items)
		if key != nil {
			reverseObjects(keys)
		}
	}
	if !sortUniform(keys, items, key != nil) {
		s := sorter{t: t, keys: keys, items: items, keyed: key != nil, mark: len(t.held)}
		t.Hold(nil)
		t.Hold(nil)
		s.sort(0, len(items))
		err = s.err
	}
	if reverse {
		reverseObjects(items)
		if key != nil {
			reverseObjects(keys)
		}
	}
	return err
}

// sorter sorts keys (and items alongside when keyed) with the < operator, remembering the first error.
type sorter struct {
	t           *Thread
	keys, items []Object
	keyed       bool
	err         error
	tmpK, tmpI  []Object
	// mark is where tmpK and tmpI are held (Thread.Hold).
	mark int
}

// lessThan reports a < b; after an error every answer is false, which ends the sort quickly.
func (s *sorter) lessThan(a, b Object) bool {
	if s.err != nil {
		return false
	}
	r, err := s.t.Less(a, b)
	if err != nil {
		s.err = err
	}
	return r
}

// insertionMax is the length below which runs are sorted by insertion.
const insertionMax = 16

func (s *sorter) sort(lo, hi int) {
	if hi-lo <= insertionMax {
		s.insertion(lo, hi)
		return
	}
	mid := lo + (hi-lo)/2
	s.sort(lo, mid)
	s.sort(mid, hi)
	if s.err == nil && s.lessThan(s.keys[mid], s.keys[mid-1]) {
		s.merge(lo, mid, hi)
	}
}

func (s *sorter) insertion(lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && s.lessThan(s.keys[j], s.keys[j-1]); j-- {
			s.swap(j, j-1)
		}
	}
}

func (s *sorter) swap(i, j int) {
	s.keys[i], s.keys[j] = s.keys[j], s.keys[i]
	if s.keyed {
		s.items[i], s.items[j] = s.items[j], s.items[i]
	}
}

// merge merges the sorted runs [lo, mid) and [mid, hi), taking from the right run only when its
// item is less than the left's, which keeps the sort stable.
func (s *sorter) merge(lo, mid, hi int) {
	s.tmpK = append(s.tmpK[:0], s.keys[lo:mid]...)
	if s.keyed {
		s.tmpI = append(s.tmpI[:0], s.items[lo:mid]...)
	}
	s.t.Rehold(s.mark, s.tmpK)
	s.t.Rehold(s.mark+1, s.tmpI)
	i, j, k := 0, mid, lo
	for i < len(s.tmpK) && j < hi {
		if s.lessThan(s.keys[j], s.tmpK[i]) {
			s.put(k, s.keys[j], j, true)
			j++
		} else {
			s.put(k, s.tmpK[i], i, false)
			i++
		}
		k++
	}
	for ; i < len(s.tmpK); i, k = i+1, k+1 {
		s.put(k, s.tmpK[i], i, false)
	}
}

// put stores at k the key (and item) taken from the right run at src (right) or the saved left run.
func (s *sorter) put(k int, key Object, src int, right bool) {
	s.keys[k] = key
	if !s.keyed {
		return
	}
	if right {
		s.items[k] = s.items[src]
	} else {
		s.items[k] = s.tmpI[src]
	}
}
