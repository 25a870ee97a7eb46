// Package words says futurescope's own messages for people, in English and Chinese: what ended a run
// (a deadlock, a limit, a cancel) and what each live thread was doing then. The English is the
// simulator's, byte for byte (the CLI prints it); the Chinese follows the lessons (future, 工作线程,
// 回调函数). Python's own words (its names, a traceback, an exception's text) are never translated:
// a learner looks them up as CPython prints them.
//
// It imports only the standard library, so that the simulator's reports (sim/script), the viewer
// and the page's runner can all read their words here.
package words
