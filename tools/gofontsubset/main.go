// Command gofontsubset writes the Go fonts the browser's timeline bundles
// (render/ebitenview/go-{regular,bold,mono}-subset.ttf): Go Regular, Go Bold and Go Mono (the
// fonts of golang.org/x/image/font/gofont, under the Go fonts' BSD-style licence, which their
// name tables keep) cut down with fontTools (Debian's python3-fonttools) to the blocks the
// viewer's own words and a typical script's output use:
//
//   - Basic Latin and Latin-1 (U+0020–U+00FF), the replacement character U+FFFD;
//   - General Punctuation (U+2000–U+206F): dashes, ellipsis, quotation marks;
//   - Arrows (U+2190–U+21FF) and Mathematical Operators (U+2200–U+22FF);
//   - Box Drawing (U+2500–U+257F) and Geometric Shapes (U+25A0–U+25FF);
//   - every other character of the files given (but Go test files) that the Go fonts have (so that a new word of the
//     viewer's, say with an "Œ", is not drawn by the page's fonts beside its neighbours).
//
// Hinting is left out (ebiten draws outlines unhinted), and so are the glyph names. The full
// fonts are 178 KB in brotli; the three subsets 43 KB. The desktop keeps the full fonts
// (render/ebitenview/fonts_go.go); in the browser whatever the subsets lack is drawn with the
// page's own fonts (FontSet.Last), as Chinese already is.
//
// To regenerate, from the module's root, after the viewer's words gain a character outside these
// blocks (TestWasmFontsCoverWords in render/ebitenview fails and says so):
//
//	go run ./tools/gofontsubset render/words/*.go render/layout/*.go render/ebitenview/*.go render/ebitenview/viewstate/*.go
//
// Flags: -o DIR (default render/ebitenview), -python (a python with fontTools).
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// blocks are the ranges every subset keeps, as fontTools' --unicodes takes them.
var blocks = []string{"U+0020-007E", "U+00A0-00FF", "U+2000-206F", "U+2190-21FF", "U+2200-22FF",
	"U+2500-257F", "U+25A0-25FF", "U+FFFD"}

// A goFont is one of the Go fonts and the file its subset goes to.
type goFont struct {
	name, file string
	ttf        []byte
}

var goFonts = []goFont{
	{"Go Regular", "go-regular-subset.ttf", goregular.TTF},
	{"Go Bold", "go-bold-subset.ttf", gobold.TTF},
	{"Go Mono", "go-mono-subset.ttf", gomono.TTF},
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("gofontsubset: ")
	out := flag.String("o", "render/ebitenview", "the `dir`ectory to write the subsets to")
	python := flag.String("python", "", "the `python` with fontTools (default: the first of python3 and /usr/bin/python3 that has it)")
	flag.Parse()
	extra, err := fileRunes(flag.Args())
	if err != nil {
		log.Fatal(err)
	}
	if *python == "" {
		*python = fontToolsPython()
	}
	tmp, err := os.MkdirTemp("", "gofontsubset-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	for _, f := range goFonts {
		if err := subset(*python, tmp, *out, f, extra); err != nil {
			log.Fatal(err)
		}
	}
}

// subset writes f's subset to dir: the blocks and those of extra that f has.
func subset(python, tmp, dir string, f goFont, extra []rune) error {
	parsed, err := sfnt.Parse(f.ttf)
	if err != nil {
		return fmt.Errorf("%s: %v", f.name, err)
	}
	var buf sfnt.Buffer
	var text strings.Builder
	n := 0
	for _, r := range extra {
		if i, err := parsed.GlyphIndex(&buf, r); err == nil && i != 0 {
			text.WriteRune(r)
			n++
		}
	}
	full := filepath.Join(tmp, f.file+".full")
	list := filepath.Join(tmp, f.file+".txt")
	if err := os.WriteFile(full, f.ttf, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(list, []byte(text.String()), 0o644); err != nil {
		return err
	}
	dst := filepath.Join(dir, f.file)
	cmd := exec.Command(python, "-m", "fontTools.subset", full, "--unicodes="+strings.Join(blocks, ","),
		"--text-file="+list, "--output-file="+dst, "--layout-features=*", "--no-hinting",
		"--name-IDs=*", "--name-legacy", "--notdef-outline", "--no-glyph-names")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("fontTools.subset %s: %v (apt-get install python3-fonttools)", f.name, err)
	}
	info, err := os.Stat(dst)
	if err != nil {
		return err
	}
	fmt.Printf("gofontsubset: %s: %s, the blocks and %d characters of the files (beyond ASCII), %d KiB\n",
		dst, f.name, n, info.Size()/1024)
	return nil
}

// fontToolsPython returns the first python that can import fontTools: python3 on the PATH may be a
// pyenv build that lacks Debian's python3-fonttools, which the system's /usr/bin/python3 has.
func fontToolsPython() string {
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(py, "-c", "import fontTools.subset").Run() == nil {
			return py
		}
	}
	return "python3"
}

// fileRunes returns the distinct characters beyond ASCII of the files, sorted. It skips Go test
// files: what a test writes is no word of the viewer's.
func fileRunes(files []string) ([]rune, error) {
	seen := map[rune]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		for _, r := range string(data) {
			if r > 0x7e {
				seen[r] = true
			}
		}
	}
	out := make([]rune, 0, len(seen))
	for r := range seen {
		out = append(out, r)
	}
	slices.Sort(out)
	return out, nil
}
