package trace

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestBinaryRoundTrip encodes traces in the binary form and decodes them back equal: the sample, and
// every JSON trace in the repository's testdata folders that this package can reach.
func TestBinaryRoundTrip(t *testing.T) {
	traces := map[string]*Trace{"sample": sampleTrace(), "empty": {Version: Version}}
	files, _ := filepath.Glob("../../render/layout/testdata/*.json")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		traces[filepath.Base(f)] = tr
	}
	if len(traces) < 5 {
		t.Fatalf("only %d traces to try", len(traces))
	}
	for name, tr := range traces {
		bin, err := EncodeBinary(tr)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		back, err := DecodeBinary(bin)
		if err != nil {
			t.Fatalf("%s: DecodeBinary: %v", name, err)
		}
		if !reflect.DeepEqual(back, tr) {
			t.Errorf("%s: the round trip changed the trace", name)
		}
		if j := encode(t, tr); tr.Len() > 10 && len(bin)*2 > len(j) {
			t.Errorf("%s: %d bytes binary for %d of JSON: want under half", name, len(bin), len(j))
		}
	}
}

// TestDecodeBinaryRefuses checks the errors of data that is not a binary trace of this version, or
// is cut short anywhere.
func TestDecodeBinaryRefuses(t *testing.T) {
	bin, err := EncodeBinary(sampleTrace())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		data []byte
		want string
	}{
		{"JSON", encode(t, sampleTrace()), "not a binary trace"},
		{"empty", nil, "not a binary trace"},
		{"another version", append([]byte(binaryMagic), 9, 0, 0), "version 9"},
		{"trailing bytes", append(bytes.Clone(bin), 0), "after the last event"},
	} {
		if _, err := DecodeBinary(tt.data); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: DecodeBinary = %v, want an error saying %q", tt.name, err, tt.want)
		}
	}
	for n := len(binaryMagic); n < len(bin); n++ {
		if tr, err := DecodeBinary(bin[:n]); err == nil || tr != nil {
			t.Fatalf("cut at %d of %d bytes: DecodeBinary = %v, %v; want an error", n, len(bin), tr, err)
		} else if !errors.Is(err, errBinary) && !strings.Contains(err.Error(), "trace:") {
			t.Fatalf("cut at %d: %v", n, err)
		}
	}
}

// FuzzDecodeBinary checks that DecodeBinary never panics, and that whatever it accepts encodes and
// decodes back to an equal trace.
func FuzzDecodeBinary(f *testing.F) {
	for _, tr := range []*Trace{sampleTrace(), {Version: Version}} {
		bin, err := EncodeBinary(tr)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(bin)
	}
	f.Add([]byte(binaryMagic + "\x01\x02\x00\x01a\x00\x01b\x00\x01a\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tr, err := DecodeBinary(data)
		if err != nil {
			if tr != nil {
				t.Fatalf("DecodeBinary returned a trace with error %v", err)
			}
			return
		}
		bin, err := EncodeBinary(tr)
		if err != nil {
			t.Fatalf("EncodeBinary(DecodeBinary(data)): %v", err)
		}
		back, err := DecodeBinary(bin)
		if err != nil || !reflect.DeepEqual(back, tr) {
			t.Fatalf("round trip: %v\n%+v\n%+v", err, tr, back)
		}
	})
}
