package viewstate

import (
	"fmt"

	"github.com/futurescope/futurescope/render/layout"
)

// A Target is something a user can point at and select: a shape on a lane, a whole lane (its label),
// or an overlay rule (a Shape with Lane -1 and no View). The zero Target is nothing.
type Target struct {
	// View is the view of the lane; nil for an overlay or nothing.
	View *layout.View
	// Lane is the lane in View, -1 for none (an overlay).
	Lane int
	// Shape is the shape; nil when the target is a whole lane.
	Shape *layout.Shape
}

// LaneTarget returns the target of lane i of v.
func LaneTarget(v *layout.View, i int) Target { return Target{View: v, Lane: i} }

// OverlayTarget returns the target of an overlay rule.
func OverlayTarget(o *layout.Shape) Target { return Target{Lane: -1, Shape: o} }

// IsZero reports whether t is nothing.
func (t Target) IsZero() bool { return t.View == nil && t.Shape == nil }

// Laned reports whether t is a lane or a shape on one.
func (t Target) Laned() bool { return t.View != nil && t.Lane >= 0 && t.Lane < len(t.View.Lanes) }

// LaneInfo returns t's lane, if t is on one.
func (t Target) LaneInfo() (layout.Lane, bool) {
	if !t.Laned() {
		return layout.Lane{}, false
	}
	return t.View.Lanes[t.Lane], true
}

// Future returns the id of the future t concerns, or 0.
func (t Target) Future() int {
	if t.Shape != nil && t.Shape.Future > 0 {
		return int(t.Shape.Future)
	}
	if l, ok := t.LaneInfo(); ok {
		return l.Future
	}
	return 0
}

// Seq returns the sequence number of the event t shows, or -1 when it shows none (a lane).
func (t Target) Seq() int64 {
	if t.Shape == nil {
		return -1
	}
	return t.Shape.Seq
}

// Text is what a tooltip or panel says about t: the shape's detail, or the lane's label and detail.
func (t Target) Text() string {
	if t.Shape != nil {
		if t.Shape.Detail != "" {
			return t.Shape.Detail
		}
		return t.Shape.Label
	}
	if l, ok := t.LaneInfo(); ok {
		if l.Detail == "" || l.Detail == l.Label {
			return l.Label
		}
		return l.Label + "\n" + l.Detail
	}
	return ""
}

// String names t for test failures: "futures/2", "futures/2 span running", "overlay timeout".
func (t Target) String() string {
	switch {
	case t.IsZero():
		return "nothing"
	case t.View == nil:
		return "overlay " + t.Shape.Style.Key()
	case t.Shape == nil:
		return fmt.Sprintf("%s/%d", t.View.Name, t.Lane)
	}
	return fmt.Sprintf("%s/%d %s %s", t.View.Name, t.Lane, t.Shape.Kind, t.Shape.Style.Key())
}

// Same reports whether t and u are the same target.
func (t Target) Same(u Target) bool {
	if t.IsZero() || u.IsZero() {
		return t.IsZero() == u.IsZero()
	}
	return t.View == u.View && t.Lane == u.Lane && t.Shape == u.Shape
}

// moved returns t in scene to, given that it points into scene from and that the two have the same
// lanes and shapes (the same trace laid out in two languages); nothing when it points elsewhere.
func (t Target) moved(from, to *layout.Scene) Target {
	views := [][2]*layout.View{{&from.Futures, &to.Futures}, {&from.Threads, &to.Threads}}
	if t.View == nil && t.Shape != nil {
		return Target{Lane: -1, Shape: samePlace(t.Shape, from.Overlays, to.Overlays)}.orZero()
	}
	for _, v := range views {
		if t.View != v[0] {
			continue
		}
		out := Target{View: v[1], Lane: t.Lane}
		if t.Shape != nil {
			out.Shape = samePlace(t.Shape, v[0].Shapes, v[1].Shapes)
			if out.Shape != nil {
				v[1].Describe(out.Shape) // a lazy scene's shape has its detail once asked
			}
			return out.orZero()
		}
		return out
	}
	return Target{}
}

// samePlace returns the shape of to at the index sh has in from, or nil when sh is not in from.
func samePlace(sh *layout.Shape, from, to []layout.Shape) *layout.Shape {
	for i := range from {
		if &from[i] == sh && i < len(to) {
			return &to[i]
		}
	}
	return nil
}

// orZero returns t, or nothing when it lost its shape.
func (t Target) orZero() Target {
	if t.Shape == nil {
		return Target{}
	}
	return t
}
