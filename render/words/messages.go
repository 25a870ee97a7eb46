package words

import (
	"regexp"
	"strconv"
	"strings"
)

// MessageIn returns one of futurescope's own messages in lang, line by line: a deadlock's, a limit's
// or a cancel's, as the simulator writes them into the trace's Deadlock and Limit events and into a
// run's report ("futurescope: deadlock: no thread can run and no timer is pending", then a line a
// live thread, "  MainThread [line 8] waits in result() for future 1"). "en" (and any language but
// "zh") returns msg as it is. A mark's message in the editor ("MainThread waits in result() for
// future 1") reads the same way. A line futurescope does not know stays as it is, and so do the names
// inside a line (threads, processes, Python's calls), which a learner finds in the script.
//
// This is the one place these messages are worded in Chinese: sim/script's reports (what the page's
// console and status line show), the viewer and the desktop app read them here.
func MessageIn(msg, lang string) string {
	if lang != "zh" {
		return msg
	}
	lines := strings.Split(msg, "\n")
	for i, l := range lines {
		lines[i] = messageLineZh(l)
	}
	return strings.Join(lines, "\n")
}

// ThreadDoingIn says in lang what a live thread was doing, as the simulator's reports say it after
// the thread's name (sim.ThreadState.Doing): "waits in result() for future 2" is, in Chinese,
// "在 result() 中等待 future 2". An unknown one stays as it is.
func ThreadDoingIn(doing, lang string) string {
	if lang != "zh" {
		return doing
	}
	zh, _ := matchZh(doingZh, doing)
	return zh
}

// LineTagIn is how a report tags a thread with its script line in lang: "[line 8]", "[第 8 行]".
func LineTagIn(n int, lang string) string {
	if lang == "zh" {
		return "[第 " + strconv.Itoa(n) + " 行]"
	}
	return "[line " + strconv.Itoa(n) + "]"
}

// messageLineZh is one line of a message in Chinese.
func messageLineZh(l string) string {
	if rest, ok := strings.CutPrefix(l, "futurescope: "); ok {
		return "futurescope：" + messageLineZh(rest)
	}
	if rest, ok := strings.CutPrefix(l, "limit: "); ok {
		return "达到限制：" + messageLineZh(rest)
	}
	if zh, ok := matchZh(headlinesZh, l); ok {
		return zh
	}
	if m := threadLine.FindStringSubmatch(l); m != nil {
		who := m[2]
		if m[3] != "" {
			n, _ := strconv.Atoi(m[3])
			who += " " + LineTagIn(n, "zh")
		}
		if doing, ok := matchZh(doingZh, m[4]); ok {
			return m[1] + who + " " + doing
		}
	}
	return l
}

// threadLine is a live thread's line in a message (indented) or an editor's mark (not): indent, name
// (and process), line, what it does.
var threadLine = regexp.MustCompile(`^(\s*)(.+?)(?: \[line (\d+)\])? ((?:is running|waits ).*)$`)

// A sentence is one of futurescope's English sentences and its Chinese, which writes the sentence's
// groups as $1, $2, ....
type sentence struct {
	re *regexp.Regexp
	zh string
}

// matchZh returns the Chinese of s by the first sentence it matches, or s and false.
func matchZh(table []sentence, s string) (string, bool) {
	for _, p := range table {
		if m := p.re.FindStringSubmatch(s); m != nil {
			zh := p.zh
			for i := len(m) - 1; i >= 1; i-- {
				zh = strings.ReplaceAll(zh, "$"+strconv.Itoa(i), m[i])
			}
			return zh, true
		}
	}
	return s, false
}

// headlinesZh are the messages' own lines: a deadlock's, each limit's (sim.LimitError.Msg, after
// "limit: "), a cancel's, and the lines around the threads. sim/script's tests run a script into each.
var headlinesZh = []sentence{
	{regexp.MustCompile(`^deadlock: no thread can run and no timer is pending$`), "死锁：没有线程能运行，也没有待触发的定时器"},
	{regexp.MustCompile(`^\(Python would hang here forever\.\)$`), "（真实的 Python 会永远卡在这里。）"},
	{regexp.MustCompile(`^still running:$`), "仍在运行："},
	{regexp.MustCompile(`^the script used up its CPU budget \((\d+) interpreter steps, (\S+) of CPU\) at t=(\S+): a loop that never ends\?$`),
		"脚本在 t=$3 用完了它的 CPU 预算（$1 步解释器指令，$2 的 CPU 时间）：是不是有个永远不会结束的循环？"},
	{regexp.MustCompile(`^virtual time limit (\S+) reached$`), "虚拟时间到了上限 $1"},
	{regexp.MustCompile(`^the script printed more than (\d+) bytes$`), "脚本打印的内容超过了 $1 字节"},
	{regexp.MustCompile(`^more than (\d+) threads$`), "线程超过了 $1 个"},
	{regexp.MustCompile(`^more than (\d+) futures$`), "future 超过了 $1 个"},
	{regexp.MustCompile(`^more than (\d+) trace events$`), "跟踪事件超过了 $1 个"},
	{regexp.MustCompile(`^the run was cancelled at t=(\S+)$`), "运行在 t=$1 被取消"},
}

// doingZh are what a live thread was doing (sim.ThreadState.Doing).
var doingZh = []sentence{
	{regexp.MustCompile(`^is running \(on CPU\)$`), "正在运行（占用 CPU）"},
	{regexp.MustCompile(`^is running$`), "正在运行"},
	{regexp.MustCompile(`^waits in (\w+)\(\) for future (\d+)$`), "在 $1() 中等待 future $2"},
	{regexp.MustCompile(`^waits to join (.+)$`), "等待线程 $1 结束（join）"},
	{regexp.MustCompile(`^waits in (\S+) \((\d+)\)$`), "在 $1（$2）中等待"},
	{regexp.MustCompile(`^waits in (\S+)$`), "在 $1 中等待"},
}
