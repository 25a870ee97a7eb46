//go:build js && wasm

package unames

import (
	"fmt"
	"sync"

	"github.com/futurescope/futurescope/python/internal/sitefetch"
)

// tableURL is where the browser's runner fetches the table, relative to its worker's script, or to
// globalThis.futurescopeBase when the worker sets it (a worker started from a Blob, whose own address
// is no base): make web writes it there (tools/unicodenames -o).
const tableURL = "unicode-names.txt"

// loaded holds the map of names once a fetch succeeded; a failed fetch (offline) is tried again at
// the next lookup.
var loaded struct {
	sync.Mutex
	m map[string]rune
}

// table returns the map of names, fetched the first time a name is looked up (a script that uses
// "\N{") and never changed after. The fetch is synchronous, which a Web Worker may do: the script's
// parse waits for it, once.
func table() (map[string]rune, error) {
	loaded.Lock()
	defer loaded.Unlock()
	if loaded.m == nil {
		m, err := fetchTable()
		if err != nil {
			return nil, err
		}
		loaded.m = m
	}
	return loaded.m, nil
}

// fetchTable fetches and reads the table.
func fetchTable() (map[string]rune, error) {
	b, err := sitefetch.Get(tableURL)
	if err != nil {
		return nil, fmt.Errorf("unames: %v", err)
	}
	return parseTable(b)
}
