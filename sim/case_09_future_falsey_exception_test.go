package sim_test

import (
	"context"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 09 (gh-132063): an exception that is "falsy" (__bool__ False, or __len__ 0) must still be
// raised by result() (the fixed behaviour of 3.14 and later 3.12/3.13 releases, which the reference says
// to implement; older releases returned None).
//
// Go errors have no truthiness; the nearest equivalents of the two classes are an exception of a new
// class (FalseyBool) and one whose message, hence its str(), is empty (FalseyLen, a zero-length
// exception). What the case checks is kept: exception() returns the error and result() raises it rather
// than returning a value.
func TestCase09_future_falsey_exception(t *testing.T) {
	falseyBool := sim.NewClass("FalseyBool", sim.ExceptionClass)
	falseyLen := sim.NewClass("FalseyLen", sim.ExceptionClass)
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		ex := threadPool(ctx, sim.ThreadPoolOptions{MaxWorkers: 1})
		with(ctx, ex, func() error {
			for _, c := range []struct {
				cls *sim.Class
				msg string
			}{{falseyBool, "msg"}, {falseyLen, ""}} {
				f := submit(ctx, ex, raising(sim.NewException(c.cls, c.msg)))
				exc, _ := f.Exception(ctx, sim.Forever)
				out.Println(c.cls.Name, "exception():", excName(exc))
				r, err := f.Result(ctx, sim.Forever)
				if err != nil && sim.ClassOf(err) == c.cls {
					out.Println(c.cls.Name, "result() raised", excName(err))
				} else {
					out.Println(c.cls.Name, "result() returned", pyRepr(r), "| repr:", f)
				}
			}
			return nil
		})
	})
	expect(t, got, `
FalseyBool exception(): FalseyBool
FalseyBool result() raised FalseyBool
FalseyLen exception(): FalseyLen
FalseyLen result() raised FalseyLen
`)
}
