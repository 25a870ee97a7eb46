package script

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// englishWords are the words of futurescope's English reports that a Chinese one must not keep.
var englishWords = regexp.MustCompile(`deadlock|limit|still running|waits|is running|\[line|hang|cancelled at|budget|printed more|more than`)

// TestReportInChinese runs a script into each way futurescope ends a run itself (a deadlock, each
// limit a script can reach, a cancel) and reads its report in both languages: the English is the
// CLI's text byte for byte; the Chinese has none of its English words, keeps the numbers and
// threads, and marks the same lines.
func TestReportInChinese(t *testing.T) {
	closed := make(chan struct{})
	close(closed)
	tests := []struct {
		name, src string
		opts      Options
		want      []string // in the Chinese text
	}{
		{"deadlock", "from concurrent.futures import ThreadPoolExecutor\npool = ThreadPoolExecutor(max_workers=1)\n" +
			"def outer():\n    return pool.submit(pow, 2, 10).result()\nprint(pool.submit(outer).result())\n", Options{},
			[]string{"futurescope：死锁：没有线程能运行", "MainThread [第 5 行] 在 result() 中等待 future 1",
				"ThreadPoolExecutor-0_0 [第 4 行] 在 result() 中等待 future 2", "真实的 Python 会永远卡在这里"}},
		{"steps", "n = 0\nwhile True:\n    n += 1\n", Options{MaxSteps: 1_000_000},
			[]string{"达到限制：脚本在 t=", "用完了它的 CPU 预算（1000000 步解释器指令", "永远不会结束的循环", "仍在运行：\n  MainThread [第 3 行] 正在运行"}},
		{"time", "import time\nwhile True:\n    time.sleep(1)\n", Options{TimeLimit: 5 * time.Second},
			[]string{"达到限制：虚拟时间到了上限 5s", "MainThread [第 3 行] 在 sleep 中等待"}},
		{"output", "while True:\n    print('x' * 100)\n", Options{MaxOutput: 1000},
			[]string{"达到限制：脚本打印的内容超过了 1000 字节"}},
		{"events", "for i in range(100):\n    print(i)\n", Options{MaxEvents: 50},
			[]string{"达到限制：跟踪事件超过了 50 个"}},
		{"join", "import threading, time\nt = threading.Thread(target=time.sleep, args=(100,))\nt.start()\nt.join()\n",
			Options{TimeLimit: time.Second}, []string{"MainThread [第 4 行] 等待线程 Thread-1 (sleep) 结束（join）"}},
		{"cancelled", "while True:\n    pass\n", Options{Cancel: closed}, []string{"futurescope：运行在 t=0s 被取消"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errOut, res := runOpts(t, tt.src, tt.opts)
			r := res.Report
			if r == nil {
				t.Fatalf("no report; stderr %q", errOut)
			}
			if got := r.TextIn("en"); got != errOut || got != r.Text {
				t.Errorf("English report %q, want the CLI's %q", got, errOut)
			}
			zh := r.TextIn("zh")
			if m := englishWords.FindString(zh); m != "" {
				t.Errorf("the Chinese report keeps %q:\n%s", m, zh)
			}
			if m := englishWords.FindString(r.MessageIn("zh")); m != "" {
				t.Errorf("the Chinese message %q keeps %q", r.MessageIn("zh"), m)
			}
			for _, w := range tt.want {
				if !strings.Contains(zh, w) {
					t.Errorf("the Chinese report lacks %q:\n%s", w, zh)
				}
			}
		})
	}
}

// TestReportExplains checks that a Chinese report keeps Python's traceback as CPython prints it and
// adds a line in Chinese for each common exception of the chain, after it.
func TestReportExplains(t *testing.T) {
	tests := []struct {
		name, src string
		explained []string // the exceptions explained, in order
	}{
		{"zero", "print(1 / 0)\n", []string{"ZeroDivisionError"}},
		{"key then name", "try:\n    {}['a']\nexcept KeyError:\n    nosuch\n", []string{"KeyError", "NameError"}},
		{"timeout", "from concurrent.futures import ThreadPoolExecutor\nimport time\nwith ThreadPoolExecutor() as ex:\n" +
			"    ex.submit(time.sleep, 5).result(timeout=1)\n", []string{"TimeoutError"}},
		{"cancelled", "from concurrent.futures import ThreadPoolExecutor\nimport time\nwith ThreadPoolExecutor(1) as ex:\n" +
			"    ex.submit(time.sleep, 1)\n    f = ex.submit(print)\n    f.cancel()\n    f.result()\n", []string{"CancelledError"}},
		{"recursion", "def f():\n    return f()\nf()\n", []string{"RecursionError"}},
		{"syntax", "if True\n    pass\n", []string{"SyntaxError"}},
		{"unknown", "class Mine(Exception): pass\nraise Mine('x')\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errOut, res := runOpts(t, tt.src, Options{})
			r := res.Report
			if r == nil {
				t.Fatalf("no report; stderr %q", errOut)
			}
			zh := r.TextIn("zh")
			if !strings.HasPrefix(zh, errOut) || r.TextIn("en") != errOut {
				t.Fatalf("the Chinese report does not start with Python's traceback %q:\n%s", errOut, zh)
			}
			var got []string
			for _, line := range strings.Split(strings.TrimSuffix(strings.TrimPrefix(zh, errOut), "\n"), "\n") {
				if typ, ok := strings.CutPrefix(line, explainPrefix); ok {
					typ, _, _ = strings.Cut(typ, "：")
					got = append(got, typ)
				} else if line != "" {
					t.Errorf("after the traceback, a line that explains nothing: %q", line)
				}
			}
			if strings.Join(got, " ") != strings.Join(tt.explained, " ") {
				t.Errorf("explained %q, want %q:\n%s", got, tt.explained, zh)
			}
			if r.MessageIn("zh") != r.Message {
				t.Errorf("the Chinese message %q, want Python's %q", r.MessageIn("zh"), r.Message)
			}
		})
	}
}
