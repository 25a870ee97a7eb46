package script

import (
	"strings"
	"testing"
)

// TestWallClockIsVirtual states the simulated wall clock: a run starts at 2024-01-01 00:00:00 UTC
// and the clock advances with virtual time only (sleeps, and the CPU time charged), so time, datetime and logging's asctime print the
// same moments on every run.
func TestWallClockIsVirtual(t *testing.T) {
	src := `import time, datetime, logging, sys
logging.basicConfig(stream=sys.stdout, format="%(asctime)s %(message)s", level=logging.INFO)
print(time.strftime("%Y-%m-%d %H:%M:%S"), datetime.datetime.now().replace(microsecond=0))
time.sleep(1.5)
print(time.strftime("%Y-%m-%d %H:%M:%S %Z"), datetime.datetime.now().isoformat(timespec="milliseconds"), round(time.time() - 1704067200, 3))
logging.info("logged")
time.sleep(50)
print(time.ctime(), datetime.date.today())
`
	out, errOut, res := run(t, src)
	if res.ExitCode != 0 {
		t.Fatalf("exit %d: %s", res.ExitCode, errOut)
	}
	want := `2024-01-01 00:00:00 2024-01-01 00:00:00
2024-01-01 00:00:01 UTC 2024-01-01T00:00:01.500 1.5
2024-01-01 00:00:01,500 logged
Mon Jan  1 00:00:51 2024 2024-01-01
`
	if out != want {
		t.Errorf("printed\n%s\nwant\n%s", out, want)
	}
}

// TestCPUClocks: process_time and thread_time count the virtual CPU time of the instructions run
// (Options.StepCost each): a sleep adds nothing, a loop adds its instructions' cost, and a thread's
// clock counts only its own.
func TestCPUClocks(t *testing.T) {
	src := `import time, threading
a = time.thread_time_ns()
time.sleep(1)
b = time.thread_time_ns()
print("sleep", b - a < 1000)
for i in range(10000):
    pass
c = time.thread_time_ns()
print("loop", c - b > 10000)
own = []
def spin():
    s = time.thread_time_ns()
    for i in range(1000):
        pass
    own.append(time.thread_time_ns() - s)
t = threading.Thread(target=spin)
t.start(); t.join()
print("thread", 0 < own[0] < c - b, time.process_time_ns() > time.thread_time_ns())
`
	out, errOut, res := run(t, src)
	if res.ExitCode != 0 {
		t.Fatalf("exit %d: %s", res.ExitCode, errOut)
	}
	if want := "sleep True\nloop True\nthread True True\n"; out != want {
		t.Errorf("printed\n%s\nwant\n%s", out, want)
	}
	if strings.Contains(errOut, "Error") {
		t.Errorf("stderr: %s", errOut)
	}
}
