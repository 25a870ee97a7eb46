//go:build js

package ebitenview

import _ "embed"

// The Go fonts in the browser: Go Regular, Go Bold and Go Mono cut down to Basic Latin and
// Latin-1, general punctuation, arrows, mathematical operators, box drawing and geometric shapes,
// and whatever else the viewer's words use that the fonts have (tools/gofontsubset writes them;
// its doc says when and how to regenerate). That is 43 KB in brotli where the full fonts are
// 178 KB. Any character they lack the page's own fonts draw (FontSet.Last), as they draw Chinese.
var (
	//go:embed go-regular-subset.ttf
	goRegularTTF []byte
	//go:embed go-bold-subset.ttf
	goBoldTTF []byte
	//go:embed go-mono-subset.ttf
	goMonoTTF []byte
)
