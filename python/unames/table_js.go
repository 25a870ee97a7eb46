//go:build js && wasm

package unames

import (
	"errors"
	"fmt"
	"sync"
	"syscall/js"
)

// tableURL is where the browser's runner fetches the table, relative to its worker's script: make web
// writes it there (tools/unicodenames -o).
const tableURL = "unicode-names.txt"

// table is the map of names, fetched the first time a name is looked up (a script that uses "\N{") and
// never changed after. The fetch is synchronous, which a Web Worker may do: the script's parse waits
// for it, once.
var table = sync.OnceValues(func() (m map[string]rune, err error) {
	xhr := js.Global().Get("XMLHttpRequest")
	if xhr.Type() != js.TypeFunction {
		return nil, errors.New("unames: no XMLHttpRequest to fetch the table of names with")
	}
	defer func() {
		if r := recover(); r != nil { // a JS exception: the network failed
			err = fmt.Errorf("unames: fetching %s: %v", tableURL, r)
		}
	}()
	req := xhr.New()
	req.Call("open", "GET", tableURL, false)
	req.Call("send")
	if status := req.Get("status").Int(); status != 200 {
		return nil, fmt.Errorf("unames: fetching %s: HTTP status %d", tableURL, status)
	}
	return parseTable([]byte(req.Get("responseText").String()))
})
