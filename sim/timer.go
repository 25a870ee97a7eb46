package sim

import "time"

// A timer is one entry of the kernel's clock: at its time, it wakes a parked thread (thread and gen set)
// or calls fn. Timers are ordered by (at, seq), so timers due at one instant fire in the order they were
// scheduled.
type timer struct {
	at    time.Duration
	seq   uint64
	index int // position in the heap, -1 once removed
	t     *Thread
	gen   uint64
	fn    func()
}

// timerHeap is a binary min-heap of timers ordered by (at, seq). Each timer knows its index, so removing
// a cancelled timer costs O(log n). It is written out rather than built on container/heap to avoid the
// interface conversions on the kernel's hottest path.
type timerHeap []*timer

func (h timerHeap) less(i, j int) bool {
	if h[i].at != h[j].at {
		return h[i].at < h[j].at
	}
	return h[i].seq < h[j].seq
}

func (h timerHeap) swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}

func (h *timerHeap) push(tm *timer) {
	tm.index = len(*h)
	*h = append(*h, tm)
	h.up(tm.index)
}

// pop removes and returns the earliest timer.
func (h *timerHeap) pop() *timer {
	return h.remove(0)
}

func (h *timerHeap) remove(i int) *timer {
	old := *h
	n := len(old) - 1
	tm := old[i]
	if i != n {
		old.swap(i, n)
	}
	old[n] = nil
	*h = old[:n]
	if i != n {
		if !h.down(i) {
			h.up(i)
		}
	}
	tm.index = -1
	return tm
}

func (h timerHeap) up(j int) {
	for j > 0 {
		i := (j - 1) / 2
		if !h.less(j, i) {
			break
		}
		h.swap(i, j)
		j = i
	}
}

func (h timerHeap) down(i0 int) bool {
	i, n := i0, len(h)
	for {
		j := 2*i + 1
		if j >= n {
			break
		}
		if r := j + 1; r < n && h.less(r, j) {
			j = r
		}
		if !h.less(j, i) {
			break
		}
		h.swap(i, j)
		i = j
	}
	return i > i0
}
