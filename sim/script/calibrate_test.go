package script

import (
	"bytes"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestStepCostCalibration states DefaultStepCost's calibration, as sim/script's test does for its own:
// the calibration script's CPU-bound functions (sim/script/testdata/calibrate/calibrate.py) take about
// as long in virtual time as CPython took on the stored measurement (cpython.txt there, which names
// its CPython): the geometric mean of the ratios simulated/CPython within 1/1.25 to 1.25, each ratio
// within 1/2 to 2.
func TestStepCostCalibration(t *testing.T) {
	data, err := os.ReadFile("testdata/calibrate/cpython.txt")
	if err != nil {
		t.Fatal(err)
	}
	cpython := timings(string(data))
	src, err := os.ReadFile("testdata/calibrate/calibrate.py")
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	res := Run(Options{Filename: "calibrate.py", Source: src, Stdout: &out, Stderr: &errOut})
	if res.Err != nil {
		t.Fatalf("calibrate.py: %v\n%s", res.Err, errOut.String())
	}
	simulated := timings(out.String())
	logSum := 0.0
	for name, want := range cpython {
		got, ok := simulated[name]
		if !ok {
			t.Fatalf("no time for %s in:\n%s", name, out.String())
		}
		r := got / want
		t.Logf("%s: simulated %.4f s, CPython %.4f s, ratio %.2f", name, got, want, r)
		if r < 0.5 || r > 2 {
			t.Errorf("%s: ratio %.2f outside [0.5, 2]", name, r)
		}
		logSum += math.Log(r)
	}
	if mean := math.Exp(logSum / float64(len(cpython))); mean < 0.8 || mean > 1.25 {
		t.Errorf("geometric mean of the ratios %.2f outside [0.8, 1.25]", mean)
	}
}

// timings reads "name seconds" lines.
func timings(s string) map[string]float64 {
	out := map[string]float64{}
	for _, line := range strings.Split(s, "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && !strings.HasPrefix(line, "#") {
			if v, err := strconv.ParseFloat(f[1], 64); err == nil {
				out[f[0]] = v
			}
		}
	}
	return out
}
