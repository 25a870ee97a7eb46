package script

import (
	"os"
	"testing"
)

func TestDebug(t *testing.T) {
	src, _ := os.ReadFile("testdata/shims.py")
	src = src[:500]
	toks := tokenize(src, 1, 1)
	sh, _ := shim("x", src, toks)
	t.Logf("%s", sh.ed.apply(0, len(src)))
}
