package golden

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// StampExt ends the name of a stamp: BASE.cpython records which CPython wrote the golden files
// BASE.out, BASE.err (those that exist), and their SHA-256. Goldens that claim to be CPython's output
// are written only by running CPython, with their stamp; a test calls VerifyStamps so that a golden
// rewritten any other way (by the simulator's -update, by hand) fails until CPython writes it again.
const StampExt = ".cpython"

// stampHeader is a stamp's first line: "# CPython 3.13.0 wrote these goldens of NAME.py: …".
var stampHeader = regexp.MustCompile(`^# CPython (3\.\d+\.\d+\S*) wrote these goldens of (\S+)\.py`)

// A Stamp is what a stamp file says: the CPython version that wrote a script's goldens, and the
// SHA-256 of each golden (file name, without folder, to hex digest).
type Stamp struct {
	Version string
	Script  string // the script's base name, without .py
	Files   map[string]string
}

// WriteGoldens writes the goldens of one script run under CPython version into dir: each of files
// (name to content; a nil content removes the file) and the stamp base+StampExt naming version and
// each written file's hash. how says how to write them again, for the stamp's header.
func WriteGoldens(dir, base, script, version, how string, files map[string][]byte) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# CPython %s wrote these goldens of %s.py: do not edit them, %s\n", version, script, how)
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		path := filepath.Join(dir, name)
		if files[name] == nil {
			if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("write goldens: %v", err)
			}
			continue
		}
		if err := os.WriteFile(path, files[name], 0o644); err != nil {
			return fmt.Errorf("write goldens: %v", err)
		}
		fmt.Fprintf(&b, "%s sha256:%s\n", name, digest(files[name]))
	}
	if err := os.WriteFile(filepath.Join(dir, base+StampExt), []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write goldens: %v", err)
	}
	return nil
}

// ReadStamp reads the stamp at path.
func ReadStamp(path string) (Stamp, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Stamp{}, err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	if !sc.Scan() {
		return Stamp{}, fmt.Errorf("read stamp: %s is empty", path)
	}
	m := stampHeader.FindStringSubmatch(sc.Text())
	if m == nil {
		return Stamp{}, fmt.Errorf("read stamp: %s: the first line does not name the CPython version that wrote the goldens: %q", path, sc.Text())
	}
	s := Stamp{Version: m[1], Script: m[2], Files: map[string]string{}}
	for sc.Scan() {
		name, sum, ok := strings.Cut(sc.Text(), " sha256:")
		if !ok || len(sum) != 64 || strings.ContainsAny(name, `/\ `) {
			return Stamp{}, fmt.Errorf("read stamp: %s: bad line %q (want NAME sha256:HEX)", path, sc.Text())
		}
		s.Files[name] = sum
	}
	return s, nil
}

// VerifyStamps checks the goldens of dir whose names end in one of exts: each is named by exactly
// one stamp of dir, with its current hash, and each stamp names a CPython version and the script it
// ran (which must exist) and only files that exist. It returns one error per problem, sorted.
func VerifyStamps(dir string, exts ...string) []error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return []error{err}
	}
	var problems []error
	stamped := map[string]string{} // golden file name to the stamp naming it
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), StampExt) {
			continue
		}
		path := filepath.Join(dir, e.Name())
		s, err := ReadStamp(path)
		if err != nil {
			problems = append(problems, err)
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, s.Script+".py")); err != nil {
			problems = append(problems, fmt.Errorf("%s: names %s.py, which is not there", path, s.Script))
		}
		for name, sum := range s.Files {
			if other, ok := stamped[name]; ok {
				problems = append(problems, fmt.Errorf("%s: %s is named by %s too", path, name, other))
			}
			stamped[name] = e.Name()
			data, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				problems = append(problems, fmt.Errorf("%s: CPython %s wrote %s, which is gone: %v", path, s.Version, name, err))
				continue
			}
			if digest(data) != sum {
				problems = append(problems, fmt.Errorf("%s is not what CPython %s wrote (its hash differs from %s): "+
					"a CPython golden is written only by CPython", filepath.Join(dir, name), s.Version, e.Name()))
			}
		}
	}
	for _, e := range entries {
		if slices.ContainsFunc(exts, func(ext string) bool { return strings.HasSuffix(e.Name(), ext) }) && stamped[e.Name()] == "" {
			problems = append(problems, fmt.Errorf("%s: no stamp says which CPython wrote it: "+
				"a CPython golden is written only by CPython", filepath.Join(dir, e.Name())))
		}
	}
	slices.SortFunc(problems, func(a, b error) int { return strings.Compare(a.Error(), b.Error()) })
	return problems
}

// digest returns data's SHA-256 in hex.
func digest(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
