package sim

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Forever, given as a timeout, means "no timeout": the call waits as long as it takes (Python's None).
// Any negative timeout other than Forever, and zero, poll without blocking, as Python's do.
const Forever time.Duration = math.MaxInt64

// Config holds the settings of a run. The zero value of each field picks the documented default.
type Config struct {
	// Cores is how many processes can execute at once (default 4). It is also what os.cpu_count()
	// reports to scripts and what the executors' default max_workers is computed from.
	Cores int
	// FreeThreaded removes the GIL, like CPython 3.13t: threads of one process execute in parallel.
	FreeThreaded bool
	// SwitchInterval is how long a thread waiting for the GIL waits before it asks the holder to let
	// go, if the GIL has not changed hands meanwhile (default 5 ms, like sys.getswitchinterval()): a
	// CPU-bound thread keeps the GIL that long while another waits.
	SwitchInterval time.Duration
	// ProcessStart is the virtual time a new worker process takes to start (default 20 ms).
	ProcessStart time.Duration
	// TimeLimit ends the run when virtual time would pass it (default 1 hour).
	TimeLimit time.Duration
	// MaxThreads, MaxFutures and MaxEvents end the run when more threads or futures are created, or more
	// trace events recorded, than they allow (defaults 10,000, 1,000,000 and 10,000,000).
	MaxThreads, MaxFutures, MaxEvents int
	// Repr turns a Go value into the text a trace shows for it (default: fmt.Sprint, or Python's
	// repr for strings). It must not print addresses, or traces stop being reproducible.
	Repr func(any) string
	// TypeName names the Python type of a result in a future's repr ("returned int"); default TypeName.
	TypeName func(any) string
	// Log receives the records of the "concurrent.futures" logger (level "ERROR" or "CRITICAL", message),
	// which are also trace events. Python prints them to stderr.
	Log func(level, msg string)
}

func (c Config) withDefaults() Config {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	defDur := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&c.Cores, 4)
	def(&c.MaxThreads, 10_000)
	def(&c.MaxFutures, 1_000_000)
	def(&c.MaxEvents, 10_000_000)
	defDur(&c.SwitchInterval, 5*time.Millisecond)
	defDur(&c.ProcessStart, 20*time.Millisecond)
	defDur(&c.TimeLimit, time.Hour)
	if c.TypeName == nil {
		c.TypeName = TypeName
	}
	if c.Repr == nil {
		c.Repr = defaultRepr
	}
	return c
}

func defaultRepr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case string:
		return pyQuote(v)
	case bool:
		if v {
			return "True"
		}
		return "False"
	case error:
		return v.Error()
	case int:
		return strconv.Itoa(v) // as fmt.Sprint, without its printer: a task's result is often an int
	}
	return fmt.Sprint(v)
}

// pyQuote quotes s the way Python's repr does for simple strings.
func pyQuote(s string) string {
	q := strconv.Quote(s)
	if strings.Contains(s, "'") {
		return q
	}
	return "'" + strings.ReplaceAll(q[1:len(q)-1], `\"`, `"`) + "'"
}
