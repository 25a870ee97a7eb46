package main

import (
	"os"
	"path/filepath"
	"testing"
)

// lazyJobs is real Python (a class, f-strings, try/except) whose enumerate(as_completed(...)) must print
// each line at the moment its future completes.
const lazyJobs = `import time
from concurrent.futures import ThreadPoolExecutor, as_completed

class Job:
    def __init__(self, n):
        self.n = n
    def __call__(self):
        time.sleep(self.n / 10)
        if self.n == 2:
            raise ValueError(f"job {self.n} failed")
        return self.n * self.n

with ThreadPoolExecutor(max_workers=3) as ex:
    fs = {ex.submit(Job(n)): n for n in (3, 1, 2)}
    for i, f in enumerate(as_completed(fs)):
        try:
            print(f"{i}: job {fs[f]} -> {f.result()!r:>3}")
        except ValueError as exc:
            print(f"{i}: job {fs[f]} raised {exc!r}")
`

func TestRunPythonRunsRealPythonLazily(t *testing.T) {
	code, out, errOut := cli(t, lazyJobs, "run", "--timestamps", "-")
	want := "[ 0.100000 MainThread] 0: job 1 ->   1\n" +
		"[ 0.200000 MainThread] 1: job 2 raised ValueError('job 2 failed')\n" +
		"[ 0.300000 MainThread] 2: job 3 ->   9\n"
	if code != 0 || out != want || errOut != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q; want stdout %q", code, out, errOut, want)
	}
	// --python, the flag of the preview, still means the same.
	if code, again, _ := cli(t, lazyJobs, "run", "--python", "--timestamps", "-"); code != 0 || again != out {
		t.Errorf("with --python: exit %d, stdout %q", code, again)
	}
}

func TestRunPythonTraceback(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "boom.py")
	os.WriteFile(path, []byte("def f(d):\n    return d['missing']\n\nf({})\n"), 0o644)
	code, out, errOut := cli(t, "", "run", path)
	want := "Traceback (most recent call last):\n" +
		"  File \"" + path + "\", line 4, in <module>\n    f({})\n    ~^^^^\n" +
		"  File \"" + path + "\", line 2, in f\n    return d['missing']\n           ~^^^^^^^^^^^\n" +
		"KeyError: 'missing'\n"
	if code != 1 || out != "" || errOut != want {
		t.Fatalf("exit %d, stdout %q, stderr:\n%s\nwant:\n%s", code, out, errOut, want)
	}
}
