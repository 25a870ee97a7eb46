package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// stampedDir returns a folder with a.py whose goldens CPython 3.13.0 wrote: a.out and a.err.
func stampedDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.py"), []byte("print(1)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{"a.out": []byte("1\n"), "a.err": []byte("ValueError: x\n")}
	if err := WriteGoldens(dir, "a", "a", "3.13.0", "run the writer", files); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestStampsHoldCPythonsGoldens(t *testing.T) {
	dir := stampedDir(t)
	if errs := VerifyStamps(dir, ".out", ".err"); len(errs) != 0 {
		t.Fatalf("fresh goldens: %v", errs)
	}
	s, err := ReadStamp(filepath.Join(dir, "a.cpython"))
	if err != nil {
		t.Fatal(err)
	}
	if s.Version != "3.13.0" || s.Script != "a" || len(s.Files) != 2 {
		t.Errorf("stamp = %+v, want CPython 3.13.0, script a, two files", s)
	}
	// A nil content removes a golden: a run that exits 0 leaves no .err.
	if err := WriteGoldens(dir, "a", "a", "3.11.7", "run the writer", map[string][]byte{"a.out": []byte("1\n"), "a.err": nil}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "a.err")); !os.IsNotExist(err) {
		t.Errorf("a.err should be gone: %v", err)
	}
	if errs := VerifyStamps(dir, ".out", ".err"); len(errs) != 0 {
		t.Fatalf("rewritten goldens: %v", errs)
	}
}

func TestStampsCatchGoldensRewrittenElsewhere(t *testing.T) {
	tests := []struct {
		name, want string
		change     func(dir string) error
	}{
		{"rewritten", "not what CPython 3.13.0 wrote", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, "a.out"), []byte("2\n"), 0o644)
		}},
		{"added", "no stamp says which CPython wrote it", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, "b.out"), []byte("2\n"), 0o644)
		}},
		{"removed", "which is gone", func(dir string) error { return os.Remove(filepath.Join(dir, "a.err")) }},
		{"unversioned", "does not name the CPython version", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, "a.cpython"), []byte("# written by the simulator\n"), 0o644)
		}},
		{"orphaned", "a.py, which is not there", func(dir string) error { return os.Remove(filepath.Join(dir, "a.py")) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := stampedDir(t)
			if err := tt.change(dir); err != nil {
				t.Fatal(err)
			}
			errs := VerifyStamps(dir, ".out", ".err")
			var all []string
			for _, e := range errs {
				all = append(all, e.Error())
			}
			if !strings.Contains(strings.Join(all, "\n"), tt.want) {
				t.Errorf("VerifyStamps = %q, want a problem saying %q", all, tt.want)
			}
		})
	}
}
