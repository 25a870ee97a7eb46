package script

import "testing"

// When the main thread has done its exit work, the interpreter exits: a daemon thread still sleeping
// or spinning is abandoned where it is, as CPython abandons it, and the run ends without an error.
// The spinning thread also shows that a loop of one line (while True: pass) hands the GIL over at its
// jump back, so the main thread gets to print.
func TestDaemonThreadsAbandonedAtExit(t *testing.T) {
	for name, body := range map[string]string{
		"sleeping": "time.sleep(100)\n    print('never')",
		"spinning": "while True: pass",
	} {
		t.Run(name, func(t *testing.T) {
			src := "import threading, time\ndef work():\n    " + body + "\n" +
				"t = threading.Thread(target=work, daemon=True)\nt.start()\ntime.sleep(0.01)\nprint('main ends')\n"
			out, errOut, res := run(t, src)
			if res.Err != nil || res.ExitCode != 0 {
				t.Fatalf("the run failed: %v (exit %d)\n%s", res.Err, res.ExitCode, errOut)
			}
			if out != "main ends\n" {
				t.Errorf("stdout %q, want %q", out, "main ends\n")
			}
			if end := res.Trace.At(res.Trace.Len() - 1).Time; end > 25e6 { // 10 ms of sleep and two switch intervals
				t.Errorf("the run went on to t=%v after the main thread ended (about 20 ms)", end)
			}
		})
	}
}

// A non-daemon thread is joined at exit: its output comes after the main module's.
func TestNonDaemonThreadJoinedAtExit(t *testing.T) {
	src := "import threading, time\ndef work():\n    time.sleep(0.5)\n    print('worker done')\n" +
		"threading.Thread(target=work).start()\nprint('main ends')\n"
	out, errOut, res := run(t, src)
	if res.Err != nil {
		t.Fatalf("%v\n%s", res.Err, errOut)
	}
	if out != "main ends\nworker done\n" {
		t.Errorf("stdout %q", out)
	}
}
