//go:build !js

package ebitenview

import _ "embed"

// cjkSubset is WenQuanYi Micro Hei (Apache-2.0), cut down to the characters of the viewer's Chinese
// words and of the Chinese lessons (make cjk-font writes it, with tools/cjkfont), for a desktop with
// no CJK font of its own. The browser's timeline has none (fonts_subset_js.go): it draws Chinese, as
// any character the Go fonts lack, with the page's fonts (FontSet.Last).
//
//go:embed cjk-subset.ttf
var cjkSubset []byte
