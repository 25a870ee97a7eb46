package viewstate

import (
	"strings"

	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/render/words"
	"github.com/futurescope/futurescope/sim/trace"
)

// Words are the viewer's own words in one language: the help overlay, the legend, the header, the
// headings and the detail panel. What the script says stays as it is (its names, values, output),
// and so do Python's own names (result(), FIRST_COMPLETED, PENDING), which a learner looks up in
// Python's documentation. The Chinese follows the project's lessons: future, 工作线程, 回调函数, GIL.
//
// Strings with {name} placeholders are filled by Format.
type Words struct {
	// Lang is the language's code: "en" or "zh".
	Lang string

	HelpTitle, Shapes, Workers string    // the help overlay's title, legend heading, workers' heading
	Bindings                   []Binding // the help overlay's keys

	HelpHint string    // the header's hint, top right
	Ended    string    // the header's outcome: {outcome}
	Paused   string    // the playback line's parts
	Playing  string    //
	Speed    string    // {factor}
	Playhead string    // {at}, {end}
	View     string    // {view}
	Modes    [3]string // the modes' names, by Mode

	Headings    map[string][2]string // each view's name and how to read it, by layout.View.Name
	StateColumn string               // the state column's heading

	Selected, Facts, RanOn, Returned, Raised, CancelledOutcome, NotDone string // the detail panel
	Created, RunningFrom, Executed, Started, Done                       string //
	AtPlayhead, Line, LineCode, At, NoEvent, ClickHint                  string //

}

// WordsFor returns the viewer's words in lang: "zh" is Chinese, anything else English.
func WordsFor(lang string) *Words {
	if lang == "zh" {
		return &chinese
	}
	return &english
}

// Look returns the legend's name and meaning for style st, from layout (see layout.Style.LookIn).
func (w *Words) Look(st layout.Style) (name, meaning string) {
	look := st.LookIn(w.Lang)
	return look.Name, look.Meaning
}

// EndedWith is the header's outcome: how the run ended (the scene's Outcome), with futurescope's
// own messages (a deadlock's, a limit's) in the viewer's language and Python's as Python wrote them.
func (w *Words) EndedWith(outcome string) string {
	return Format(w.Ended, "outcome", words.MessageIn(outcome, w.Lang))
}

// Mode returns the name of mode m.
func (w *Words) Mode(m Mode) string {
	if int(m) < len(w.Modes) {
		return w.Modes[m]
	}
	return m.String()
}

// Format fills the {name} placeholders of s with pairs of names and values.
func Format(s string, pairs ...string) string {
	if len(pairs) == 0 {
		return s
	}
	old := make([]string, 0, len(pairs))
	for i := 0; i+1 < len(pairs); i += 2 {
		old = append(old, "{"+pairs[i]+"}", pairs[i+1])
	}
	return strings.NewReplacer(old...).Replace(s)
}

// Describe says in a few words what e records, as a learner reads it: "T1 submitted f3 gcd(1, 2)",
// "f3 is FINISHED: it returned 7". Events that say nothing by themselves (GIL hand-overs) return "".
// The words are layout's (layout.DescribeEvent), where every event is worded.
func (w *Words) Describe(e trace.Event) string { return layout.DescribeEvent(e, w.Lang) }

// Describe is English's Describe.
func Describe(e trace.Event) string { return english.Describe(e) }

var english = Words{
	Lang:      "en",
	HelpTitle: "futurescope timeline: keys (Esc or ? closes this)",
	Shapes:    "What the shapes mean",
	Workers:   "Workers:",
	Bindings: append(HelpRows(KeyMap(), "en", false), []Binding{
		{"click", "select: its details show below"},
		{"drag the axis", "scrub the playhead"},
		{"drag the lanes", "pan, scroll the lanes"},
		{"wheel", "zoom at the pointer; Shift+wheel pans"},
	}...),
	HelpHint:    "?  help",
	Ended:       "the run ended with: {outcome}",
	Paused:      "paused (Space plays)",
	Playing:     "playing (Space pauses)",
	Speed:       "speed {factor}× real time ([ ] change it)",
	Playhead:    "playhead {at} of {end}",
	View:        "view: {view} (v)",
	Modes:       modeNames,
	Headings:    layout.ViewHeadings("en"),
	StateColumn: "state",

	Selected:         "selected: ",
	Facts:            "function {function}, arguments {args}",
	RanOn:            "; ran on {worker}",
	Returned:         "returned {value}",
	Raised:           "raised {value} (result() raises it again)",
	CancelledOutcome: "cancelled: result() raises CancelledError",
	NotDone:          "not done when the run ended",
	Created:          "created {at}",
	RunningFrom:      "RUNNING from {at}",
	Executed:         "executed {from} to {to} ({took})",
	Started:          "started {at}",
	Done:             "done {at}",
	AtPlayhead:       "at the playhead ({at}): {state}; running() {running}, done() {done}, cancelled() {cancelled}",
	Line:             "line {n}",
	LineCode:         "line {n}:  {code}",
	At:               "at {at}",
	NoEvent:          "no event here: → and ← step from event to event",
	ClickHint:        "click a bar, marker, rule or lane label to see its details; ? for help",
}

var chinese = Words{
	Lang:      "zh",
	HelpTitle: "futurescope 时间线：按键（Esc 或 ? 关闭）",
	Shapes:    "图形的含义",
	Workers:   "工作线程：",
	Bindings: append(HelpRows(KeyMap(), "zh", false), []Binding{
		{"单击", "选中：详情显示在下方"},
		{"拖动时间轴", "移动播放头"},
		{"拖动泳道", "平移、滚动泳道"},
		{"滚轮", "以指针处为中心缩放；Shift+滚轮平移"},
	}...),
	HelpHint:    "?  帮助",
	Ended:       "运行结束于：{outcome}",
	Paused:      "已暂停（空格播放）",
	Playing:     "播放中（空格暂停）",
	Speed:       "速度为真实时间的 {factor}×（[ ] 调整）",
	Playhead:    "播放头 {at} / 共 {end}",
	View:        "视图：{view}（v）",
	Modes:       [3]string{"future 与线程", "future", "线程"},
	Headings:    layout.ViewHeadings("zh"),
	StateColumn: "状态",

	Selected:         "选中：",
	Facts:            "函数 {function}，参数 {args}",
	RanOn:            "；运行于 {worker}",
	Returned:         "返回了 {value}",
	Raised:           "抛出了 {value}（result() 会再次抛出它）",
	CancelledOutcome: "已取消：result() 抛出 CancelledError",
	NotDone:          "运行结束时仍未完成",
	Created:          "创建 {at}",
	RunningFrom:      "RUNNING 自 {at}",
	Executed:         "执行 {from} 至 {to}（{took}）",
	Started:          "开始 {at}",
	Done:             "完成 {at}",
	AtPlayhead:       "播放头处（{at}）：{state}；running() {running}，done() {done}，cancelled() {cancelled}",
	Line:             "第 {n} 行",
	LineCode:         "第 {n} 行：{code}",
	At:               "时刻 {at}",
	NoEvent:          "此刻没有事件：按 → 和 ← 在事件之间跳转",
	ClickHint:        "单击色条、标记、竖线或泳道名称查看详情；按 ? 看帮助",
}
