package sim

import (
	"context"
	"time"
)

// SwitchInterval returns the GIL switch interval of the running thread's process, what
// sys.getswitchinterval() returns there: Config.SwitchInterval until SetSwitchInterval changes it.
func SwitchInterval(ctx context.Context) time.Duration {
	k := kernelOf(ctx)
	return k.switchInterval(k.cur.gil())
}

// SetSwitchInterval sets the GIL switch interval of the running thread's process, as
// sys.setswitchinterval() does: a thread that starts waiting for the GIL from now on asks for it after
// d (a wait already under way keeps its interval). Other processes keep theirs, and a process started
// later begins with Config.SwitchInterval, as a new interpreter does. d must be positive: CPython
// raises ValueError otherwise.
func SetSwitchInterval(ctx context.Context, d time.Duration) error {
	k := kernelOf(ctx)
	if d <= 0 {
		return NewException(ValueError, "switch interval must be strictly positive")
	}
	k.cur.gil().interval = d
	return nil
}

// switchInterval is g's switch interval.
func (k *Kernel) switchInterval(g *gil) time.Duration {
	if g.interval > 0 {
		return g.interval
	}
	return k.cfg.SwitchInterval
}
