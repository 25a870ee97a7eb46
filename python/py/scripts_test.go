package py

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestScripts runs testdata/scripts/*.py and compares stdout, stderr and the
// exit code with the goldens CPython wrote (testdata/scripts/gen.sh; the
// version is in testdata/scripts/VERSION).
func TestScripts(t *testing.T) {
	files, err := filepath.Glob("testdata/scripts/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			base := strings.TrimSuffix(path, ".py")
			wantOut, _ := os.ReadFile(base + ".out")
			wantErr, _ := os.ReadFile(base + ".err")
			exitText, err := os.ReadFile(base + ".exit")
			if err != nil {
				t.Fatal(err)
			}
			wantExit, _ := strconv.Atoi(strings.TrimSpace(string(exitText)))
			var stdout, stderr bytes.Buffer
			code := RunMain(name+".py", src, &stdout, &stderr)
			if got := stdout.String(); got != string(wantOut) {
				t.Errorf("stdout:\n%s\nwant:\n%s", got, wantOut)
			}
			if got := stderr.String(); got != string(wantErr) {
				t.Errorf("stderr:\n%s\nwant:\n%s", got, wantErr)
			}
			if code != wantExit {
				t.Errorf("exit code %d, want %d", code, wantExit)
			}
		})
	}
}
