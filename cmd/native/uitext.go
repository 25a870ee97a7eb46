package main

import (
	"fmt"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// uiText is what the window itself writes, in one language.
type uiText struct {
	lessons, listKeys         string // the lesson list's title and key hints
	lessonN                   string // the text panel's title, with the lesson's number
	slideN, slideKeys         string // in presenter mode: its title, with the slide's number, and key hints
	predicting, answerKey     string // over a prediction: what it is, and how to reveal it
	question, answer          string // a prediction's question and answer, each with its text
	textKeys                  string // the text panel's key hints
	console, consoleNote      string
	run, shown, busy, running string // a script block's tags, and the timeline's "running" note
	expected                  string // the console's remark after an error the lesson expected
	stopped                   string // the notice after Esc stopped a run
	brokenTitle               string // over the last good run, when the script no longer compiles
	noRunTitle                string // over the timeline, when the script never compiled
	saved, notSaved           string // the notices after an export
	budget                    string // the console's remark after a run used up its CPU budget
	keys                      []viewstate.Binding
}

// uiTexts are the window's words by language ("en", "zh").
var uiTexts = map[string]uiText{
	"en": {
		lessons:     "Lessons",
		listKeys:    "↑↓ or number: choose · Tab: focus · L: 中文 · F: presenter mode",
		lessonN:     "Lesson %d",
		slideN:      "Lesson %d · %d / %d",
		slideKeys:   "PgUp PgDn: slides · F6 F7 F8: panels",
		predicting:  "Predict what happens next: → reveals the next event",
		answerKey:   "A shows the answer",
		question:    "Question: %s",
		answer:      "Answer: %s",
		textKeys:    "click a script or . , to run it · PgUp PgDn scroll",
		console:     "Console",
		consoleNote: "what the script printed; grey: after the playhead",
		run:         "▶ Run",
		shown:       "▶ in the timeline",
		busy:        "running …",
		running:     "running %s …",
		expected:    "✓ expected: this error is the point of the lesson (%s)",
		stopped:     "stopped %s",
		brokenTitle: "The script no longer compiles: the last run that did is shown, dimmed",
		noRunTitle:  "The script does not compile: nothing ran",
		saved:       "saved %s",
		notSaved:    "not saved: %v",
		budget:      "■ stopped: the window lets a run take %.0e interpreter instructions (%v of CPU); --max-steps N allows more",
		keys:        windowKeys("en"),
	},
	"zh": {
		lessons:     "课程",
		listKeys:    "↑↓ 或数字：选课 · Tab：切换焦点 · L：English · F：演示模式",
		lessonN:     "第 %d 课",
		slideN:      "第 %d 课 · %d / %d",
		slideKeys:   "PgUp PgDn：翻页 · F6 F7 F8：面板",
		predicting:  "预测：接下来会发生什么？→ 揭晓下一个事件",
		answerKey:   "按 A 显示答案",
		question:    "问题：%s",
		answer:      "答案：%s",
		textKeys:    "点击脚本或按 . , 运行 · PgUp PgDn 翻页",
		console:     "控制台",
		consoleNote: "脚本的输出；灰色：在播放头之后",
		run:         "▶ 运行",
		shown:       "▶ 时间线中显示",
		busy:        "运行中 …",
		running:     "正在运行 %s …",
		expected:    "✓ 意料之中：这个错误正是本课要演示的（%s）",
		stopped:     "已停止 %s",
		brokenTitle: "脚本无法编译：显示的是上一次成功的运行（变暗）",
		noRunTitle:  "脚本无法编译：什么都没有运行",
		saved:       "已保存 %s",
		notSaved:    "未能保存：%v",
		budget:      "■ 已停止：窗口中的一次运行最多执行 %.0e 步解释器指令（%v CPU 时间）；--max-steps N 可放宽",
		keys:        windowKeys("zh"),
	},
}

// windowKeys returns the window's rows of the key map, as the help overlay lists them after the
// timeline's, in lang.
func windowKeys(lang string) []viewstate.Binding {
	var window []viewstate.KeyRow
	for _, row := range viewstate.KeyMap() {
		if row.Window {
			window = append(window, row)
		}
	}
	return viewstate.HelpRows(window, lang, true)
}

// lessonTitle returns the text panel's title for lesson number n.
func (t uiText) lessonTitle(n int) string { return fmt.Sprintf(t.lessonN, n) }

// slideTitle returns the text panel's title in presenter mode: lesson n, slide i of k.
func (t uiText) slideTitle(n, i, k int) string { return fmt.Sprintf(t.slideN, n, i, k) }
