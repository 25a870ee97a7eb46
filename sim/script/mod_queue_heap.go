package script

import "github.com/futurescope/futurescope/python/py"

// PriorityQueue keeps its items in a binary heap ordered by <, pushed and popped as CPython's heapq
// does, so items that tie come out in the order CPython's come out (not the order they were put).

// heapPush adds item to the heap q.items.
func (q *queueObj) heapPush(th *thread, item py.Object) error {
	q.items = append(q.items, item)
	return q.siftDown(th, 0, len(q.items)-1)
}

// heapPop removes and returns the smallest item.
func (q *queueObj) heapPop(th *thread) (py.Object, error) {
	last := q.items[len(q.items)-1]
	q.items = q.items[:len(q.items)-1]
	if len(q.items) == 0 {
		return last, nil
	}
	top := q.items[0]
	q.items[0] = last
	return top, q.siftUp(th, 0)
}

// siftDown moves the item at pos up towards start while it is smaller than its parent.
func (q *queueObj) siftDown(th *thread, start, pos int) error {
	h := q.items
	item := h[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		less, err := th.pt.Less(item, h[parent])
		if err != nil {
			h[pos] = item
			return err
		}
		if !less {
			break
		}
		h[pos] = h[parent]
		pos = parent
	}
	h[pos] = item
	return nil
}

// siftUp moves the smaller child up until a leaf is reached, then the item into place (heapq's
// _siftup).
func (q *queueObj) siftUp(th *thread, pos int) error {
	h := q.items
	end, start := len(h), pos
	item := h[pos]
	child := 2*pos + 1
	for child < end {
		if right := child + 1; right < end {
			less, err := th.pt.Less(h[child], h[right])
			if err != nil {
				h[pos] = item
				return err
			}
			if !less {
				child = right
			}
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = item
	return q.siftDown(th, start, pos)
}
