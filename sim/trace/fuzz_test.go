package trace

import (
	"bytes"
	"reflect"
	"testing"
)

// FuzzDecode checks that Decode never panics, and that whatever it accepts encodes, decodes back to an
// equal trace, and encodes again to the same bytes.
func FuzzDecode(f *testing.F) {
	f.Add(encode(f, sampleTrace()))
	f.Add([]byte(`{"version":1}`))
	f.Add([]byte(`{"version":1,"meta":{"a":"<&>"},"events":[{"seq":0,"t":0,"kind":"print","value":"\u00e9\ud800"}]}`))
	f.Add([]byte(`{"version":1,"events":[{"seq":2,"t":1,"kind":"print"},{"seq":1,"t":1,"kind":"print"}]}`))
	f.Add([]byte(`{"version":2}`))
	f.Add([]byte(`{"VERSION":1,"Events":[{"SEQ":0,"T":0,"Kind":"yield","seq":1}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tr, err := Decode(bytes.NewReader(data))
		if err != nil {
			if tr != nil {
				t.Fatalf("Decode returned a trace with error %v", err)
			}
			return
		}
		first := encode(t, tr)
		back, err := Decode(bytes.NewReader(first))
		if err != nil {
			t.Fatalf("Decode(Encode(Decode(data))): %v\n%s", err, first)
		}
		if !reflect.DeepEqual(back, tr) {
			t.Fatalf("round trip changed the trace:\n%+v\n%+v", tr, back)
		}
		if again := encode(t, back); !bytes.Equal(again, first) {
			t.Fatalf("encodings differ:\n%s\n%s", first, again)
		}
	})
}
