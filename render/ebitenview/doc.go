// Package ebitenview draws a run's timeline with ebiten and lets a user explore it: play and pause
// it, step from event to event, scrub, zoom and pan, select a future or an event to read its details,
// switch between the futures and the threads views, and read every future's state at the playhead.
//
// A Viewer draws a layout.Scene into a rectangle of the screen, so a program can put other panels
// around it (cmd/native does); Game shows a viewer as a whole window. The logic is in the pure
// package viewstate: the Viewer's Update reads ebiten's input into a viewstate.Frame (Input), turns
// it into intents and applies them to a viewstate.State, then advances playback by the real time elapsed
// since the last Update, read from the clock Options.Clock injects (none: a 60th of a second per
// Update), so playback keeps its speed at any frame rate and tests drive it with a fake clock. Draw
// only reads the state.
//
// # Drawing
//
// Colours, patterns and glyphs come from layout's styles, so the viewer and render/svg agree, and no
// state is told by colour alone. Only what the window shows is drawn: the visible lanes' shapes come
// from View.Visible, and boxes, patterns, lines and glyphs are collected into a few batches drawn
// with one DrawTriangles call each. Text is written with text/v2 in the Go fonts bundled with the
// binary; a FontSet with fallbacks (a CJK font) can replace them. Sizes scale with the device scale
// factor and a presenter zoom (SetBounds).
//
// Packages that import ebiten panic where there is no display: run this package's tests under
// xvfb-run (make test-gui).
package ebitenview
