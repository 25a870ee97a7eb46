package script

import (
	"context"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// A Manager's server process (multiprocessing.managers.SyncManager): the objects it manages (dict,
// list, Event, Queue, Lock, RLock, Semaphore, BoundedSemaphore, Namespace) live in its own
// interpreter, and a proxy's method call is a request
// sent to it and a reply waited for, as CPython's are. Each client thread has its own connection,
// served by a thread of the server process, so that a call that blocks there (an Event's wait, a
// Queue's get) blocks only its caller. Arguments and results cross by pickle; an exception the
// method raises is raised again in the caller. The server stops at shutdown(), or when the main
// module ends. Not yet: Value, Array, Condition, Barrier, Pool, and registering types of one's own
// (BaseManager.register).

// An mgrServer is a Manager's server process.
type mgrServer struct {
	p     *sim.Process
	ready *sim.Event
	conns *sim.Queue // new connections, for the server's main thread to serve
	byThr map[*sim.Thread]*mgrConn
	objs  map[int]py.Object // in the server's interpreter
	next  int
	down  bool
}

// An mgrConn is one client thread's connection.
type mgrConn struct{ req, resp *sim.Queue }

type mgrReq struct {
	create string // a typeid to make, or "" to call a method
	id     int
	method string
	args   []pk
	kw     []string
}

type mgrResp struct {
	v   pk
	exc *pkExc
	err error
}

// A mgrToken names a managed object: its server, id and typeid.
type mgrToken struct {
	srv    *mgrServer
	id     int
	typeid string
}

func (t *mgrToken) key() any                { return *t }
func (t *mgrToken) view(ps *proc) py.Object { return &tokenObj{typ: ps.tokenType(), tok: t} }

// A tokenObj is a token's Python face: what a proxy holds.
type tokenObj struct {
	typ *py.Type
	tok *mgrToken
}

// Type returns Token.
func (t *tokenObj) Type() *py.Type       { return t.typ }
func (t *tokenObj) shared() any          { return t.tok }
func (t *tokenObj) shareable(bool) error { return nil }
func (h *mgrHandle) Type() *py.Type      { return h.typ }
func (h *mgrHandle) shared() any         { return nil }
func (h *mgrHandle) shareable(b bool) error {
	return py.Errorf(py.TypeErrorType, "cannot pickle 'SyncManager' object")
}

// A mgrHandle is the parent's handle on its server.
type mgrHandle struct {
	typ *py.Type
	srv *mgrServer
}

// managerStart is _mpsim.manager_start(name, method): it starts the server process and waits until
// it serves.
func (ps *proc) managerStart(th *thread, args []py.Object, kw []string) (py.Object, error) {
	if th.booting() {
		return nil, errBootstrap
	}
	name, method := args[0].(*py.Str).S, args[1].(*py.Str).S
	rt := ps.rt
	boot := rt.bootstrap
	if method == "fork" {
		boot = ps.forkBoot()
	}
	srv := &mgrServer{ready: sim.NewEvent(th.ctx), conns: sim.NewQueue(th.ctx, 0), byThr: map[*sim.Thread]*mgrConn{}, objs: map[int]py.Object{}}
	th.setLine()
	srv.p = sim.StartProcess(th.ctx, name, func(ctx context.Context) error {
		sim.StartUp(ctx)
		if err := boot(ctx); err != nil {
			return err
		}
		srv.ready.Set()
		for n := 1; ; n++ {
			v, _ := srv.conns.Get(ctx, sim.Forever)
			if v == nil {
				sim.CurrentProcess(ctx).Exit(0)
			}
			c := v.(*mgrConn)
			sim.Go(ctx, sim.CurrentProcess(ctx).NewThreadName("serve_client"), true, func(ctx context.Context) error {
				return srv.serve(ctx, rt, c)
			})
		}
	})
	sim.AtExit(th.ctx, func(ctx context.Context) { srv.shutdown(ctx) })
	srv.ready.Wait(th.ctx, sim.Forever)
	return &mgrHandle{typ: ps.mgrHandleType(), srv: srv}, nil
}

func (srv *mgrServer) shutdown(ctx context.Context) {
	if srv.down {
		return
	}
	srv.down = true
	srv.conns.Put(ctx, nil, sim.Forever)
	srv.p.Join(ctx, sim.Forever)
}

// serve answers one connection's requests, in the server process.
func (srv *mgrServer) serve(ctx context.Context, rt *runtime, c *mgrConn) error {
	ps := procOf(ctx)
	th := rt.thread(ctx)
	for {
		v, _ := c.req.Get(ctx, sim.Forever)
		req := v.(*mgrReq)
		out, err := srv.handle(ctx, rt, ps, th, req)
		r := &mgrResp{}
		if err == nil {
			r.v, err = ps.pickle(out)
		}
		if err != nil {
			if e, ok := err.(*py.Exception); ok {
				r.exc = ps.pickleExc(e)
			}
			if r.exc == nil {
				r.err = err
			}
		}
		c.resp.Put(ctx, r, sim.Forever)
	}
}

func (srv *mgrServer) handle(ctx context.Context, rt *runtime, ps *proc, th *thread, req *mgrReq) (py.Object, error) {
	args := make([]py.Object, len(req.args))
	for i, a := range req.args {
		v, err := ps.unpickle(a)
		if err != nil {
			return nil, err
		}
		args[i] = v
	}
	if req.create != "" {
		fn, err := managedType(th, ps, req.create)
		if err != nil {
			return nil, err
		}
		o, err := rt.call(ctx, fn, args, req.kw)
		if err != nil {
			return nil, err
		}
		srv.next++
		srv.objs[srv.next] = o
		return py.MakeInt(int64(srv.next)), nil
	}
	obj := srv.objs[req.id]
	if v, err, ok := dunder(th, obj, req.method, args); ok {
		return v, err
	}
	fn, err := th.pt.GetAttrString(obj, req.method)
	if err != nil {
		return nil, err
	}
	return rt.call(ctx, fn, args, req.kw)
}

// dunder calls the special methods a proxy exposes as the operations they are (the built-in types
// have no attributes by those names here); a dict's keys, values and items come back as lists, as
// CPython's do.
func dunder(th *thread, obj py.Object, method string, args []py.Object) (v py.Object, err error, ok bool) {
	t := th.pt
	arg := func(i int) py.Object {
		if i < len(args) {
			return args[i]
		}
		return py.None
	}
	switch method {
	case "__getitem__":
		v, err = t.GetItem(obj, arg(0))
	case "__setitem__":
		v, err = py.None, t.SetItem(obj, arg(0), arg(1))
	case "__delitem__":
		v, err = py.None, t.DelItem(obj, arg(0))
	case "__contains__":
		var b bool
		b, err = t.Contains(obj, arg(0))
		v = py.NewBool(b)
	case "__len__":
		var n int
		n, err = t.Len(obj)
		v = py.MakeInt(int64(n))
	case "__repr__", "__str__":
		var s string
		s, err = t.Repr(obj)
		v = py.NewStr(s)
	case "__add__":
		v, err = t.BinaryOp("+", obj, arg(0))
	case "__mul__", "__rmul__":
		v, err = t.BinaryOp("*", obj, arg(0))
	case "__imul__":
		var r py.Object
		if r, err = t.BinaryOp("*", obj, arg(0)); err == nil {
			if l, isList := obj.(*py.List); isList {
				l.V = r.(*py.List).V
			}
		}
		v = py.None
	case "__getattribute__", "__setattr__", "__delattr__":
		name, isStr := arg(0).(*py.Str)
		if !isStr {
			return nil, py.Errorf(py.TypeErrorType, "attribute name must be string, not '%s'", arg(0).Type().Name), true
		}
		switch method {
		case "__getattribute__":
			v, err = t.GetAttr(obj, name)
		case "__setattr__":
			v, err = py.None, t.SetAttr(obj, name, arg(1))
		default:
			v, err = py.None, t.DelAttr(obj, name)
		}
	case "keys", "values", "items":
		if _, isDict := obj.(*py.Dict); !isDict {
			return nil, nil, false
		}
		var view py.Object
		if view, err = t.CallMethod(obj, method); err == nil {
			var items []py.Object
			items, err = iterList(th, view)
			v = py.NewList(items)
		}
	case "__reversed__":
		var items []py.Object
		items, err = iterList(th, obj)
		for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
			items[i], items[j] = items[j], items[i]
		}
		v = py.NewList(items)
	default:
		return nil, nil, false
	}
	return v, err, true
}

// managedType is the callable that makes a typeid's object in the server.
func managedType(th *thread, ps *proc, typeid string) (py.Object, error) {
	mod, name := "threading", typeid
	switch typeid {
	case "dict", "list":
		v, _ := ps.in.Builtins.GetStr(typeid)
		return v, nil
	case "Namespace":
		mod = "multiprocessing.managers"
	case "Queue", "LifoQueue", "PriorityQueue", "JoinableQueue":
		mod = "queue"
		if typeid == "JoinableQueue" {
			name = "Queue"
		}
	}
	m, err := th.pt.Import(mod)
	if err != nil {
		return nil, err
	}
	return th.pt.GetAttrString(m, name)
}

// request sends req to the server on the calling thread's connection and waits for the reply.
func (srv *mgrServer) request(th *thread, req *mgrReq) (py.Object, error) {
	ps := th.proc
	c := srv.byThr[th.st]
	if srv.down { // the server's socket is gone: a connection breaks, a new one finds no file
		if c != nil {
			return nil, th.osError(32, "Broken pipe")
		}
		return nil, th.osError(2, "No such file or directory")
	}
	if c == nil {
		c = &mgrConn{req: sim.NewQueue(th.ctx, 0), resp: sim.NewQueue(th.ctx, 0)}
		srv.byThr[th.st] = c
		srv.conns.Put(th.ctx, c, sim.Forever)
	}
	c.req.Put(th.ctx, req, sim.Forever)
	v, _ := c.resp.Get(th.ctx, sim.Forever)
	r := v.(*mgrResp)
	if r.err != nil {
		return nil, r.err
	}
	if r.exc != nil {
		return nil, ps.unpickleExc(r.exc)
	}
	return ps.unpickle(r.v)
}

// callArgs pickles a call's arguments: a tuple and a dict of keywords.
func (ps *proc) callArgs(th *thread, args, kwds py.Object) ([]pk, []string, error) {
	var items []py.Object
	if t, ok := args.(*py.Tuple); ok {
		items = append(items, t.V...)
	}
	var names []string
	if d, ok := kwds.(*py.Dict); ok {
		for _, kv := range d.Items() {
			if k, ok := kv[0].(*py.Str); ok {
				names = append(names, k.S)
				items = append(items, kv[1])
			}
		}
	}
	out := make([]pk, len(items))
	for i, it := range items {
		v, err := ps.pickle(it)
		if err != nil {
			return nil, nil, err
		}
		out[i] = v
	}
	return out, names, nil
}

func (ps *proc) mgrHandleType() *py.Type {
	return ps.mpType("ManagerHandle", func(t *py.Type) {
		def(t, "create", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			srv := self.(*mgrHandle).srv
			typeid := args[0].(*py.Str).S
			a, names, err := ps.callArgs(th, args[1], args[2])
			if err != nil {
				return nil, err
			}
			id, err := srv.request(th, &mgrReq{create: typeid, args: a, kw: names})
			if err != nil {
				return nil, err
			}
			tok := &mgrToken{srv: srv, id: int(id.(py.Int)), typeid: typeid}
			return ps.viewOf(tok), nil
		})
		def(t, "shutdown", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			self.(*mgrHandle).srv.shutdown(th.ctx)
			return py.None, nil
		})
		defProp(t, "pid", func(th *thread, self py.Object) (py.Object, error) {
			return py.MakeInt(int64(self.(*mgrHandle).srv.p.PID())), nil
		})
		defProp(t, "name", func(th *thread, self py.Object) (py.Object, error) {
			return py.NewStr(self.(*mgrHandle).srv.p.Name()), nil
		})
	})
}

func (ps *proc) tokenType() *py.Type {
	return ps.mpType("Token", func(t *py.Type) {
		defProp(t, "typeid", func(th *thread, self py.Object) (py.Object, error) {
			return py.NewStr(self.(*tokenObj).tok.typeid), nil
		})
		defProp(t, "id", func(th *thread, self py.Object) (py.Object, error) {
			return py.MakeInt(int64(self.(*tokenObj).tok.id)), nil
		})
		def(t, "call", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			tok := self.(*tokenObj).tok
			a, names, err := ps.callArgs(th, args[1], args[2])
			if err != nil {
				return nil, err
			}
			return tok.srv.request(th, &mgrReq{id: tok.id, method: args[0].(*py.Str).S, args: a, kw: names})
		})
	})
}
