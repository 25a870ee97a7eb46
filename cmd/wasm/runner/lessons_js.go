//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/futurescope/futurescope/cmd/wasm/internal/jsutil"
)

// jsLessons is lessons(lang).
func jsLessons(_ js.Value, args []js.Value) any {
	list, err := lessonList(jsutil.Arg(args, 0).String())
	if err != nil {
		return jsutil.Error(err.Error())
	}
	out := make([]any, len(list))
	for i, l := range list {
		out[i] = map[string]any{"slug": l.Slug, "title": l.Title, "summary": l.Summary}
	}
	return out
}

// jsLesson is lesson(lang, slug).
func jsLesson(_ js.Value, args []js.Value) any {
	p, err := lessonPage(jsutil.Arg(args, 0).String(), jsutil.Arg(args, 1).String())
	if err != nil {
		return jsutil.Error(err.Error())
	}
	blocks := make([]any, len(p.Blocks))
	for i, b := range p.Blocks {
		blocks[i] = map[string]any{"index": b.Index, "code": b.Code, "norun": b.NoRun, "cores": b.Cores,
			"freeThreaded": b.FreeThreaded, "expectError": b.ExpectError, "view": b.View, "at": float64(b.AtNs)}
	}
	return map[string]any{"slug": p.Slug, "title": p.Title, "summary": p.Summary, "html": p.HTML, "blocks": blocks}
}
