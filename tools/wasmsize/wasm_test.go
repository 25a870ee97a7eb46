package main

import (
	"testing"
)

// tiny is a module with one imported function, two function bodies named by the name section, and one
// data segment at offset 1024 holding "hi".
var tiny = []byte{
	0, 'a', 's', 'm', 1, 0, 0, 0,
	1, 4, 1, 0x60, 0, 0, // type: () -> ()
	2, 7, 1, 1, 'm', 1, 'f', 0, 0, // import m.f, func type 0
	3, 3, 2, 0, 0, // two functions of type 0
	10, 8, 2, 2, 0, 0x0b, 3, 0, 0x01, 0x0b, // code: two bodies, 2 and 3 bytes
	11, 9, 1, 0, 0x41, 0x80, 0x08, 0x0b, 2, 'h', 'i', // data at i32.const 1024
	0, 18, 4, 'n', 'a', 'm', 'e', 1, 11, 2, 1, 3, 'a', '.', 'x', 2, 3, 'b', '.', 'y', // names of funcs 1, 2
}

func TestParseNamesBodiesAndData(t *testing.T) {
	m, err := parse(tiny)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.funcs) != 2 || m.funcs[0].name != "a.x" || len(m.funcs[0].body) != 2 || m.funcs[1].name != "b.y" || len(m.funcs[1].body) != 3 {
		t.Errorf("funcs = %+v, want a.x (2 bytes) and b.y (3 bytes)", m.funcs)
	}
	if len(m.data) != 1 || m.data[0].offset != 1024 || string(m.data[0].bytes) != "hi" {
		t.Errorf("data = %+v, want \"hi\" at 1024", m.data)
	}
	total := 8
	for _, s := range m.sections {
		total += s.size
	}
	if total != len(tiny) {
		t.Errorf("sections add up to %d bytes, want %d", total, len(tiny))
	}
}

func TestParseRejectsTruncated(t *testing.T) {
	for _, n := range []int{10, 16, 25, 31, 42, 52, len(tiny) - 1} { // each inside a section
		if _, err := parse(tiny[:n]); err == nil {
			t.Errorf("parse of the first %d bytes: no error", n)
		}
	}
	if _, err := parse([]byte("not wasm")); err == nil {
		t.Error("parse of text: no error")
	}
}

func TestPackageOf(t *testing.T) {
	paths := []string{"github.com/x/y/python", "github.com/x/y/python/py", "encoding/json", "runtime"}
	for name, want := range map[string]string{
		"github.com_x_y_python_py.__Thread_.eval": "github.com/x/y/python/py",
		"github.com_x_y_python.init":              "github.com/x/y/python",
		"encoding_json.Marshal":                   "encoding/json",
		"runtime.mallocgc":                        "runtime",
		"type:.eq.foo":                            "(type: equality and hash)",
		"wasm_export_run":                         "wasm_export_run",
	} {
		if got := packageOf(name, paths); got != want {
			t.Errorf("packageOf(%q) = %q, want %q", name, got, want)
		}
	}
}
