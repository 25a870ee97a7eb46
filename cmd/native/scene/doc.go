// Package scene holds the desktop window's scenes as data, without a graphics library, so that what
// the window does with each intent is tested without a display: the course (list, lesson text,
// timeline), presenter mode (a lesson's text a slide at a time above a full-width timeline) and a
// prediction (a block run hidden, revealed event by event or after the lesson's question is
// answered). Each scene's Update takes intents (package intent) and returns what the window must do
// about them; the window draws each scene from its state. The scene manager (Manager) holds the
// scene shown and the prediction laid over it, as ebiten's examples/blocks keeps one scene at a time,
// and takes the intents Takes names first (presenter mode, slides, panels, sizes, fullscreen, an
// answer), returning an Effect.
//
// The course scene (Course) then takes the window's intents whatever their key and says what the
// window must do about them (an Action: run a block, lay the page out again, re-word the timeline);
// its list and focus (Lister: Tab, the motions in the list, a number typed) are the scripts' scene's
// too. A prediction (Prediction, its questions from the lesson by QuestionsOf) reveals a run event
// by event in the trace's order (lessons/reveal), as the timeline conceals it
// (ebitenview.Viewer.Conceal): events at one virtual time one after the other.
//
// The pair view of a run recorded under CPython beside its simulation (--compare) is a window of its
// own (cmd/native/compare.go, package pairstate); the list and the lesson text's scrolling rules are
// here too (List, Scroll), and the course's navigation (Nav: open a lesson, select or step through
// its script blocks, switch language), which says which block to run while the window runs it.
package scene
