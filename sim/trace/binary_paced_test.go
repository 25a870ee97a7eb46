package trace

import (
	"bytes"
	"reflect"
	"testing"
)

// TestDecodeBinaryPaced checks that the paced decoder pauses as often as it promises and returns
// what DecodeBinary returns: the same trace for a good one, the same error for one cut anywhere.
func TestDecodeBinaryPaced(t *testing.T) {
	var s Store
	for i := range 1000 {
		s.Add(Event{Seq: int64(i), Time: int64(i) * 10, Kind: FutureCreate, Thread: 1, Future: i + 1,
			Name: "f", Args: "(" + string(rune('a'+i%26)) + ")"})
	}
	big := s.Trace(map[string]string{"file": "paced.py"})
	for name, tr := range map[string]*Trace{"sample": sampleTrace(), "big": big} {
		bin, err := EncodeBinary(tr)
		if err != nil {
			t.Fatal(err)
		}
		pauses := 0
		back, err := DecodeBinaryPaced(bin, 100, func() { pauses++ })
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want, _ := DecodeBinary(bin)
		if !reflect.DeepEqual(back, want) {
			t.Errorf("%s: the paced decoder's trace differs from DecodeBinary's", name)
		}
		if wantPauses := (tr.Len() - 1) / 100; pauses != wantPauses {
			t.Errorf("%s: %d pauses for %d events, want %d", name, pauses, tr.Len(), wantPauses)
		}
	}
	bin, _ := EncodeBinary(sampleTrace())
	cases := [][]byte{nil, []byte("FSTB\x09\x00\x00"), append(bytes.Clone(bin), 0)}
	for n := len(binaryMagic); n < len(bin); n++ {
		cases = append(cases, bin[:n])
	}
	for _, data := range cases {
		tr, err := DecodeBinaryPaced(data, 1, func() {})
		_, want := DecodeBinary(data)
		if tr != nil || err == nil || err.Error() != want.Error() {
			t.Fatalf("DecodeBinaryPaced(%q) = %v, %v; want DecodeBinary's error %v", data, tr, err, want)
		}
	}
}
