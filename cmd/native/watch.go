package main

import (
	"os"
	"time"
)

// pollEvery is how often a watcher looks at its file, in real time, whatever the frame rate.
const pollEvery = 500 * time.Millisecond

// A watcher notices when a file changes on disk by polling its modification time and size every
// pollEvery: no extra dependency, and the same on every platform.
type watcher struct {
	path   string
	mtime  time.Time
	size   int64
	polled time.Time // when it last looked
}

// newWatcher watches path from its current state, as of now.
func newWatcher(path string, now time.Time) *watcher {
	w := &watcher{path: path, polled: now}
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

// poll reports, at most once every pollEvery (now is the clock's time), whether the file changed
// since it last looked.
func (w *watcher) poll(now time.Time) bool {
	if now.Sub(w.polled) < pollEvery {
		return false
	}
	w.polled = now
	mtime, size := w.stat()
	if mtime.Equal(w.mtime) && size == w.size {
		return false
	}
	w.mtime, w.size = mtime, size
	return size >= 0
}
