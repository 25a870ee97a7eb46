package script

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/sim/trace"
)

var updateDeterminism = flag.Bool("update-determinism", false, "rewrite testdata/determinism/*.golden with what the scripts do now (natively)")

// determinismCases are the scripts whose every run, native or WebAssembly, must print the same and
// record the same trace: threads and the GIL, a thread pool with callbacks, as_completed, a process
// pool with pickling errors, random, reprs with addresses, a race that loses updates, a cancelled
// run and a runaway one.
func determinismCases(t *testing.T) map[string]Options {
	cases := map[string]Options{
		"mixed": {Source: []byte(determinismScript)},
		"race": {Source: []byte("import threading\nn = 0\ndef bump():\n    global n\n    for _ in range(60000):\n        n += 1\n" +
			"ts = [threading.Thread(target=bump) for _ in range(4)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint(n)\n")},
		"runaway": {Source: []byte("import threading\ndef spin():\n    x = 0\n    while True:\n        x += 1\n" +
			"threading.Thread(target=spin).start()\nspin()\n"), MaxSteps: 500_000},
		"error": {Source: []byte("from concurrent.futures import ProcessPoolExecutor\ndef f(x):\n    return 1 / x\n" +
			"if __name__ == '__main__':\n    with ProcessPoolExecutor(2) as ex:\n        print(list(ex.map(f, [1, 2, 0])))\n")},
	}
	for _, name := range []string{"futures_api", "queues", "barrier"} {
		src, err := os.ReadFile(filepath.Join("testdata", "scripts", name+".py"))
		if err != nil {
			t.Fatal(err)
		}
		cases[name] = Options{Source: src}
	}
	return cases
}

// TestDeterminismGolden runs each of determinismCases and compares its output, its report and a hash
// of its trace with testdata/determinism/NAME.golden, which a native run wrote: run under node
// (make wasm-check), it holds WebAssembly to the native runs.
func TestDeterminismGolden(t *testing.T) {
	for name, opts := range determinismCases(t) {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			opts.Filename, opts.Stdout, opts.Stderr = name+".py", &out, &out
			res := Run(opts)
			var tr bytes.Buffer
			if err := trace.Encode(&tr, res.Trace); err != nil {
				t.Fatal(err)
			}
			kind := ""
			if res.Report != nil {
				kind = string(res.Report.Kind) + " line " + fmt.Sprint(res.Report.Line)
			}
			got := fmt.Sprintf("exit %d\nreport %s\nevents %d\ntrace sha256 %x\n-- output --\n%s", res.ExitCode, kind,
				res.Trace.Len(), sha256.Sum256(tr.Bytes()), out.String())
			file := filepath.Join("testdata", "determinism", name+".golden")
			if *updateDeterminism {
				if goruntime.GOARCH == "wasm" {
					t.Fatal("-update-determinism: write the goldens natively")
				}
				if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (go test ./sim/script -run DeterminismGolden -update-determinism writes it)", err)
			}
			if got != string(want) {
				dump := filepath.Join(t.TempDir(), name+".trace.json")
				_ = os.WriteFile(dump, tr.Bytes(), 0o644)
				t.Errorf("on %s/%s the run differs from the golden (trace in %s):\n%s\nwant:\n%s", goruntime.GOOS, goruntime.GOARCH, dump,
					firstLines(got, 6), firstLines(string(want), 6))
			}
		})
	}
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	return strings.Join(lines[:min(n, len(lines))], "\n")
}
