package script

import (
	"strings"

	"github.com/futurescope/futurescope/render/words"
)

// TextIn returns the report as a person reads it in lang. For "en" (and any language but "zh") it is
// Text, byte for byte what the CLI prints. For "zh", futurescope's own messages (a deadlock, a limit,
// a cancel, and what each thread was doing) are in Chinese, while Python's own (a traceback, an
// exception's text) stay exactly as CPython prints them, followed by one line in Chinese for each
// common exception of the chain that says what it means (render/words' Explain).
func (r *Report) TextIn(lang string) string {
	if lang != "zh" {
		return r.Text
	}
	switch r.Kind {
	case KindDeadlock, KindLimit, KindCancelled:
		return words.MessageIn(r.Text, lang)
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
	case KindDeadlock, KindCancelled:
		return words.MessageIn(r.Message, lang)
	case KindLimit: // the limit's error, as sim writes it (LimitError.Error)
		return words.MessageIn("limit: "+r.Message, lang)
	}
	return r.Message
}

// explanations are the lines that say, in lang, what each exception of the chain means, the one that
// ended the run last; "" when none is a common one.
func (r *Report) explanations(lang string) string {
	var b strings.Builder
	seen := map[string]bool{}
	for _, ex := range r.Exceptions {
		e := words.Explain(ex.Type, lang)
		if e == "" || seen[ex.Type] {
			continue
		}
		seen[ex.Type] = true
		b.WriteString(explainPrefix + words.ShortType(ex.Type) + "：" + e + "\n")
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
		who += " " + words.LineTagIn(th.Line, lang)
	}
	return who
}

// StateIn says in lang what the thread was doing: State itself in English; in Chinese
// "在 result() 中等待 future 2", "正在运行（占用 CPU）" (State when futurescope does not know it).
func (th ThreadReport) StateIn(lang string) string { return words.ThreadDoingIn(th.State, lang) }
