//go:build !(js && wasm)

package unames

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"sync"
)

//go:generate go run ../../tools/unicodenames -gen

//go:embed names.txt.gz
var tableGz []byte

// Table returns the table of names as text, one "NAME;HEX" a line: every character's name in code
// point order, then the aliases. The browser's runner fetches this text (tools/unicodenames -o).
func Table() ([]byte, error) {
	z, err := gzip.NewReader(bytes.NewReader(tableGz))
	if err != nil {
		return nil, fmt.Errorf("unames: reading the table: %v", err)
	}
	text, err := io.ReadAll(z)
	if err != nil {
		return nil, fmt.Errorf("unames: reading the table: %v", err)
	}
	return text, nil
}

// table is the map of names, made the first time a name is looked up and never changed after.
var table = sync.OnceValues(func() (map[string]rune, error) {
	text, err := Table()
	if err != nil {
		return nil, err
	}
	return parseTable(text)
})
