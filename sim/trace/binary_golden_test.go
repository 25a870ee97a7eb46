package trace

import "testing"

// TestBinaryGolden holds the binary form of the sample trace, and of its first sampleCut events, to
// golden files: web/src/tracebin.test.js reads them beside sample.json, so that the page's reader
// of the runner's traceBin (web/src/tracebin.js) is held to what this package writes, and the prefix
// it cuts for a prediction to what this package writes of those events. go test -update rewrites them.
func TestBinaryGolden(t *testing.T) {
	tr := sampleTrace()
	bin, err := EncodeBinary(tr)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "sample.bin", bin)
	cut, err := EncodeBinary(New(tr.Meta, tr.Collect()[:sampleCut]))
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "sample.cut.bin", cut)
}

// sampleCut is how many of the sample's events sample.cut.bin holds (tracebin.test.js cuts there).
const sampleCut = 20
