package ebitenview

import (
	"bytes"
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

// cjkFallbacks returns the faces for characters the Go fonts lack: the system's CJK font, which has
// them all, then the bundled subset (fonts_subset.go), where the binary has one.
func cjkFallbacks() []*text.GoTextFaceSource {
	srcs := systemCJKFallbacks()
	if len(cjkSubset) == 0 {
		return srcs
	}
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
