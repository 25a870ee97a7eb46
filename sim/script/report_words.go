package script

import (
	"regexp"
	"strconv"
	"strings"
)

// TextIn returns the report as a person reads it in lang. For "en" (and any language but "zh") it is
// Text, byte for byte what the CLI prints. For "zh", futurescope's own messages (a deadlock, a limit,
// a cancel, and what each thread was doing) are in Chinese, while Python's own (a traceback, an
// exception's text) stay exactly as CPython prints them, followed by one line in Chinese for each
// common exception of the chain that says what it means (see Explain).
func (r *Report) TextIn(lang string) string {
	if lang != "zh" {
		return r.Text
	}
	switch r.Kind {
	case KindDeadlock:
		return "futurescope：" + r.MessageIn(lang) + "\n" + r.threadLines(lang, "") + "（真实的 Python 会永远卡在这里。）\n"
	case KindLimit, KindCancelled:
		return "futurescope：" + r.MessageIn(lang) + "\n" + r.threadLines(lang, "仍在运行：\n")
	case KindException, KindSyntax:
		return r.Text + r.explanations(lang)
	}
	return r.Text
}

// MessageIn returns Message in lang: for "zh", a deadlock's, a limit's or a cancel's in Chinese
// (unchanged when futurescope does not know the message); an exception's stays as Python wrote it.
func (r *Report) MessageIn(lang string) string {
	if lang != "zh" {
		return r.Message
	}
	switch r.Kind {
	case KindDeadlock:
		return "死锁：没有线程能运行，也没有待触发的定时器"
	case KindLimit:
		if zh, ok := limitZh(r.Message); ok {
			return "达到限制：" + zh
		}
	case KindCancelled:
		if zh, ok := limitZh(r.Message); ok {
			return zh
		}
	}
	return r.Message
}

// threadLines lists the report's threads, one an indented line, under heading when there are any.
func (r *Report) threadLines(lang, heading string) string {
	if len(r.Threads) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(heading)
	for _, th := range r.Threads {
		b.WriteString("  " + th.WhoIn(lang) + " " + th.StateIn(lang) + "\n")
	}
	return b.String()
}

// explanations are the lines that say, in lang, what each exception of the chain means, the one that
// ended the run last; "" when none is a common one.
func (r *Report) explanations(lang string) string {
	var b strings.Builder
	seen := map[string]bool{}
	for _, ex := range r.Exceptions {
		e := Explain(ex.Type, lang)
		if e == "" || seen[ex.Type] {
			continue
		}
		seen[ex.Type] = true
		b.WriteString(explainPrefix + shortType(ex.Type) + "：" + e + "\n")
	}
	return b.String()
}

// explainPrefix starts each line of a Chinese report that explains an exception, so that a reader
// (and a page) tells it from Python's own lines.
const explainPrefix = "说明 "

// WhoIn names the thread as a report does in lang: "MainThread [line 8]", "worker (Process-1)
// [line 7]"; in Chinese "MainThread [第 8 行]".
func (th ThreadReport) WhoIn(lang string) string {
	who := th.Name
	if th.Process != "" && th.Process != "MainProcess" {
		who += " (" + th.Process + ")"
	}
	if th.Line > 0 {
		if lang == "zh" {
			who += " [第 " + strconv.Itoa(th.Line) + " 行]"
		} else {
			who += " [line " + strconv.Itoa(th.Line) + "]"
		}
	}
	return who
}

// StateIn says in lang what the thread was doing: State itself in English; in Chinese
// "在 result() 中等待 future 2", "正在运行（占用 CPU）" (State when futurescope does not know it).
func (th ThreadReport) StateIn(lang string) string {
	if lang != "zh" {
		return th.State
	}
	for _, p := range stateZh {
		if m := p.re.FindStringSubmatch(th.State); m != nil {
			return fillGroups(p.zh, m)
		}
	}
	return th.State
}

// A pattern is one of futurescope's English sentences and its Chinese, which writes the sentence's
// groups as $1, $2, ....
type pattern struct {
	re *regexp.Regexp
	zh string
}

// limitZh returns the Chinese of a limit's or a cancel's first line, as sim and this package write it.
func limitZh(msg string) (string, bool) {
	for _, p := range limitsZh {
		if m := p.re.FindStringSubmatch(msg); m != nil {
			return fillGroups(p.zh, m), true
		}
	}
	return msg, false
}

// fillGroups writes the groups of m into tmpl's $1 … $9.
func fillGroups(tmpl string, m []string) string {
	for i := len(m) - 1; i >= 1; i-- {
		tmpl = strings.ReplaceAll(tmpl, "$"+strconv.Itoa(i), m[i])
	}
	return tmpl
}

// limitsZh are the first lines of the limits' and the cancel's messages (sim.LimitError.Msg), in
// Chinese. A test runs a script into each and checks that its message is here.
var limitsZh = []pattern{
	{regexp.MustCompile(`^the script used up its CPU budget \((\d+) interpreter steps, (\S+) of CPU\) at t=(\S+): a loop that never ends\?$`),
		"脚本在 t=$3 用完了它的 CPU 预算（$1 步解释器指令，$2 的 CPU 时间）：是不是有个永远不会结束的循环？"},
	{regexp.MustCompile(`^virtual time limit (\S+) reached$`), "虚拟时间到了上限 $1"},
	{regexp.MustCompile(`^the script printed more than (\d+) bytes$`), "脚本打印的内容超过了 $1 字节"},
	{regexp.MustCompile(`^more than (\d+) threads$`), "线程超过了 $1 个"},
	{regexp.MustCompile(`^more than (\d+) futures$`), "future 超过了 $1 个"},
	{regexp.MustCompile(`^more than (\d+) trace events$`), "跟踪事件超过了 $1 个"},
	{regexp.MustCompile(`^the run was cancelled at t=(\S+)$`), "运行在 t=$1 被取消"},
}

// stateZh are what a thread was doing (sim.ThreadState.Doing), in Chinese.
var stateZh = []pattern{
	{regexp.MustCompile(`^is running \(on CPU\)$`), "正在运行（占用 CPU）"},
	{regexp.MustCompile(`^is running$`), "正在运行"},
	{regexp.MustCompile(`^waits in (\w+)\(\) for future (\d+)$`), "在 $1() 中等待 future $2"},
	{regexp.MustCompile(`^waits to join (.+)$`), "等待线程 $1 结束（join）"},
	{regexp.MustCompile(`^waits in (\S+) \((\d+)\)$`), "在 $1（$2）中等待"},
	{regexp.MustCompile(`^waits in (\S+)$`), "在 $1 中等待"},
}
