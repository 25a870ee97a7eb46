package script

import (
	"context"
	"fmt"
	"time"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// multiprocessing.Pipe: two Connection ends over two simulated pipes, one each way (one only, from
// the second end to the first, when duplex is false). send pickles, recv unpickles in the receiving
// process; recv blocks until something comes, and raises EOFError once the other end is closed and
// everything sent has been read. Ends can be passed to processes and to pool tasks (CPython's resource
// sharer sends them). Not yet: connection.wait, Listener and Client, fileno.

// A pipeEnd is one end of a pipe, which every process holding it has a handle on (its view): the
// other end reads EOF once every handle is closed, by close() or by its process ending.
type pipeEnd struct {
	in, out  *sim.Queue // in: what the other end sent; out: the other end's in
	readable bool
	writable bool
	handles  int
	peeked   any // an item poll took from in and recv has not yet
	hasPeek  bool
}

// connView makes process ps's handle on e. A new pipe's handles count themselves; a handle sent to
// another process was counted when it was pickled, as a process's start duplicates the handles it
// passes on, before the parent can close its own.
func (ps *proc) connView(e *pipeEnd, counted bool) *mpView {
	v := &mpView{typ: ps.connType(), core: e, kind: "Connection"}
	if !counted {
		e.handles++
	}
	ps.p.OnExit(func(*sim.Process) { v.closeConn() })
	return v
}

// closeConn closes a handle on a pipe end.
func (v *mpView) closeConn() {
	if v.closed {
		return
	}
	v.closed = true
	e := v.core.(*pipeEnd)
	if e.handles--; e.handles == 0 && e.writable {
		e.out.Put(context.TODO(), eofMark{}, sim.Forever) // unbounded: never waits, so no context is needed
	}
}

// eofMark follows the last item of a pipe whose sending end was closed.
type eofMark struct{}

func (ps *proc) newPipe(th *thread, args []py.Object, kw []string) (py.Object, error) {
	a, err := py.UnpackArgs("Pipe", args, kw, []string{"duplex"}, 0)
	if err != nil {
		return nil, err
	}
	duplex := true
	if a[0] != nil {
		if duplex, err = truth(th, a[0]); err != nil {
			return nil, err
		}
	}
	q1, q2 := sim.NewQueue(th.ctx, 0), sim.NewQueue(th.ctx, 0)
	e1 := &pipeEnd{in: q1, out: q2, readable: true, writable: duplex}
	e2 := &pipeEnd{in: q2, out: q1, readable: duplex, writable: true}
	return py.NewTuple([]py.Object{ps.connView(e1, false), ps.connView(e2, false)}), nil
}

func (v *mpView) check() error {
	if v.closed {
		return py.Errorf(py.OSErrorType, "handle is closed")
	}
	return nil
}

// next takes the next item, waiting up to d; ok is false on a timeout.
func (e *pipeEnd) next(th *thread, d time.Duration) (any, bool, error) {
	if e.hasPeek {
		return e.peeked, true, nil
	}
	var v any
	ok, err := th.signalWait("queue_get", d, func(d time.Duration) (ok bool) {
		v, ok = e.in.Get(th.ctx, d)
		return ok
	})
	if ok {
		e.peeked, e.hasPeek = v, true
	}
	return v, ok, err
}

func (ps *proc) connType() *py.Type {
	return ps.mpType("Connection", func(t *py.Type) {
		t.Module = "multiprocessing.connection"
		end := func(self py.Object) *pipeEnd { return self.(*mpView).core.(*pipeEnd) }
		send := func(th *thread, self py.Object, v py.Object) (py.Object, error) {
			e := end(self)
			if err := self.(*mpView).check(); err != nil {
				return nil, err
			}
			if !e.writable {
				return nil, py.Errorf(py.OSErrorType, "connection is read-only")
			}
			p, err := ps.pickle(v)
			if err != nil {
				return nil, err
			}
			e.out.Put(th.ctx, p, sim.Forever)
			return py.None, nil
		}
		recv := func(th *thread, self py.Object) (py.Object, error) {
			e := end(self)
			if err := self.(*mpView).check(); err != nil {
				return nil, err
			}
			if !e.readable {
				return nil, py.Errorf(py.OSErrorType, "connection is write-only")
			}
			v, _, err := e.next(th, sim.Forever)
			if err != nil {
				return nil, err
			}
			if _, isEOF := v.(eofMark); isEOF {
				return nil, py.NewException(py.EOFErrorType)
			}
			e.hasPeek, e.peeked = false, nil
			return ps.unpickle(v.(pk))
		}
		def(t, "send", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			a, err := py.UnpackArgs("send", args, kw, []string{"obj"}, 1)
			if err != nil {
				return nil, err
			}
			return send(th, self, a[0])
		})
		def(t, "send_bytes", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			a, err := py.UnpackArgs("send_bytes", args, kw, []string{"buf", "offset", "size"}, 1)
			if err != nil {
				return nil, err
			}
			return send(th, self, a[0])
		})
		def(t, "recv", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return recv(th, self)
		})
		def(t, "recv_bytes", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return recv(th, self)
		})
		def(t, "poll", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			a, err := py.UnpackArgs("poll", args, kw, []string{"timeout"}, 0)
			if err != nil {
				return nil, err
			}
			e := end(self)
			if err := self.(*mpView).check(); err != nil {
				return nil, err
			}
			if !e.readable {
				return nil, py.Errorf(py.OSErrorType, "connection is write-only")
			}
			d := time.Duration(0)
			if a[0] != nil {
				if d, err = timeoutArg(a[0]); err != nil {
					return nil, err
				}
				if d < 0 {
					d = 0
				}
			}
			_, ok, err := e.next(th, d)
			if err != nil {
				return nil, err
			}
			return py.NewBool(ok), nil
		})
		closeEnd := func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			self.(*mpView).closeConn()
			return py.None, nil
		}
		def(t, "close", closeEnd)
		def(t, "__enter__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return self, nil
		})
		def(t, "__exit__", closeEnd)
		defProp(t, "closed", func(th *thread, self py.Object) (py.Object, error) {
			return py.NewBool(self.(*mpView).closed), nil
		})
		defProp(t, "readable", func(th *thread, self py.Object) (py.Object, error) {
			return py.NewBool(end(self).readable), nil
		})
		defProp(t, "writable", func(th *thread, self py.Object) (py.Object, error) {
			return py.NewBool(end(self).writable), nil
		})
		def(t, "__repr__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return py.NewStr(fmt.Sprintf("<multiprocessing.connection.Connection object at %#x>", ps.in.ID(self))), nil
		})
	})
}
