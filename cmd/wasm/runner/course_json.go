//go:build !(js && wasm)

package main

// The course's files as the page reads them (course.go writes them natively; web/src/lesson.js and
// app.js read them): the field names are the page's, those of the runner's run() result.

// lessonListJSON is a lesson's entry in LANG.json.
type lessonListJSON struct {
	Slug    string `json:"slug"`
	Title   string `json:"title"`
	Summary string `json:"summary"`
}

// lessonJSON is LANG/SLUG.json.
type lessonJSON struct {
	Slug    string      `json:"slug"`
	Title   string      `json:"title"`
	Summary string      `json:"summary"`
	HTML    string      `json:"html"`
	Blocks  []blockJSON `json:"blocks"`
}

// blockJSON is a script block of a lesson; Run names its run's file, relative to the site.
type blockJSON struct {
	Index        int    `json:"index"`
	Code         string `json:"code"`
	NoRun        bool   `json:"norun"`
	Cores        int    `json:"cores"`
	FreeThreaded bool   `json:"freeThreaded"`
	ExpectError  string `json:"expectError"`
	View         string `json:"view"`
	At           int64  `json:"at"`
	Run          string `json:"run"`
}

// markJSON is a Mark as run() gives it.
type markJSON struct {
	Line    int    `json:"line"`
	Col     int    `json:"col"`
	EndLine int    `json:"endLine"`
	EndCol  int    `json:"endCol"`
	Message string `json:"message"`
}

// runJSON is a run as run() resolves, but wallMs, which is the real time a run took and so not the
// same twice, with its picture (SVG) as draw.wasm draws it: TraceBin is base64 in JSON, a Uint8Array
// once the page has read it.
type runJSON struct {
	Stdout    string     `json:"stdout"`
	Stderr    string     `json:"stderr"`
	ExitCode  int        `json:"exitCode"`
	Error     string     `json:"error"`
	Kind      string     `json:"kind"`
	Marks     []markJSON `json:"marks"`
	SVG       string     `json:"svg"`
	TraceBin  []byte     `json:"traceBin"`
	Futures   int        `json:"futures"`
	Events    int        `json:"events"`
	VirtualNs int64      `json:"virtualNs"`
}

// runJSONOf is res, its picture svg, as its file holds it.
func runJSONOf(res *RunResult, svg string) runJSON {
	marks := make([]markJSON, len(res.Marks))
	for i, m := range res.Marks {
		marks[i] = markJSON(m)
	}
	return runJSON{Stdout: res.Stdout, Stderr: res.Stderr, ExitCode: res.ExitCode, Error: res.Error, Kind: res.Kind,
		Marks: marks, SVG: svg, TraceBin: res.TraceBin, Futures: res.Futures,
		Events: res.Events, VirtualNs: res.VirtualNs}
}

// A LessonPage is a lesson as the course renders it: its prose as HTML (script blocks marked as the
// lessons package documents) and its script blocks.
type LessonPage struct {
	Slug, Title, Summary, HTML string
	Blocks                     []BlockEntry
}

// A BlockEntry is one script block of a lesson with the options the page needs to run and show it.
type BlockEntry struct {
	Index        int // 1-based, the data-block attribute of its <pre> in HTML
	Code         string
	NoRun        bool
	Cores        int
	FreeThreaded bool
	ExpectError  string
	View         string
	AtNs         int64 // the playhead to start at, in virtual nanoseconds
}

// A courseLanguage is the course in one language, its lessons in order.
type courseLanguage struct {
	Lang    string
	Lessons []*LessonPage
}
