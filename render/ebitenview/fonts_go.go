//go:build !js

package ebitenview

import (
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
)

// The Go fonts in full, as the desktop bundles them. The browser's timeline bundles subsets of
// them instead (fonts_go_js.go), to keep its first visit small.
var (
	goRegularTTF = goregular.TTF
	goBoldTTF    = gobold.TTF
	goMonoTTF    = gomono.TTF
)
