// Command cjkfont writes the CJK font the timeline viewer bundles (render/ebitenview/cjk-subset.ttf):
// a browser gives WebAssembly no system font to read, so without it the viewer's Chinese words would
// be boxes. It is WenQuanYi Micro Hei (Apache-2.0, Debian's fonts-wqy-microhei), cut down with
// fontTools (Debian's python3-fonttools) to the CJK characters and punctuation of the files given:
//
//	go run ./tools/cjkfont [-font TTC] [-o OUT] FILE...
//
// make cjk-font runs it on the viewer's Chinese words and the Chinese lessons; run it after changing
// either (a test of render/ebitenview fails when a word of the viewer has no glyph).
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"slices"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("cjkfont: ")
	font := flag.String("font", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "the font collection to cut down (its first font)")
	out := flag.String("o", "render/ebitenview/cjk-subset.ttf", "where to write the font")
	python := flag.String("python", "", "the `python` with fontTools (default: the first of python3 and /usr/bin/python3 that has it)")
	flag.Parse()
	if flag.NArg() == 0 {
		log.Fatal("usage: go run ./tools/cjkfont [-font TTC] [-o OUT] FILE...")
	}
	chars, err := cjkChars(flag.Args())
	if err != nil {
		log.Fatal(err)
	}
	list, err := os.CreateTemp("", "cjkfont-*.txt")
	if err != nil {
		log.Fatal(err)
	}
	defer os.Remove(list.Name())
	if _, err := list.WriteString(string(chars)); err != nil {
		log.Fatal(err)
	}
	list.Close()
	if *python == "" {
		*python = fontToolsPython()
	}
	cmd := exec.Command(*python, "-m", "fontTools.subset", *font, "--font-number=0", "--text-file="+list.Name(),
		"--output-file="+*out, "--layout-features=", "--no-hinting", "--desubroutinize", "--name-IDs=*",
		"--name-legacy", "--notdef-outline")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		log.Fatalf("fontTools.subset: %v (apt-get install python3-fonttools)", err)
	}
	info, err := os.Stat(*out)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("cjkfont: %s: %d characters, %d KiB\n", *out, len(chars), info.Size()/1024)
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

// cjkChars returns the distinct characters from U+2E80 up (CJK, its punctuation, full-width forms)
// of the files, sorted.
func cjkChars(files []string) ([]rune, error) {
	seen := map[rune]bool{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		for _, r := range string(data) {
			if r >= 0x2e80 {
				seen[r] = true
			}
		}
	}
	var out []rune
	for r := range seen {
		out = append(out, r)
	}
	slices.Sort(out)
	return out, nil
}
