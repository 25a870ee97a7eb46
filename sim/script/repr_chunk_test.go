package script

import (
	"strings"
	"testing"

	"github.com/futurescope/futurescope/sim/trace"
)

// A process pool's map with chunksize > 1 sends each chunk's results back as one list: the trace shows
// that list as Python would print it, never a Go value (whose pointers would change from run to run).
func TestChunkResultsInTrace(t *testing.T) {
	src := `from concurrent.futures import ProcessPoolExecutor
def sq(x):
    return x * x
if __name__ == "__main__":
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(sq, range(6), chunksize=3)))
`
	var texts []string
	for range 2 {
		out, _, res := run(t, src)
		if out != "[0, 1, 4, 9, 16, 25]\n" {
			t.Fatalf("stdout %q", out)
		}
		var b strings.Builder
		if err := trace.WriteText(&b, res.Trace); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, b.String())
	}
	if !strings.Contains(texts[0], "[0, 1, 4]") || !strings.Contains(texts[0], "[9, 16, 25]") {
		t.Errorf("the chunks' results are not in the trace as lists:\n%s", texts[0])
	}
	if texts[0] != texts[1] {
		t.Error("two runs of the same script gave different traces")
	}
}
