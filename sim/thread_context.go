package sim

import "context"

// Context returns the context of the simulated thread t, the one its function was given: a hook the
// kernel calls on t without a context (ProcessPoolOptions.Pickle, in the pool's manager thread) uses
// it to call the package's functions as t.
func (t *Thread) Context() context.Context { return t.ctx }
