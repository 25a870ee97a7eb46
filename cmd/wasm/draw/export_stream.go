package main

import (
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/futurescope/futurescope/sim/trace"
)

// An export of a big run is tens of megabytes (the Chrome trace of 100,000 futures is 115 MB). Written
// into one string and handed over at once, it froze the page for seconds while the browser copied and
// decoded it. An exportStream instead writes it in chunks of exportChunk bytes that the worker hands
// the page one by one, with how far along it is, and it can be cancelled between two chunks.

// exportChunk is the size of the chunks an export is handed over in.
const exportChunk = 1 << 20

// exportKinds are the exports and their writers, with about how many bytes an event makes (measured
// on the 100,000-future run) for the progress bar.
var exportKinds = map[string]struct {
	write         func(w io.Writer, t *trace.Trace, lang string) error
	bytesPerEvent int
}{
	"chrome": {func(w io.Writer, t *trace.Trace, _ string) error { return trace.WriteChrome(w, t) }, 192},
	"trace":  {func(w io.Writer, t *trace.Trace, _ string) error { return trace.Encode(w, t) }, 112},
	"svg":    {drawSVG, 68},
}

// errExportCancelled is how a cancelled export ends.
var errExportCancelled = errors.New("export: cancelled")

// An exportStream is one export being written, by its own goroutine, into chunks that one reader
// takes with next.
type exportStream struct {
	chunks chan []byte   // the chunks, in order; closed after the last
	quit   chan struct{} // closed by cancel
	once   sync.Once     // closes quit
	total  int64         // about how many bytes it will write, for progress
	sent   int64         // bytes handed over so far (the reader's)
	err    error         // how the writing ended; read after chunks is closed
	buf    []byte        // the chunk being filled (the writer's)
	tr     *trace.Trace  // what it exports
	lang   string        // the SVG's language
	write  func(w io.Writer, t *trace.Trace, lang string) error
}

// newExport starts writing the export kind ("chrome", "trace" or "svg") of t, in lang for an SVG.
func newExport(kind string, t *trace.Trace, lang string) (*exportStream, error) {
	k, ok := exportKinds[kind]
	if !ok {
		return nil, fmt.Errorf("export: no export %q (want chrome, trace or svg)", kind)
	}
	s := &exportStream{
		chunks: make(chan []byte, 1), quit: make(chan struct{}),
		total: int64(max(t.Len(), 1) * k.bytesPerEvent), tr: t, lang: lang, write: k.write,
	}
	go s.run()
	return s, nil
}

// run writes the export, then hands over what is left and closes chunks.
func (s *exportStream) run() {
	defer close(s.chunks)
	err := s.write(s, s.tr, s.lang)
	if err == nil && len(s.buf) > 0 {
		err = s.send(s.buf)
		s.buf = nil
	}
	s.err = err
}

// Write fills chunks and hands each over when full; it fails once the export is cancelled.
func (s *exportStream) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if s.buf == nil {
			s.buf = make([]byte, 0, exportChunk)
		}
		k := min(len(p), exportChunk-len(s.buf))
		s.buf, p = append(s.buf, p[:k]...), p[k:]
		if len(s.buf) == exportChunk {
			if err := s.send(s.buf); err != nil {
				return n - len(p), err
			}
			s.buf = nil
		}
	}
	return n, nil
}

// send hands a chunk over, waiting for the reader to take the one before. Once cancelled it hands
// over nothing more, even to a reader still taking chunks (a select with both ready picks either).
func (s *exportStream) send(b []byte) error {
	select {
	case <-s.quit:
		return errExportCancelled
	default:
	}
	select {
	case s.chunks <- b:
		return nil
	case <-s.quit:
		return errExportCancelled
	}
}

// next returns the next chunk and the fraction of the export written so far (about: the total is an
// estimate until the end), or last true once it is all written; a failed export returns its error.
func (s *exportStream) next() (chunk []byte, progress float64, last bool, err error) {
	select {
	case <-s.quit: // cancelled: a chunk already written is dropped
		return nil, 0, true, errExportCancelled
	default:
	}
	select {
	case b, ok := <-s.chunks:
		if !ok {
			return nil, 1, true, s.err
		}
		s.sent += int64(len(b))
		return b, min(0.99, float64(s.sent)/float64(max(s.total, s.sent+1))), false, nil
	case <-s.quit:
		return nil, 0, true, errExportCancelled
	}
}

// cancel stops the export: its writer ends at its next chunk.
func (s *exportStream) cancel() { s.once.Do(func() { close(s.quit) }) }
