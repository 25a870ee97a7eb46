package main

import (
	"bytes"
	"errors"
	"strconv"
	"testing"
)

// manyFuturesN is a script of n trivial futures on a 4-worker pool.
func manyFuturesN(n int) string {
	return "from concurrent.futures import ThreadPoolExecutor\n\ndef double(n):\n    return n * 2\n\n" +
		"with ThreadPoolExecutor(max_workers=4) as pool:\n    futures = [pool.submit(double, n) for n in range(" +
		strconv.Itoa(n) + ")]\nprint(sum(f.result() for f in futures))\n"
}

// readAll reads an export to its end, checking that its progress only grows.
func readAll(t testing.TB, s *exportStream) ([]byte, int) {
	var out bytes.Buffer
	chunks, last := 0, 0.0
	for {
		chunk, progress, done, err := s.next()
		if err != nil {
			t.Fatal(err)
		}
		if progress < last || progress > 1 {
			t.Fatalf("progress %v after %v", progress, last)
		}
		last = progress
		if done {
			if progress != 1 {
				t.Fatalf("done at progress %v", progress)
			}
			return out.Bytes(), chunks
		}
		chunks++
		out.Write(chunk)
	}
}

// TestExportStream checks that each export, streamed in chunks, is what its writer writes at once.
func TestExportStream(t *testing.T) {
	tr := run(t, manyFuturesN(3000))
	for kind, k := range exportKinds {
		var want bytes.Buffer
		if err := k.write(&want, tr, "zh"); err != nil {
			t.Fatal(err)
		}
		s, err := newExport(kind, tr, "zh")
		if err != nil {
			t.Fatal(err)
		}
		got, chunks := readAll(t, s)
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s: the streamed export (%d bytes) differs from the writer's (%d bytes)", kind, len(got), want.Len())
		}
		if wantChunks := (want.Len() + exportChunk - 1) / exportChunk; chunks != wantChunks {
			t.Errorf("%s: %d chunks for %d bytes, want %d", kind, chunks, want.Len(), wantChunks)
		}
		t.Logf("%s: %d bytes for %d events (%d a event), %d chunks", kind, want.Len(), tr.Len(), want.Len()/tr.Len(), chunks)
	}
	if _, err := newExport("png", tr, ""); err == nil {
		t.Error("an export of kind png started")
	}
}

// TestExportCancel checks that a cancelled export stops: its reader gets the cancellation, and its
// writer returns.
func TestExportCancel(t *testing.T) {
	s, err := newExport("chrome", run(t, manyFuturesN(3000)), "")
	if err != nil {
		t.Fatal(err)
	}
	if _, _, done, err := s.next(); done || err != nil {
		t.Fatalf("the first chunk: done %v, err %v", done, err)
	}
	s.cancel()
	if _, _, done, err := s.next(); !done || !errors.Is(err, errExportCancelled) {
		t.Fatalf("after cancel: done %v, err %v; want the cancellation", done, err)
	}
	for range s.chunks { // the writer closes chunks when it returns
	}
	if !errors.Is(s.err, errExportCancelled) {
		t.Errorf("the writer ended with %v, want the cancellation", s.err)
	}
}

// BenchmarkExport100k streams each export of a run of 100,000 futures, natively: the worker's share
// of an export's time in the browser is several times this.
func BenchmarkExport100k(b *testing.B) {
	tr := run(b, manyFuturesN(100_000))
	for _, kind := range []string{"chrome", "trace", "svg"} {
		b.Run(kind, func(b *testing.B) {
			size := 0
			for b.Loop() {
				s, err := newExport(kind, tr, "")
				if err != nil {
					b.Fatal(err)
				}
				out, _ := readAll(b, s)
				size = len(out)
			}
			b.ReportMetric(float64(size)/1e6, "MB")
		})
	}
}
