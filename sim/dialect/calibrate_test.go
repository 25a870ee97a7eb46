package script_test

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/internal/cpythontest"
	"github.com/futurescope/futurescope/sim/dialect"
)

// updateCalibration makes TestStepCostCalibration measure CPython again (python3, best of
// calibrationRuns runs of testdata/calibrate/calibrate.py) and write testdata/calibrate/cpython.txt.
// Measure on an idle machine: the best of several runs discounts load, not a slower CPU.
var updateCalibration = flag.Bool("update-calibration", false, "measure python3 on testdata/calibrate/calibrate.py and rewrite testdata/calibrate/cpython.txt")

const (
	calibrationScript = "../script/testdata/calibrate/calibrate.py"
	calibrationFile   = "../script/testdata/calibrate/cpython.txt"
	calibrationRuns   = 9
)

// TestStepCostCalibration states DefaultStepCost's calibration: the calibration script's functions
// (CPU-bound loops: arithmetic, trial division, a sum) take about as long in virtual time as CPython
// takes on the stored measurement (testdata/calibrate/cpython.txt, which names its CPython). The
// geometric mean of the ratios simulated/CPython stays within 1/1.25 to 1.25, and each ratio within 1/2
// to 2: a step cost 50% higher or lower fails.
func TestStepCostCalibration(t *testing.T) {
	if *updateCalibration {
		writeCalibration(t)
	}
	data, err := os.ReadFile(calibrationFile)
	if err != nil {
		t.Fatalf("%v (go test ./sim/script -run StepCostCalibration -update-calibration measures python3)", err)
	}
	header, cpython := parseTimings(t, string(data))
	if !strings.HasPrefix(header, "# CPython 3.") {
		t.Errorf("%s: first line %q does not name the CPython that was measured", calibrationFile, header)
	}
	src, err := os.ReadFile(calibrationScript)
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	res := script.Run(script.Options{Filename: "calibrate.py", Source: src, Stdout: &out, Stderr: &errOut})
	if res.Err != nil {
		t.Fatalf("calibrate.py: %v\n%s", res.Err, errOut.String())
	}
	_, simulated := parseTimings(t, out.String())
	logSum := 0.0
	for name, py := range cpython {
		sim, ok := simulated[name]
		if !ok {
			t.Fatalf("the simulator's run of calibrate.py printed no time for %s:\n%s", name, out.String())
		}
		ratio := sim / py
		t.Logf("%-5s CPython %.4f s, simulated %.4f s: ratio %.2f", name, py, sim, ratio)
		if ratio < 0.5 || ratio > 2 {
			t.Errorf("%s: simulated %.4f s against CPython's %.4f s: ratio %.2f, outside 0.5 to 2", name, sim, py, ratio)
		}
		logSum += math.Log(ratio)
	}
	if len(cpython) < 3 {
		t.Fatalf("%s holds %d timings, want the 3 functions of calibrate.py", calibrationFile, len(cpython))
	}
	if mean := math.Exp(logSum / float64(len(cpython))); mean < 1/1.25 || mean > 1.25 {
		t.Errorf("geometric mean of the ratios simulated/CPython is %.2f, outside 0.8 to 1.25: DefaultStepCost (%v) is off its calibration against %s",
			mean, script.DefaultStepCost, strings.TrimPrefix(header, "# "))
	}
}

// parseTimings reads lines "name seconds" (calibrate.py's output); a first line starting with # is
// returned as the header.
func parseTimings(t *testing.T, text string) (header string, times map[string]float64) {
	t.Helper()
	times = map[string]float64{}
	for _, l := range strings.Split(strings.TrimSpace(text), "\n") {
		if strings.HasPrefix(l, "#") {
			if header == "" {
				header = l
			}
			continue
		}
		f := strings.Fields(l)
		if len(f) != 2 {
			t.Fatalf("timing line %q: want \"name seconds\"", l)
		}
		s, err := strconv.ParseFloat(f[1], 64)
		if err != nil || s <= 0 {
			t.Fatalf("timing line %q: %v", l, err)
		}
		times[f[0]] = s
	}
	return header, times
}

// writeCalibration measures python3 on the calibration script, keeping each function's best time of
// calibrationRuns runs, and writes calibrationFile with a header naming the CPython.
func writeCalibration(t *testing.T) {
	py := cpythontest.Find(t, "the step cost's calibration")
	best := map[string]float64{}
	var names []string
	for range calibrationRuns {
		out, err := exec.Command(py.Path, calibrationScript).Output()
		if err != nil {
			t.Fatalf("%s %s: %v", py.Path, calibrationScript, err)
		}
		_, times := parseTimings(t, string(out))
		for name, s := range times {
			if b, ok := best[name]; !ok || s < b {
				if !ok {
					names = append(names, name)
				}
				best[name] = s
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# CPython %s (python3 %s, best of %d runs), written by go test ./sim/script -run StepCostCalibration -update-calibration\n",
		py.Version(), calibrationScript, calibrationRuns)
	for _, name := range []string{"work", "gcd", "burn"} {
		if s, ok := best[name]; ok {
			fmt.Fprintf(&b, "%s %.4f\n", name, s)
		}
	}
	if len(names) != 3 {
		t.Fatalf("calibrate.py printed %v, want work, gcd and burn", names)
	}
	if err := os.WriteFile(calibrationFile, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
