//go:build js && wasm

package stdlib

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"syscall/js"
)

// fetched holds the files FetchSiteFile has read, by URL: a site file never changes while the
// page is open, and a run imports its modules again on every interpreter.
var fetched struct {
	sync.Mutex
	files map[string][]byte
}

// FetchSiteFile returns the file at url, relative to the worker's script or to
// globalThis.futurescopeBase when the worker sets one (a worker started from a Blob). The fetch is
// a synchronous XMLHttpRequest, which a Web Worker may make: the import waits for it, once a
// page; a failed fetch (offline, nothing cached) is tried again at the next import. Where there is
// no XMLHttpRequest (go test under node) it reads local, the file in the source tree.
func FetchSiteFile(url, local string) ([]byte, error) {
	fetched.Lock()
	defer fetched.Unlock()
	if b, ok := fetched.files[url]; ok {
		return b, nil
	}
	var b []byte
	var err error
	if xhr := js.Global().Get("XMLHttpRequest"); xhr.Type() == js.TypeFunction {
		b, err = fetchSync(xhr, url)
	} else if b, err = os.ReadFile(local); err != nil {
		err = fmt.Errorf("stdlib: no XMLHttpRequest to fetch %s with, and %v", url, err)
	}
	if err != nil {
		return nil, err
	}
	if fetched.files == nil {
		fetched.files = map[string][]byte{}
	}
	fetched.files[url] = b
	return b, nil
}

// needsNetwork says why a failed fetch stops the run, for a learner who went offline.
const needsNetwork = "the playground fetches this file the first time a script needs it, so it needs the network once"

// fetchSync fetches url with a synchronous XMLHttpRequest.
func fetchSync(xhr js.Value, url string) (b []byte, err error) {
	defer func() {
		if r := recover(); r != nil { // a JS exception: the network failed
			err = fmt.Errorf("stdlib: cannot fetch %s (%v): %s", url, r, needsNetwork)
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
		return nil, fmt.Errorf("stdlib: cannot fetch %s (HTTP status %d): %s", url, status, needsNetwork)
	}
	text := req.Get("responseText")
	if text.Type() != js.TypeString {
		return nil, errors.New("stdlib: fetching " + url + ": no text")
	}
	return []byte(text.String()), nil
}
