package script

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Script tests for the dialect, after starlark-go's testdata: each file in
// testdata/*.py is split into chunks at lines reading "# ---", and each
// chunk runs on its own with the fake modules (fakes_test.go). Comments in
// a chunk state what must happen:
//
//	print(1 + 1)  #> 2          the chunk prints the line "2" (in order)
//	import nope   # error: no module named 'nope'
//	                            the chunk fails at this line with an error
//	                            whose text contains the message
//	# nopython                  CPython does not run the chunk (python_test.go)
//
// A chunk keeps its lines' numbers in the file, so errors point at them.

// A chunk is one independently run part of a test file.
type chunk struct {
	file     string // path of the test file
	src      []byte // the file's lines before the chunk blanked, so lines keep their numbers
	first    int    // line of the chunk's first line
	output   string // expected output
	errLine  int    // line of the expected error, or 0
	errText  string // text the error must contain
	noPython bool
}

var (
	outputRE = regexp.MustCompile(`#> ?(.*)$`)
	errorRE  = regexp.MustCompile(`# error: (.*)$`)
)

// readChunks splits a test file into chunks.
func readChunks(t *testing.T, path string) []chunk {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	var chunks []chunk
	c := chunk{file: path, first: 1}
	var body []string
	flush := func(next int) {
		c.src = []byte(strings.Repeat("\n", c.first-1) + strings.Join(body, "\n") + "\n")
		chunks = append(chunks, c)
		c, body = chunk{file: path, first: next}, nil
	}
	for i, line := range lines {
		if strings.TrimSpace(line) == "# ---" {
			flush(i + 2)
			continue
		}
		body = append(body, line)
		if m := outputRE.FindStringSubmatch(line); m != nil {
			c.output += m[1] + "\n"
		}
		if m := errorRE.FindStringSubmatch(line); m != nil {
			c.errLine, c.errText = i+1, m[1]
		}
		if strings.TrimSpace(line) == "# nopython" {
			c.noPython = true
		}
	}
	flush(0)
	return chunks
}

// testChunks returns the chunks of every test file.
func testChunks(t *testing.T) []chunk {
	files, err := filepath.Glob("testdata/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	var all []chunk
	for _, f := range files {
		all = append(all, readChunks(t, f)...)
	}
	return all
}

func TestScripts(t *testing.T) {
	for _, c := range testChunks(t) {
		name := filepath.Base(c.file) + ":" + strconv.Itoa(c.first)
		t.Run(name, func(t *testing.T) {
			filename := filepath.Base(c.file)
			out, err := runScript(filename, c.src)
			if out != c.output {
				t.Errorf("%s: output:\n%s\nwant:\n%s", name, out, c.output)
			}
			switch {
			case err == nil && c.errLine != 0:
				t.Errorf("%s:%d: no error, want %q", filename, c.errLine, c.errText)
			case err != nil && c.errLine == 0:
				t.Errorf("%s: unexpected error: %v", name, err)
			case err != nil:
				if line := errorLine(filename, err); line != c.errLine {
					t.Errorf("%s: error at line %d, want %d: %v", name, line, c.errLine, err)
				}
				if !strings.Contains(err.Error(), c.errText) {
					t.Errorf("%s:%d: error %q does not contain %q", filename, c.errLine, err, c.errText)
				}
			}
		})
	}
}
