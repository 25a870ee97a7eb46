package main

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/cmd/native/scene"
)

// A side is the scene beside the timeline, as ebiten's examples/blocks keeps one scene at a time:
// the course (its lessons listed, the lesson's text, presenter mode's slides) or scripts (the
// scenarios listed, or one watched file, and the script's source). The window routes to it the
// intents that are its own, and draws it in its parts.
type side interface {
	// listing returns the list's rows; lister the list's model and the focus (scene.Lister).
	listing() listing
	lister() *scene.Lister
	// choose opens row i of the list: a lesson, or a scenario.
	choose(i int)
	// rerun runs what is shown again: the selected block, or the scenario.
	rerun()
	// Slides returns the slides presenter mode opens on (see scene.Manager.Update); none outside the
	// course.
	Slides() ([]scene.Slide, int, func(int) bool)
	// Update carries out in, once the scene manager took it with effect eff, the window's parts
	// being r: the focus, the list's motions and a number typed, a lesson's blocks and language, the
	// motions within the text, the slide's script.
	Update(in intent.Intent, eff scene.Effect, r regions)
	// poll does what the side does each tick before the timeline: lay the lesson's page out, look
	// at the watched file; follow what it does after: keep the highlighted line in sight.
	poll(r regions)
	follow(r regions)
	// opened says the timeline opened a new run's view, not a re-run's.
	opened()
	// clickText handles a click at p in the text or source part and reports whether the part takes
	// the focus; wheel scrolls that part by a wheel's turn of dy notches.
	clickText(p image.Point, r regions) bool
	wheel(dy float64)
	// header draws the list's header in r (focused: the list has the focus).
	header(dst *ebiten.Image, r, lang image.Rectangle, focused bool)
	// Draw draws the lesson's text or the script's source in r.
	Draw(dst *ebiten.Image, r image.Rectangle)
}
