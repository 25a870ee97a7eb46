package sim_test

import (
	"context"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/sim"
)

// Reference case 25: return_when is validated only when wait() has to block: with every future done, or
// none given, a bogus value is accepted; otherwise ValueError("Invalid return condition: 'BOGUS'"). The
// constants are plain strings.
func TestCase25_wait_invalid_return_when(t *testing.T) {
	got := run(t, sim.Config{}, func(ctx context.Context, out *lineWriter) {
		d := finishedFuture(ctx, 1)
		done, notDone, err := sim.Wait(ctx, []*sim.Future{d}, sim.Forever, "BOGUS")
		out.unexpected(err)
		out.Printf("all done, bogus: len(done)=%d len(not_done)=%d", len(done), len(notDone))
		done, notDone, err = sim.Wait(ctx, nil, sim.Forever, "BOGUS")
		out.unexpected(err)
		out.Println("empty, bogus:", "DoneAndNotDoneFutures(done="+pySet(done)+", not_done="+pySet(notDone)+")")
		if _, _, err := sim.Wait(ctx, []*sim.Future{sim.NewFuture(ctx), d}, secs(0.1), "BOGUS"); err != nil &&
			sim.ClassOf(err) == sim.ValueError {
			out.Println("pending, bogus:", excName(err), excMsg(err))
		} else {
			out.Println("pending, bogus: no ValueError:", err)
		}
		out.Println("constants:", pyQuote(string(sim.FirstCompleted)), pyQuote(string(sim.FirstException)),
			pyQuote(string(sim.AllCompleted)))
	})
	expect(t, got, `
all done, bogus: len(done)=1 len(not_done)=0
empty, bogus: DoneAndNotDoneFutures(done=set(), not_done=set())
pending, bogus: ValueError Invalid return condition: 'BOGUS'
constants: 'FIRST_COMPLETED' 'FIRST_EXCEPTION' 'ALL_COMPLETED'
`)
}

// pySet writes a set of futures as Python would ("set()" when empty).
func pySet(fs []*sim.Future) string {
	if len(fs) == 0 {
		return "set()"
	}
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = f.String()
	}
	return "{" + strings.Join(parts, ", ") + "}"
}
