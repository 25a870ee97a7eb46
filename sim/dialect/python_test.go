package script

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/futurescope/futurescope/internal/cpythontest"
)

// TestPythonAgrees runs the script test chunks (script_test.go) in CPython
// too, where python3 exists: a chunk must print what its "#>" comments say
// and fail, if it has an "# error:" comment, at that line. This keeps the
// test scripts, and so the dialect, honest Python. Chunks marked
// "# nopython" (unsupported Python, host-only behaviour) are skipped.
func TestPythonAgrees(t *testing.T) {
	python := cpythontest.Find(t, "the script test chunks (their fixed expectations still ran in TestScripts)").Path
	var chunks []chunk
	var inputs []pyChunk
	for _, c := range testChunks(t) {
		if !c.noPython {
			chunks = append(chunks, c)
			inputs = append(inputs, pyChunk{Name: filepath.Base(c.file), Src: string(c.src)})
		}
	}
	results := runPython(t, python, inputs)
	for i, c := range chunks {
		name := filepath.Base(c.file) + ":" + strconv.Itoa(c.first)
		got := results[i]
		if got.Out != c.output {
			t.Errorf("%s: CPython printed:\n%s\nwant:\n%s", name, got.Out, c.output)
		}
		if got.ErrLine != c.errLine {
			t.Errorf("%s: CPython error at line %d (%s), want line %d", name, got.ErrLine, got.Err, c.errLine)
		}
	}
}

// pyChunk is one chunk sent to the CPython driver.
type pyChunk struct {
	Name string `json:"name"`
	Src  string `json:"src"`
}

// pyResult is what CPython made of a chunk.
type pyResult struct {
	Out     string `json:"out"`
	Err     string `json:"err"`
	ErrLine int    `json:"err_line"`
}

// pyDriver runs each chunk as a __main__ module and reports its output and
// the line of its error in the chunk's own file.
const pyDriver = `
import contextlib, io, json, sys, traceback
sys.path.insert(0, sys.argv[1])
results = []
for c in json.load(sys.stdin):
    out = io.StringIO()
    err, line = "", 0
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(c["src"], c["name"], "exec"), {"__name__": "__main__"})
    except BaseException as e:
        err = "%s: %s" % (type(e).__name__, e)
        for fr in traceback.extract_tb(e.__traceback__):
            if fr.filename == c["name"]:
                line = fr.lineno
    results.append({"out": out.getvalue(), "err": err, "err_line": line})
json.dump(results, sys.stdout)
`

// runPython runs the chunks in one CPython process.
func runPython(t *testing.T, python string, chunks []pyChunk) []pyResult {
	in, err := json.Marshal(chunks)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, "-c", pyDriver, filepath.Join("testdata", "pylib"))
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	var results []pyResult
	if err := json.Unmarshal(out, &results); err != nil || len(results) != len(chunks) {
		t.Fatalf("python3: bad output (%v): %s", err, out)
	}
	return results
}
