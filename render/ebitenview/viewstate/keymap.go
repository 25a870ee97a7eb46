package viewstate

// The key map is one table: the help overlay lists it, the timeline's key handler and the desktop
// app's window read it. A key means one thing wherever the focus is: the timeline's keys reach the
// timeline from the lesson text and the list too, except the few that move within the part with the
// focus (the arrows up and down, PgUp, PgDn, Home, End, Enter), which say so in their description.

// A Command is something the window around the timeline does: run again, export, move the focus.
type Command string

// The window's commands.
const (
	CmdNone      Command = ""
	CmdStop      Command = "stop"       // stop the run in progress
	CmdRerun     Command = "rerun"      // run the script again
	CmdFocus     Command = "focus"      // move the focus to the next part (Shift: the previous)
	CmdPresent   Command = "present"    // presenter mode: big fonts
	CmdLang      Command = "lang"       // switch the course's language
	CmdNextBlock Command = "next-block" // run the lesson's next script block
	CmdPrevBlock Command = "prev-block" // run the lesson's previous script block
	CmdPNG       Command = "png"        // save the window as PNG
	CmdSVG       Command = "svg"        // save the timeline as SVG
	CmdTrace     Command = "trace"      // save the trace as JSON
	CmdChrome    Command = "chrome"     // save the trace for chrome://tracing
	CmdChoose    Command = "choose"     // choose the lesson or scenario of the number typed
	CmdNextSlide Command = "next-slide" // presenter mode: the lesson's next slide
	CmdPrevSlide Command = "prev-slide" // presenter mode: the lesson's previous slide
	CmdFull      Command = "fullscreen" // fullscreen on or off
	CmdPanelText Command = "panel-text" // show or hide the lesson text (the slide) or the source
	CmdPanelCons Command = "panel-console"
	CmdPanelList Command = "panel-list"
	CmdBigger    Command = "bigger"  // make everything bigger
	CmdSmaller   Command = "smaller" // make everything smaller
	CmdNormal    Command = "normal-size"
	CmdPredict   Command = "predict" // run the block hidden, for the class to predict it; again: show it
	CmdAnswer    Command = "answer"  // a prediction: show the next answer (reveal its event); after the last, the whole run
)

// Keys the window reads with Ctrl held: the key map names them "Ctrl+" and the key.
const (
	KeyCtrlPlus  Key = "Ctrl++"
	KeyCtrlEqual Key = "Ctrl+="
	KeyCtrlMinus Key = "Ctrl+-"
	KeyCtrl0     Key = "Ctrl+0"
)

// A Press is one key, with or without Shift, and what it does: an intent of the timeline (intent
// not nil) or a command of the window.
type Press struct {
	Key     Key
	Shift   bool
	Command Command
	intent  func(s *State) (Intent, bool)
}

// A KeyRow is one line of the help overlay: how it writes the keys, what they do in English and in
// Chinese, and the presses themselves.
type KeyRow struct {
	// Label writes the keys; LabelZh, when not empty, writes them in Chinese.
	Label, LabelZh string
	Does           [2]string
	Presses        []Press
	// Focused marks keys that act in the part with the focus (lanes, lesson text, list); the others
	// act the same wherever it is.
	Focused bool
	// Window marks the desktop app's keys: the browser and a viewer on its own leave them out.
	Window bool
}

// do makes a press of the timeline.
func do(k Key, shift bool, f func(s *State) (Intent, bool)) Press {
	return Press{Key: k, Shift: shift, intent: f}
}

// always returns an intent maker that ignores the state.
func always(in Intent) func(*State) (Intent, bool) {
	return func(*State) (Intent, bool) { return in, true }
}

// cmd makes a press of the window.
func cmd(k Key, shift bool, c Command) Press { return Press{Key: k, Shift: shift, Command: c} }

// KeyMap returns the key map, in the help overlay's order. Each call returns a fresh table.
func KeyMap() []KeyRow {
	return []KeyRow{
		{Label: "Space", LabelZh: "空格", Does: [2]string{"play / pause", "播放 / 暂停"},
			Presses: []Press{do(KeySpace, false, always(Play())), do(KeySpace, true, always(Play()))}},
		{Label: "→  ←", Does: [2]string{"step to the next / previous event", "跳到下一个 / 上一个事件"},
			Presses: []Press{do(KeyRight, false, always(Step(1))), do(KeyLeft, false, always(Step(-1)))}},
		{Label: "Shift+→  Shift+←", Does: [2]string{"pan later / earlier", "向后 / 向前平移"},
			Presses: []Press{do(KeyRight, true, func(s *State) (Intent, bool) { return Pan(s.span() / 10), true }),
				do(KeyLeft, true, func(s *State) (Intent, bool) { return Pan(-s.span() / 10), true })}},
		{Label: "[  ]", Does: [2]string{"play slower / faster", "放慢 / 加快播放"},
			Presses: []Press{do("[", false, always(Speed(-1))), do("]", false, always(Speed(1)))}},
		{Label: "+  −  z", Does: [2]string{"zoom in / out, fit the whole run", "放大 / 缩小，显示整个运行过程"},
			Presses: []Press{do("+", false, zoomBy(2)), do("=", false, zoomBy(2)), do("-", false, zoomBy(0.5)),
				do("_", false, zoomBy(0.5)), do("z", false, always(Fit()))}},
		{Label: "v", Does: [2]string{"switch view: both, futures, threads", "切换视图：全部、future、线程"},
			Presses: []Press{do("v", false, always(ToggleView()))}},
		{Label: "s", Does: [2]string{"show / hide the state column", "显示 / 隐藏状态列"},
			Presses: []Press{do("s", false, always(ToggleStates()))}},
		{Label: "?  F1", Does: [2]string{"this help", "这份帮助"},
			Presses: []Press{do("?", false, always(ToggleHelp())), do(KeyF1, false, always(ToggleHelp()))}},
		{Label: "F3", Does: [2]string{"frame-time readout", "显示每帧绘制用时"},
			Presses: []Press{do(KeyF3, false, always(ToggleFrameTime()))}},
		{Label: "Esc", Does: [2]string{"stop the run in progress; close this help; clear the selection", "停止正在进行的运行；关闭帮助；取消选择"},
			Presses: []Press{do(KeyEscape, false, always(Escape())), cmd(KeyEscape, false, CmdStop)}},
		{Label: "↑ ↓", Focused: true, Does: [2]string{"scroll the part with the focus: lanes, lesson text, list", "滚动有焦点的部分：泳道、课文、列表"},
			Presses: []Press{do(KeyUp, false, always(Scroll(-1))), do(KeyDown, false, always(Scroll(1)))}},
		{Label: "PgUp PgDn", Focused: true, Does: [2]string{"a page of the part with the focus; presenter mode: the previous / next slide", "有焦点部分的上 / 下一页；演示模式：上 / 下一张幻灯片"},
			Presses: []Press{do(KeyPageUp, false, func(s *State) (Intent, bool) { return Scroll(-max(s.Page-1, 1)), true }),
				do(KeyPageDown, false, func(s *State) (Intent, bool) { return Scroll(max(s.Page-1, 1)), true }),
				cmd(KeyPageUp, false, CmdPrevSlide), cmd(KeyPageDown, false, CmdNextSlide)}},
		{Label: "Home  End", Focused: true, Does: [2]string{"to the start / end: playhead, lesson text, list", "移到开头 / 结尾：播放头、课文、列表"},
			Presses: []Press{do(KeyHome, false, always(Seek(0))), do(KeyEnd, false, func(s *State) (Intent, bool) { return Seek(s.Scene.End), true })}},
		{Label: "Enter", Focused: true, Does: [2]string{"open: playhead to the selected shape; the lesson chosen", "打开：播放头移到选中的图形；选中的课"},
			Presses: []Press{do(KeyEnter, false, func(s *State) (Intent, bool) {
				if sh := s.Selected.Shape; sh != nil {
					return Seek(sh.T0), true
				}
				return Intent{}, false
			})}},
		{Label: ".  ,", Window: true, Does: [2]string{"run the lesson's next / previous script", "运行课文中的下一个 / 上一个脚本"},
			Presses: []Press{cmd(".", false, CmdNextBlock), cmd(",", false, CmdPrevBlock)}},
		{Label: "1 … 99", Window: true, Does: [2]string{"open the lesson (or scenario) of that number", "打开这个编号的课（或场景）"},
			Presses: []Press{cmd("1", false, CmdChoose), cmd("2", false, CmdChoose), cmd("3", false, CmdChoose),
				cmd("4", false, CmdChoose), cmd("5", false, CmdChoose), cmd("6", false, CmdChoose), cmd("7", false, CmdChoose),
				cmd("8", false, CmdChoose), cmd("9", false, CmdChoose), cmd("0", false, CmdChoose)}},
		{Label: "R", Window: true, Does: [2]string{"run again", "重新运行"}, Presses: []Press{cmd("r", false, CmdRerun)}},
		{Label: "Tab  Shift+Tab", Window: true, Does: [2]string{"move the focus: list, lesson text, timeline", "移动焦点：列表、课文、时间线"},
			Presses: []Press{cmd(KeyTab, false, CmdFocus), cmd(KeyTab, true, CmdFocus)}},
		{Label: "F", Window: true, Does: [2]string{"presenter mode: the lesson a slide at a time beside the timeline, large", "演示模式：课文一次一张幻灯片，放在时间线旁，大字体"}, Presses: []Press{cmd("f", false, CmdPresent)}},
		{Label: "F11", Window: true, Does: [2]string{"fullscreen", "全屏"}, Presses: []Press{cmd(KeyF11, false, CmdFull)}},
		{Label: "F6  F7  F8", Window: true, Does: [2]string{"show / hide the lesson text (or source), the console, the list", "显示 / 隐藏课文（或源代码）、控制台、课程列表"},
			Presses: []Press{cmd(KeyF6, false, CmdPanelText), cmd(KeyF7, false, CmdPanelCons), cmd(KeyF8, false, CmdPanelList)}},
		{Label: "Ctrl+  Ctrl−  Ctrl+0", Window: true, Does: [2]string{"everything bigger / smaller / as it was", "整体放大 / 缩小 / 还原"},
			Presses: []Press{cmd(KeyCtrlPlus, false, CmdBigger), cmd(KeyCtrlEqual, false, CmdBigger), cmd(KeyCtrlMinus, false, CmdSmaller), cmd(KeyCtrl0, false, CmdNormal)}},
		{Label: "Q", Window: true, Does: [2]string{"predict first: hide the run, → reveals it event by event", "先预测：隐藏运行，→ 逐个事件揭晓"}, Presses: []Press{cmd("q", false, CmdPredict)}},
		{Label: "A", Window: true, Does: [2]string{"the next answer: reveals its event (after the last question, the whole run)", "下一个答案：揭晓它的事件（最后一个问题之后，揭晓整个运行）"}, Presses: []Press{cmd("a", false, CmdAnswer)}},
		{Label: "L", Window: true, Does: [2]string{"中文 / English", "English / 中文"}, Presses: []Press{cmd("l", false, CmdLang)}},
		{Label: "P  G", Window: true, Does: [2]string{"save the window (PNG), the timeline (SVG)", "保存窗口（PNG）、时间线（SVG）"},
			Presses: []Press{cmd("p", false, CmdPNG), cmd("g", false, CmdSVG)}},
		{Label: "J  C", Window: true, Does: [2]string{"save the trace, Chrome trace", "保存追踪、Chrome 追踪"},
			Presses: []Press{cmd("j", false, CmdTrace), cmd("c", false, CmdChrome)}},
	}
}

// zoomBy returns the intent maker of a keyboard zoom by factor.
func zoomBy(factor float64) func(*State) (Intent, bool) {
	return func(s *State) (Intent, bool) { return Zoom(factor, s.zoomAnchor()), true }
}

// matches reports whether press p is key k with Shift held or not. A typed character matches
// whatever Shift does ("?" and "+" need it on most layouts), and letters match either case, so that
// "V" and "v" are one key.
func (p Press) matches(k Key, shift bool) bool {
	k = fold(k)
	return p.Key == k && (p.Shift == shift || !isNamed(k))
}

// timeline returns the timeline's press of key k and its row, if the timeline has one.
func timeline(m []KeyRow, k Key, shift bool) (Press, KeyRow, bool) {
	for _, row := range m {
		for _, p := range row.Presses {
			if p.intent != nil && p.matches(k, shift) {
				return p, row, true
			}
		}
	}
	return Press{}, KeyRow{}, false
}

// CommandOf returns the window's command of key k, or CmdNone.
func CommandOf(m []KeyRow, k Key, shift bool) Command {
	for _, row := range m {
		for _, p := range row.Presses {
			if p.Command != CmdNone && p.matches(k, shift) {
				return p.Command
			}
		}
	}
	return CmdNone
}

// FocusedKey reports whether key k acts only in the part with the focus (see KeyRow.Focused): the
// window gives such keys to the timeline only when it has the focus, and every other timeline key
// whatever has it.
func FocusedKey(m []KeyRow, k Key, shift bool) bool {
	_, row, ok := timeline(m, k, shift)
	return ok && row.Focused
}

// KeyIntents turns the keys pressed in one tick into intents, by the key map; shift says Shift is
// held.
func KeyIntents(keys []Key, shift bool, s *State) []Intent {
	m := KeyMap()
	var out []Intent
	for _, k := range keys {
		if p, _, ok := timeline(m, k, shift); ok {
			if in, ok := p.intent(s); ok {
				out = append(out, in)
			}
		}
	}
	return out
}

// fold lowers a typed letter: the map lists letters in lower case.
func fold(k Key) Key {
	if len(k) == 1 && k[0] >= 'A' && k[0] <= 'Z' {
		return Key(rune(k[0]) + 'a' - 'A')
	}
	return k
}

// isNamed reports whether k is a named key rather than a typed character.
func isNamed(k Key) bool { return len(k) > 1 }

// HelpRows returns the key map as the help overlay lists it in lang ("en" or "zh"); window says
// whether to list the window's keys.
func HelpRows(m []KeyRow, lang string, window bool) []Binding {
	i := 0
	if lang == "zh" {
		i = 1
	}
	var out []Binding
	for _, row := range m {
		if row.Window && !window {
			continue
		}
		label := row.Label
		if i == 1 && row.LabelZh != "" {
			label = row.LabelZh
		}
		out = append(out, Binding{label, row.Does[i]})
	}
	return out
}
