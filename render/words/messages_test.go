package words

import "testing"

// TestMessageIn reads futurescope's messages in Chinese line by line: each known line in Chinese,
// the names inside it (threads, processes, Python's calls) as they are, an unknown line unchanged,
// and English as it came.
func TestMessageIn(t *testing.T) {
	tests := []struct{ en, zh string }{
		{"futurescope: deadlock: no thread can run and no timer is pending\n  MainThread [line 8] waits in result() for future 1\n" +
			"  Thread-1 (worker) (SpawnProcess-1) [line 3] waits to join Thread-2 (f)\n(Python would hang here forever.)\n",
			"futurescope：死锁：没有线程能运行，也没有待触发的定时器\n  MainThread [第 8 行] 在 result() 中等待 future 1\n" +
				"  Thread-1 (worker) (SpawnProcess-1) [第 3 行] 等待线程 Thread-2 (f) 结束（join）\n（真实的 Python 会永远卡在这里。）\n"},
		{"limit: the script used up its CPU budget (100 interpreter steps, 300ns of CPU) at t=1.5s: a loop that never ends?\nstill running:\n  MainThread [line 3] is running",
			"达到限制：脚本在 t=1.5s 用完了它的 CPU 预算（100 步解释器指令，300ns 的 CPU 时间）：是不是有个永远不会结束的循环？\n仍在运行：\n  MainThread [第 3 行] 正在运行"},
		{"limit: virtual time limit 1m0s reached\nstill running:\n  MainThread [line 3] waits in sleep\n  worker waits in lock (4)\n  QueueFeederThread is running (on CPU)",
			"达到限制：虚拟时间到了上限 1m0s\n仍在运行：\n  MainThread [第 3 行] 在 sleep 中等待\n  worker 在 lock（4）中等待\n  QueueFeederThread 正在运行（占用 CPU）"},
		{"limit: more than 10000 threads", "达到限制：线程超过了 10000 个"},
		{"limit: more than 1000000 futures", "达到限制：future 超过了 1000000 个"},
		{"limit: more than 50 trace events", "达到限制：跟踪事件超过了 50 个"},
		{"limit: the script printed more than 1048576 bytes", "达到限制：脚本打印的内容超过了 1048576 字节"},
		{"the run was cancelled at t=2s", "运行在 t=2s 被取消"},
		{"something futurescope never says", "something futurescope never says"},
		{"  MainThread [line 2] juggles", "  MainThread [line 2] juggles"},
		{"ThreadPoolExecutor-0_0 waits in result() for future 2", "ThreadPoolExecutor-0_0 在 result() 中等待 future 2"},
		{"ValueError: the pump is running late", "ValueError: the pump is running late"},
	}
	for _, tt := range tests {
		if got := MessageIn(tt.en, "zh"); got != tt.zh {
			t.Errorf("MessageIn(%q, zh)\n got %q\nwant %q", tt.en, got, tt.zh)
		}
		if got := MessageIn(tt.en, "en"); got != tt.en {
			t.Errorf("MessageIn(%q, en) = %q, want it unchanged", tt.en, got)
		}
	}
}

func TestThreadDoingIn(t *testing.T) {
	for en, zh := range map[string]string{
		"waits in exception() for future 3": "在 exception() 中等待 future 3",
		"waits in queue_get":                "在 queue_get 中等待",
		"sings":                             "sings",
	} {
		if got := ThreadDoingIn(en, "zh"); got != zh {
			t.Errorf("ThreadDoingIn(%q) = %q, want %q", en, got, zh)
		}
	}
}
