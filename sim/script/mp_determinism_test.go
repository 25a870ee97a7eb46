package script

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/sim/trace"
)

// mpRun runs a script of testdata/scripts and returns its stdout and encoded trace.
func mpRun(t *testing.T, file string) ([]byte, []byte, *Result) {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	res := Run(Options{Filename: filepath.Base(file), Source: src, Stdout: &out, Stderr: &errOut})
	var b bytes.Buffer
	if err := trace.Encode(&b, res.Trace); err != nil {
		t.Fatal(err)
	}
	return out.Bytes(), b.Bytes(), res
}

// TestProcessScriptsDeterministic runs every multiprocessing, signal and pickle script twice: the
// same output and a byte-identical trace, processes, managers and pools included.
func TestProcessScriptsDeterministic(t *testing.T) {
	files, _ := filepath.Glob("testdata/scripts/*.py")
	n := 0
	for _, file := range files {
		base := filepath.Base(file)
		if !strings.HasPrefix(base, "mp_") && !strings.HasPrefix(base, "signal_") && !strings.HasPrefix(base, "pickle_") {
			continue
		}
		n++
		t.Run(strings.TrimSuffix(base, ".py"), func(t *testing.T) {
			out1, tr1, _ := mpRun(t, file)
			out2, tr2, _ := mpRun(t, file)
			if !bytes.Equal(out1, out2) || !bytes.Equal(tr1, tr2) {
				t.Errorf("two runs differ: outputs equal %v, traces equal %v (%d and %d bytes)", bytes.Equal(out1, out2), bytes.Equal(tr1, tr2), len(tr1), len(tr2))
			}
		})
	}
	if n < 30 {
		t.Errorf("%d process scripts, want at least 30", n)
	}
}

// TestProcessesOnTheTimeline checks that a Manager's server and a pool's workers are processes of
// the trace, named as CPython names them, and that they all exit.
func TestProcessesOnTheTimeline(t *testing.T) {
	for _, tc := range []struct {
		file  string
		names []string
	}{
		{"mp_manager_event_stop", []string{"MainProcess", "SyncManager-1", "SpawnProcess-2", "SpawnProcess-3"}},
		{"mp_pool_worker_names", []string{"MainProcess", "SpawnPoolWorker-1", "SpawnPoolWorker-2", "SpawnPoolWorker-3",
			"ForkPoolWorker-4", "ForkPoolWorker-5", "ForkPoolWorker-6"}},
		{"mp_process_names", []string{"MainProcess"}},
		{"mp_process_terminate", []string{"MainProcess", "SpawnProcess-1", "SpawnProcess-2"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			_, _, res := mpRun(t, "testdata/scripts/"+tc.file+".py")
			var names []string
			exits := map[int]string{}
			for _, e := range res.Trace.Events() {
				switch e.Kind {
				case trace.ProcessStart:
					names = append(names, e.Name)
				case trace.ProcessExit:
					exits[e.Process] = e.Value
				}
			}
			if !reflect.DeepEqual(names, tc.names) {
				t.Errorf("processes %q, want %q", names, tc.names)
			}
			if len(exits) != len(tc.names) {
				t.Errorf("%d of %d processes exited", len(exits), len(tc.names))
			}
			if tc.file == "mp_process_terminate" && (exits[2] != "-15" || exits[3] != "-9") {
				t.Errorf("exit codes %v, want -15 (terminate) and -9 (kill)", exits)
			}
		})
	}
}
