// Command unicodenames writes the table of Unicode character names that python/unames looks "\N{...}"
// escapes up in, and copies it out for the browser.
//
//	go run ./tools/unicodenames -gen [-aliases NameAliases.txt]   # rewrite python/unames/names.txt.gz
//	go run ./tools/unicodenames -o web/dist/unicode-names.txt      # the table as text, for the page
//
// With -gen it reads every character's name from golang.org/x/text/unicode/runenames (Unicode 15.0),
// adds the five characters Unicode 15.1 named (CPython 3.13's version: see python/unames's doc) and the
// aliases of NameAliases.txt, and writes them compressed, one "NAME;HEX" a line in code point order,
// aliases after the names. Names made by rule (CJK unified ideographs, Hangul syllables) and the
// placeholders of ranges ("<control>", "<CJK Ideograph>") are left out: python/unames computes the first
// and CPython rejects the second. With -o it writes the committed table uncompressed (the site serves
// it compressed), for the browser's runner to fetch the first time a script uses "\N{".
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/futurescope/futurescope/python/unames"
	"golang.org/x/text/unicode/runenames"
)

// table is where -gen writes the table, relative to the module root.
const table = "python/unames/names.txt.gz"

// unicode151 are the characters Unicode 15.1 named that runenames (Unicode 15.0) does not know, outside
// the CJK Extension I ideographs that python/unames computes (the UCD's UnicodeData.txt 15.1.0).
var unicode151 = []struct {
	r    rune
	name string
}{
	{0x2FFC, "IDEOGRAPHIC DESCRIPTION CHARACTER SURROUND FROM RIGHT"},
	{0x2FFD, "IDEOGRAPHIC DESCRIPTION CHARACTER SURROUND FROM LOWER RIGHT"},
	{0x2FFE, "IDEOGRAPHIC DESCRIPTION CHARACTER HORIZONTAL REFLECTION"},
	{0x2FFF, "IDEOGRAPHIC DESCRIPTION CHARACTER ROTATION"},
	{0x31EF, "IDEOGRAPHIC DESCRIPTION CHARACTER SUBTRACTION"},
}

func main() {
	gen := flag.Bool("gen", false, "rewrite "+table+" from runenames and the aliases file")
	aliases := flag.String("aliases", "/usr/share/unicode/NameAliases.txt", "the UCD's NameAliases.txt (with -gen)")
	out := flag.String("o", "", "write the table as text to this file")
	flag.Parse()
	var err error
	switch {
	case *gen:
		err = generate(*aliases)
	case *out != "":
		err = export(*out)
	default:
		flag.Usage()
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// generate writes table.
func generate(aliasesFile string) error {
	if runenames.UnicodeVersion != "15.0.0" {
		return fmt.Errorf("unicodenames: runenames has Unicode %s, this generator adds 15.1 to 15.0", runenames.UnicodeVersion)
	}
	var b bytes.Buffer
	extra := map[rune]string{}
	for _, c := range unicode151 {
		extra[c.r] = c.name
	}
	for r := rune(0); r <= 0x10FFFF; r++ {
		name := runenames.Name(r)
		if e, ok := extra[r]; ok {
			if name != "" {
				return fmt.Errorf("unicodenames: U+%04X is already named %q in runenames", r, name)
			}
			name = e
		}
		if name == "" || name[0] == '<' || strings.HasPrefix(name, "CJK UNIFIED IDEOGRAPH-") {
			continue
		}
		fmt.Fprintf(&b, "%s;%04X\n", name, r)
	}
	al, err := readAliases(aliasesFile)
	if err != nil {
		return err
	}
	b.WriteString(al)
	var z bytes.Buffer
	w, err := gzip.NewWriterLevel(&z, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("unicodenames: %v", err)
	}
	w.Write(b.Bytes())
	if err := w.Close(); err != nil {
		return fmt.Errorf("unicodenames: %v", err)
	}
	if err := os.WriteFile(table, z.Bytes(), 0o644); err != nil {
		return fmt.Errorf("unicodenames: %v", err)
	}
	return nil
}

// readAliases returns the aliases of a NameAliases.txt ("HEX;ALIAS;TYPE" lines) as "ALIAS;HEX" lines.
func readAliases(file string) (string, error) {
	f, err := os.Open(file)
	if err != nil {
		return "", fmt.Errorf("unicodenames: %v", err)
	}
	defer f.Close()
	var b strings.Builder
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, ";")
		if len(f) != 3 {
			return "", fmt.Errorf("unicodenames: %s: malformed line %q", file, line)
		}
		if _, err := strconv.ParseUint(f[0], 16, 32); err != nil {
			return "", fmt.Errorf("unicodenames: %s: malformed code point in %q", file, line)
		}
		fmt.Fprintf(&b, "%s;%s\n", f[1], f[0])
	}
	if err := sc.Err(); err != nil {
		return "", fmt.Errorf("unicodenames: %v", err)
	}
	if b.Len() == 0 {
		return "", errors.New("unicodenames: " + file + " holds no aliases")
	}
	return b.String(), nil
}

// export writes the committed table uncompressed to file.
func export(file string) error {
	text, err := unames.Table()
	if err != nil {
		return err
	}
	if err := os.WriteFile(file, text, 0o644); err != nil {
		return fmt.Errorf("unicodenames: %v", err)
	}
	return nil
}
