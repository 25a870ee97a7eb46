package sim

// pendingTable is the process pool's _pending_work_items: work items (with their call items) by work id, ids given in
// increasing order from 0. It is a slice from the oldest id still held, so that lookups and deletions
// cost O(1) and iteration is in id order (Python's dict insertion order).
type pendingTable struct {
	items []*callItem // items[i] has id base+i; nil once deleted
	base  int
	n     int
}

// add stores w under the next id and returns it.
func (t *pendingTable) add(w *callItem) int {
	t.items = append(t.items, w)
	t.n++
	return t.base + len(t.items) - 1
}

func (t *pendingTable) get(id int) *callItem {
	if i := id - t.base; i >= 0 && i < len(t.items) {
		return t.items[i]
	}
	return nil
}

func (t *pendingTable) delete(id int) {
	i := id - t.base
	if i < 0 || i >= len(t.items) || t.items[i] == nil {
		return
	}
	t.items[i] = nil
	t.n--
	for len(t.items) > 0 && t.items[0] == nil {
		t.items = t.items[1:]
		t.base++
	}
}

func (t *pendingTable) len() int { return t.n }

// ids returns the ids held, in increasing order.
func (t *pendingTable) ids() []int {
	out := make([]int, 0, t.n)
	for i, w := range t.items {
		if w != nil {
			out = append(out, t.base+i)
		}
	}
	return out
}

// clear deletes every item.
func (t *pendingTable) clear() {
	t.base += len(t.items)
	t.items, t.n = nil, 0
}

// callFIFO holds the calls on their way into the call queue, oldest first. Its array is reused: taken
// calls are cleared, and the rest move to the front once they are at most half of it.
type callFIFO struct {
	items []*callItem
	head  int
}

func (q *callFIFO) len() int { return len(q.items) - q.head }

func (q *callFIFO) push(c *callItem) {
	if q.head > 0 && q.head*2 >= len(q.items) {
		n := copy(q.items, q.items[q.head:])
		clear(q.items[n:])
		q.items, q.head = q.items[:n], 0
	}
	q.items = append(q.items, c)
}

func (q *callFIFO) front() *callItem { return q.items[q.head] }

func (q *callFIFO) pop() *callItem {
	c := q.items[q.head]
	q.items[q.head] = nil
	q.head++
	return c
}
