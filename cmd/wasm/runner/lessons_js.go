//go:build js && wasm

package main

import "syscall/js"

// jsLessons is lessons(lang).
func jsLessons(_ js.Value, args []js.Value) any {
	list, err := lessonList(arg(args, 0).String())
	if err != nil {
		return jsError(err.Error())
	}
	out := make([]any, len(list))
	for i, l := range list {
		out[i] = map[string]any{"slug": l.Slug, "title": l.Title, "summary": l.Summary}
	}
	return out
}

// jsLesson is lesson(lang, slug).
func jsLesson(_ js.Value, args []js.Value) any {
	p, err := lessonPage(arg(args, 0).String(), arg(args, 1).String())
	if err != nil {
		return jsError(err.Error())
	}
	blocks := make([]any, len(p.Blocks))
	for i, b := range p.Blocks {
		blocks[i] = map[string]any{"index": b.Index, "code": b.Code, "norun": b.NoRun, "cores": b.Cores,
			"freeThreaded": b.FreeThreaded, "expectError": b.ExpectError, "view": b.View, "at": float64(b.AtNs)}
	}
	return map[string]any{"slug": p.Slug, "title": p.Title, "summary": p.Summary, "html": p.HTML, "blocks": blocks}
}
