package svg

import "github.com/futurescope/futurescope/render/layout"

// The fonts to write with: the sans-serif and the monospaced families, each followed by fonts that
// have Chinese characters (the script's values and a Chinese scene's words), so that a browser does
// not pick a Japanese or a boxy fallback for them.
const (
	cjkFonts  = "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, WenQuanYi Micro Hei"
	sansFonts = "DejaVu Sans, Verdana, Arial, " + cjkFonts + ", sans-serif"
	monoFonts = "DejaVu Sans Mono, Menlo, Consolas, Noto Sans Mono CJK SC, " + cjkFonts + ", monospace"
)

// words are the image's own words in one language: its header, the views' headings and the
// legend's headings. The legend's names and meanings come from layout (layout.Style.LookIn), and
// what the scene says comes from the scene, in the language it was built in.
type words struct {
	lang       string               // "en" or "zh"
	xmlLang    string               // the root's xml:lang, "" for none
	subtitle   string               // the line under the title: the run's start and end (fmt verbs)
	cores      string               // what it adds for the cores (a fmt verb)
	freeThread string               // what it adds for a run without a GIL
	ended      string               // "The run ended with: "
	legend     string               // the legend's heading
	workers    string               // the workers' heading
	notDrawn   string               // "… and %d more lanes, not drawn (…)"
	headings   map[string][2]string // each view's name and how to read it: layout's (ViewHeadings)
}

var english = words{
	lang:       "en",
	subtitle:   "futurescope timeline: virtual time from %s to %s",
	cores:      ", %s cores",
	freeThread: ", free-threaded (no GIL)",
	ended:      "The run ended with: ",
	legend:     "Legend",
	workers:    "Workers:",
	notDrawn:   "… and %d more lanes, not drawn (see them in the interactive viewer)",
	headings:   layout.ViewHeadings("en"),
}

var chinese = words{
	lang:       "zh",
	xmlLang:    "zh-CN",
	subtitle:   "futurescope 时间线：虚拟时间从 %s 到 %s",
	cores:      "，%s 个核心",
	freeThread: "，自由线程（没有 GIL）",
	ended:      "运行结束于：",
	legend:     "图例",
	workers:    "工作线程：",
	notDrawn:   "……还有 %d 条泳道没有画出（在交互式查看器里可以看到）",
	headings:   layout.ViewHeadings("zh"),
}

// wordsFor returns the words of lang, or of the scene's language when lang is "".
func wordsFor(lang string, s *layout.Scene) *words {
	if lang == "" {
		lang = s.Lang
	}
	if lang == "zh" {
		return &chinese
	}
	return &english
}
