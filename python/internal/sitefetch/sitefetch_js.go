//go:build js && wasm

package sitefetch

import (
	"errors"
	"fmt"
	"syscall/js"
)

// ErrNoXHR is Get's error where there is no XMLHttpRequest (go test under node).
var ErrNoXHR = errors.New("no XMLHttpRequest to fetch with")

// NeedsNetwork says why a failed fetch stops the run, for a learner who went offline.
const NeedsNetwork = "the playground fetches this file the first time a script needs it, so it needs the network once"

// Get returns the text of the file at url, relative to the worker's script or to
// globalThis.futurescopeBase when the worker sets one (a worker started from a Blob, whose own address
// is no base). A failed request (offline, nothing cached, or a status other than 200) is an error
// naming url that ends with NeedsNetwork.
func Get(url string) (b []byte, err error) {
	xhr := js.Global().Get("XMLHttpRequest")
	if xhr.Type() != js.TypeFunction {
		return nil, ErrNoXHR
	}
	defer func() {
		if r := recover(); r != nil { // a JS exception: the network failed
			err = fmt.Errorf("cannot fetch %s (%v): %s", url, r, NeedsNetwork)
		}
	}()
	u := js.ValueOf(url)
	if base := js.Global().Get("futurescopeBase"); base.Type() == js.TypeString {
		u = js.Global().Get("URL").New(url, base).Get("href")
	}
	req := xhr.New()
	req.Call("open", "GET", u, false)
	req.Call("send")
	if status := req.Get("status").Int(); status != 200 {
		return nil, fmt.Errorf("cannot fetch %s (HTTP status %d): %s", url, status, NeedsNetwork)
	}
	text := req.Get("responseText")
	if text.Type() != js.TypeString {
		return nil, fmt.Errorf("fetching %s: no text", url)
	}
	return []byte(text.String()), nil
}
