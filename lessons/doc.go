// Package lessons reads futurescope's course: markdown lessons whose python code blocks are runnable
// scripts. It parses each lesson once, with one configured goldmark instance, and hands front ends what
// they draw: the lesson's metadata, its script blocks with their options, its HTML, and a plain block
// list of its text (Doc) for front ends that draw text themselves.
//
// The package never runs a script and never imports the simulator: package lessons/check does the
// running. It is the project's only importer of goldmark.
//
// # Files
//
// A course is a folder with one folder per language, en and zh, each holding lessons named
// <NN>-<slug>.md, where NN is two digits and slug is lowercase letters, digits and dashes. Other files
// at the top (a README.md) are ignored. A lesson's Slug is its file name without .md ("03-callbacks");
// the same slug in two languages is the same lesson, translated.
//
// # Front matter
//
// A lesson starts with front matter between two --- lines, one key: value a line:
//
//	---
//	title: Callbacks run in the completing thread
//	order: 3
//	summary: add_done_callback, and who runs the callback
//	language: en
//	---
//
// title, order (a positive integer) and language (en or zh, the lesson's folder) are required,
// summary is optional, and other keys are errors. A value may be written in double quotes, as a Go
// string literal. Blank lines are allowed.
//
// # Script blocks
//
// A fenced code block whose info string starts with the word python is a script block; the words
// after it are its options:
//
//	norun                   shown, never run (not by tests either)
//	cores=N                 simulated CPU cores (N >= 1; default: the simulator's)
//	expect-error=TEXT       the run must fail and the last line of stderr start with TEXT
//	                        (expect-error=deadlock: the run deadlocks; expect-error=limit: it hits a limit)
//	view=futures|threads|both  the timeline's view (default both)
//	at=SECONDS              where the timeline's playhead starts, in virtual seconds (default 0)
//	free-threaded           run without a GIL, like CPython 3.13t
//	cpython=skip            under CPython, do not compare its lines (racy or machine-dependent
//	                        output there); it still runs there and must end the same way
//	predict                 a prediction: front ends run it hidden and reveal it step by step,
//	                        asking the questions that follow it (see Predictions)
//
// Unknown options, repeated options and bad values are errors. Other fences (text, console, ...)
// are plain code. Translations share their scripts: the lessons of one slug must have the same script
// blocks, info string and code byte for byte, and the same order.
//
// # Predictions
//
// A predict block is followed at once by a list of its questions (Block.Prediction). Each item starts
// with its reveal point in backquotes, then the question; its second paragraph is the answer, which
// starts with "Answer:" ("答案：" in Chinese):
//
//	```python view=threads predict
//	...
//	```
//
//	1. `print 1` Which line is printed first, and by which thread?
//
//	   Answer: `1 in MainThread`: b has been done since 0.1 s, so its callback runs at once.
//
//	2. `finish f1` Which thread runs a's callback?
//
//	   Answer: ...
//
// A reveal point names an event of the run in words that do not depend on the language (see Reveal):
// print N, start fN, finish fN, callback fN, cancel fN, end. A front end shows the run up to just
// before the question's event, asks the question, and reveals the event with the answer; package
// lessons/reveal finds the events in a trace, and the lessons checker checks that each happens, in the
// questions' order. Translations ask as many questions at the same reveal points. Doc leaves the
// answers out. HTML marks the list class="fs-questions" data-block="N", each item data-reveal="print
// 1", and each answer <p class="fs-answer" hidden>: a page takes the answers out before it shows the
// lesson, and shows each once it is revealed.
//
// # Answers
//
// A level-2 heading "Answers" ("答案" in Chinese) starts a section of answers (the "Try this"
// questions'): Heading.Answers, and data-answers on its HTML heading. Front ends keep what follows
// it, up to the next heading of level 2 or less, hidden until the reader asks for it.
//
// # Errors
//
// Load reports every problem it finds, each as an *Error: file:line:col: message where the column
// is known (a block's options, a prediction's questions), file:line: message where it is not, and
// file: message for the whole file:
//
//	lessons/content/en/03-callbacks.md:12:14: block 2: unknown option "cors=2"
//
// # HTML
//
// HTML renders a lesson's body (not its title) with goldmark's defaults and GFM tables: raw HTML in
// content is not rendered, and Load rejects it. A line break between two Chinese characters is
// dropped, not shown as a space (Doc does the same). Script blocks are marked by a node renderer:
//
//	<pre class="fs-code" data-block="2" data-view="threads" data-at="0.5"><code class="language-python">
//
// with data-cores, data-free-threaded, data-expect-error, data-norun and data-predict when the options
// say so.
package lessons
