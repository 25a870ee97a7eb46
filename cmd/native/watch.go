package main

import (
	"os"
	"time"
)

// pollTicks is how often, in ticks, a watcher looks at its file: about every 500 ms at 60 ticks a
// second.
const pollTicks = 30

// A watcher notices when a file changes on disk by polling its modification time and size every
// pollTicks ticks: no extra dependency, and the same on every platform.
type watcher struct {
	path  string
	mtime time.Time
	size  int64
	ticks int
}

// newWatcher watches path from its current state.
func newWatcher(path string) *watcher {
	w := &watcher{path: path}
	w.mtime, w.size = w.stat()
	return w
}

// stat returns the file's modification time and size (zero when it cannot be read).
func (w *watcher) stat() (time.Time, int64) {
	fi, err := os.Stat(w.path)
	if err != nil {
		return time.Time{}, -1
	}
	return fi.ModTime(), fi.Size()
}

// tick counts one tick and reports, every pollTicks, whether the file changed since it last looked.
func (w *watcher) tick() bool {
	w.ticks++
	if w.ticks%pollTicks != 0 {
		return false
	}
	mtime, size := w.stat()
	if mtime.Equal(w.mtime) && size == w.size {
		return false
	}
	w.mtime, w.size = mtime, size
	return size >= 0
}
