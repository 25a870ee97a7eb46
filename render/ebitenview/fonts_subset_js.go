//go:build js

package ebitenview

// cjkSubset is empty in the browser: the page's own fonts draw Chinese there (cmd/wasm passes them
// as FontSet.Last), which saves the timeline's first visit the subset's 112 KB.
var cjkSubset []byte
