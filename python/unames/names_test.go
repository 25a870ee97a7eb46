//go:build !(js && wasm)

package unames

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// golden reads testdata/cpython.txt (testdata/gen.py, run by CPython 3.13): the count and digest of
// CPython's names, and what "\N{NAME}" gives for each listed name (-1: unknown).
func golden(t *testing.T) (count int, digest string, cases map[string]rune, order []string) {
	t.Helper()
	data, err := os.ReadFile("testdata/cpython.txt")
	if err != nil {
		t.Fatal(err)
	}
	cases = map[string]rune{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "names "):
			if _, err := fmt.Sscanf(line, "names %d %s", &count, &digest); err != nil {
				t.Fatalf("cpython.txt: %q: %v", line, err)
			}
		default:
			name, want, ok := strings.Cut(line, "\t")
			if !ok {
				t.Fatalf("cpython.txt: malformed line %q", line)
			}
			r := rune(-1)
			if want != "-" {
				v, err := strconv.ParseUint(want, 16, 32)
				if err != nil {
					t.Fatalf("cpython.txt: %q: %v", line, err)
				}
				r = rune(v)
			}
			if _, seen := cases[name]; !seen {
				order = append(order, name)
			}
			cases[name] = r
		}
	}
	if count == 0 {
		t.Fatal("cpython.txt: no names line")
	}
	return count, digest, cases, order
}

// TestLookupMatchesCPython looks up every name of the golden as "\N{NAME}" does under CPython 3.13.
func TestLookupMatchesCPython(t *testing.T) {
	_, _, cases, order := golden(t)
	if len(order) < 1000 {
		t.Fatalf("cpython.txt lists %d names, want the aliases, samples and cases (over 1,000)", len(order))
	}
	for _, name := range order {
		want := cases[name]
		r, found, err := Lookup(name)
		if err != nil {
			t.Fatalf("Lookup(%q): %v", name, err)
		}
		if !found {
			r = -1
		}
		if r != want {
			t.Errorf("Lookup(%q) = %X, %v; CPython 3.13 gives %X (-1: unknown)", name, r, found, want)
		}
	}
}

// TestTableIsCPythonsNames checks the whole table at once: its names (the lines before the aliases)
// are CPython 3.13's, character for character, and each is found by Lookup in any ASCII case.
func TestTableIsCPythonsNames(t *testing.T) {
	count, digest, _, _ := golden(t)
	text, err := Table()
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	n, last := 0, rune(-1)
	for _, line := range strings.Split(strings.TrimSuffix(string(text), "\n"), "\n") {
		name, hx, _ := strings.Cut(line, ";")
		v, err := strconv.ParseUint(hx, 16, 32)
		if err != nil {
			t.Fatalf("table line %q: %v", line, err)
		}
		if rune(v) < last {
			break // the aliases
		}
		last = rune(v)
		h.Write([]byte(line + "\n"))
		n++
		if n%50 == 0 {
			if r, found, _ := Lookup(strings.ToLower(name)); !found || r != rune(v) {
				t.Errorf("Lookup(%q) = %X, %v; want %X", strings.ToLower(name), r, found, v)
			}
		}
	}
	if got := hex.EncodeToString(h.Sum(nil)); n != count || got != digest {
		t.Errorf("the table has %d names, digest %s; CPython 3.13 has %d, %s", n, got, count, digest)
	}
}

// TestHangulSyllables computes every syllable's name from its jamo and looks it up.
func TestHangulSyllables(t *testing.T) {
	for r := rune(hangulBase); r < rune(hangulBase+len(jamoL)*len(jamoV)*len(jamoT)); r++ {
		i := int(r - hangulBase)
		name := hangulPrefix + jamoL[i/(len(jamoV)*len(jamoT))] + jamoV[i/len(jamoT)%len(jamoV)] + jamoT[i%len(jamoT)]
		if got, found, _ := Lookup(name); !found || got != r {
			t.Fatalf("Lookup(%q) = %X, %v; want %X", name, got, found, r)
		}
	}
}

func FuzzLookup(f *testing.F) {
	for _, s := range []string{"BULLET", "HANGUL SYLLABLE GAG", "CJK UNIFIED IDEOGRAPH-4E00", "nbsp", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		r, found, err := Lookup(name)
		if err != nil {
			t.Fatal(err)
		}
		if found && (r < 0 || r > 0x10FFFF) {
			t.Fatalf("Lookup(%q) = %X, out of range", name, r)
		}
	})
}

func BenchmarkLookup(b *testing.B) {
	if _, _, err := Lookup("BULLET"); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		Lookup("greek small letter alpha")
	}
}
