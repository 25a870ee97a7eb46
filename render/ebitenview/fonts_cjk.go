package ebitenview

import (
	"bytes"
	_ "embed"
	"os"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// cjkFontPaths are where Debian and most Linux systems keep a CJK font; the first one found becomes the
// fallback of the default font set, so that Chinese lesson scripts and output read as text, not boxes.
// (tools/setup.sh installs fonts-wqy-microhei.)
var cjkFontPaths = []string{
	"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
	"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
	"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
	"/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
	"/System/Library/Fonts/PingFang.ttc",
	"C:\\Windows\\Fonts\\msyh.ttc",
}

// cjkSubset is WenQuanYi Micro Hei (Apache-2.0), cut down to the characters of the viewer's Chinese
// words and of the Chinese lessons (make cjk-font writes it, with tools/cjkfont): the browser has
// no system font WebAssembly can read, and the viewer's Chinese must not be boxes there.
//
//go:embed cjk-subset.ttf
var cjkSubset []byte

// cjkFallbacks returns the faces for characters the Go fonts lack: the system's CJK font, which has
// them all, then the bundled subset.
func cjkFallbacks() []*text.GoTextFaceSource {
	srcs := systemCJKFallbacks()
	if src, err := text.NewGoTextFaceSource(bytes.NewReader(cjkSubset)); err == nil {
		srcs = append(srcs, src)
	}
	return srcs
}

// systemCJKFallbacks returns the faces of the first CJK font found on this machine, or none (in the
// browser, or where no such font is installed).
func systemCJKFallbacks() []*text.GoTextFaceSource {
	for _, p := range cjkFontPaths {
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		if srcs, err := text.NewGoTextFaceSourcesFromCollection(bytes.NewReader(data)); err == nil && len(srcs) > 0 {
			return srcs[:1]
		}
		if src, err := text.NewGoTextFaceSource(bytes.NewReader(data)); err == nil {
			return []*text.GoTextFaceSource{src}
		}
	}
	return nil
}
