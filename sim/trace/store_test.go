package trace

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// TestPackedIsSmallAndPointerFree checks the stored form of an event: at most 40 bytes, and nothing in
// it the garbage collector has to follow.
func TestPackedIsSmallAndPointerFree(t *testing.T) {
	if size := unsafe.Sizeof(packed{}); size > 40 {
		t.Errorf("a stored event takes %d bytes, want at most 40", size)
	}
	typ := reflect.TypeFor[packed]()
	for i := range typ.NumField() {
		switch typ.Field(i).Type.Kind() {
		case reflect.Int32, reflect.Int64, reflect.Uint32:
		default:
			t.Errorf("field %s is a %s", typ.Field(i).Name, typ.Field(i).Type)
		}
	}
}

// TestKindIndex checks that kindIndex numbers every declared kind by its place in kinds, and no other.
func TestKindIndex(t *testing.T) {
	for i, k := range kinds {
		if got, ok := kindIndex(k); !ok || int(got) != i {
			t.Errorf("kindIndex(%q) = %d, %v, want %d", k, got, ok, i)
		}
	}
	if _, ok := kindIndex("oops"); ok {
		t.Error(`kindIndex("oops") found it`)
	}
}

// TestStoreViews checks that a trace taken from a store keeps the events it had, as the store grows
// over several blocks, and that every way of reading it agrees with what was added.
func TestStoreViews(t *testing.T) {
	var s Store
	var want []Event
	var views []*Trace
	for i := range 3*eventBlock + 17 {
		e := Event{Seq: int64(i), Time: int64(i / 3), Kind: kinds[i%len(kinds)], Thread: i % 7, Process: -(i % 5),
			Future: i, Target: -i, Name: "n" + strconv.Itoa(i%11), Args: strings.Repeat("a", i%3), Value: strconv.Itoa(i), Line: i % 100}
		s.Add(e)
		want = append(want, e)
		if i%1000 == 999 {
			views = append(views, s.Trace(nil))
		}
	}
	full := s.Trace(map[string]string{"k": "v"})
	if !reflect.DeepEqual(full.Collect(), want) {
		t.Fatal("Collect differs from the events added")
	}
	for i := range want {
		if full.At(i) != want[i] {
			t.Fatalf("At(%d) = %+v, want %+v", i, full.At(i), want[i])
		}
	}
	for _, v := range views {
		if got := v.Collect(); !reflect.DeepEqual(got, want[:v.Len()]) {
			t.Errorf("the view of %d events changed as the store grew", v.Len())
		}
	}
	if !reflect.DeepEqual(New(full.Meta, want), full) {
		t.Error("New of the same events differs from the store's trace")
	}
}

// TestStoreRefusesWhatDoesNotFit checks Check's limits, and that decoders report them as errors.
func TestStoreRefusesWhatDoesNotFit(t *testing.T) {
	for _, e := range []Event{{Thread: 1 << 31}, {Future: -1<<31 - 1}, {Target: 1 << 40}, {Line: 1 << 32},
		{Process: 1 << 23}, {Process: -1<<23 - 1}} {
		if err := Check(e); err == nil || !strings.Contains(err.Error(), "out of range") {
			t.Errorf("Check(%+v) = %v, want out of range", e, err)
		}
	}
	if err := Check(Event{Thread: 1<<31 - 1, Process: 1<<23 - 1, Future: -1 << 31}); err != nil {
		t.Errorf("Check of the largest ids: %v", err)
	}
	_, err := Decode(strings.NewReader(`{"version":1,"events":[{"seq":0,"t":0,"kind":"print","proc":8388608}]}`))
	if err == nil || err.Error() != "trace: event 0: process 8388608 out of range" {
		t.Errorf("Decode of a process id too large: %v", err)
	}
}

// TestStoreKeepsUnknownKinds checks that a store holds kinds this package does not declare, so that
// Validate can name them.
func TestStoreKeepsUnknownKinds(t *testing.T) {
	tr := New(nil, []Event{{Kind: "oops"}, {Seq: 1, Kind: Print}, {Seq: 2, Kind: "other"}, {Seq: 3, Kind: "oops"}})
	var got []Kind
	for _, e := range tr.Events() {
		got = append(got, e.Kind)
	}
	if want := []Kind{"oops", Print, "other", "oops"}; !reflect.DeepEqual(got, want) {
		t.Errorf("kinds %v, want %v", got, want)
	}
}

// TestStoreKeepsOddSeqs checks a store given Seqs that are not the events' indexes, from the first event
// or from a later one.
func TestStoreKeepsOddSeqs(t *testing.T) {
	for _, seqs := range [][]int64{{5, 6, 9}, {0, 1, 7, 8}, {0, 1, 2}} {
		var events []Event
		for _, s := range seqs {
			events = append(events, Event{Seq: s, Kind: Print, Value: "x"})
		}
		tr := New(nil, events)
		if got := tr.Collect(); !reflect.DeepEqual(got, events) {
			t.Errorf("seqs %v: got %+v", seqs, got)
		}
		if tr.events.seqs != nil && seqs[len(seqs)-1] == int64(len(seqs)-1) {
			t.Errorf("seqs %v: kept a slice of indexes", seqs)
		}
	}
}

// TestStringsRecurOnce checks that strings a trace repeats, each a fresh copy, are kept once, while a
// hundred thousand different ones all read back.
func TestStringsRecurOnce(t *testing.T) {
	var s Store
	for i := range 100_000 {
		s.Add(Event{Seq: int64(i), Kind: FutureFinish, Name: strings.Clone("returned"), Value: strconv.Itoa(i % 1000 * 1000)})
	}
	tr := s.Trace(nil)
	if n := len(tr.events.strs); n > 1100 {
		t.Errorf("%d strings kept for 1,001 different ones", n)
	}
	for i, e := range tr.Events() {
		if e.Name != "returned" || e.Value != strconv.Itoa(i%1000*1000) {
			t.Fatalf("event %d: %+v", i, e)
		}
	}
}
