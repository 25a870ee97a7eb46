//go:build js && wasm

package stdlib

import (
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/futurescope/futurescope/python/internal/sitefetch"
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
	b, err := sitefetch.Get(url)
	if errors.Is(err, sitefetch.ErrNoXHR) {
		if b, err = os.ReadFile(local); err != nil {
			err = fmt.Errorf("stdlib: no XMLHttpRequest to fetch %s with, and %v", url, err)
		}
	} else if err != nil {
		err = fmt.Errorf("stdlib: %v", err)
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
