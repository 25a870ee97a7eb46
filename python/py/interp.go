package py

import (
	"io"
	"math"
	"math/big"

	"github.com/futurescope/futurescope/python/compile"
	"github.com/futurescope/futurescope/python/syntax"
)

// Interp is one Python process: its builtins, its modules (sys.modules) and
// the identities of its objects. A process pool's workers are separate
// Interps; nothing is shared between them.
type Interp struct {
	Builtins *Dict
	Modules  map[string]*Module
	// Stdout and Stderr receive print output and tracebacks.
	Stdout, Stderr io.Writer
	// RecursionLimit is sys.getrecursionlimit() (1000 by default).
	RecursionLimit int
	// hostModules creates modules the host registers by name.
	hostModules map[string]func(*Interp) (*Module, error)
	ids         map[Object]uint64
	// sysModules is sys.modules as scripts see it.
	sysModules *Dict
	sources    map[string][]string
	nextID     uint64
	// nans counts the NaNs float() made, each given a payload of its own.
	nans uint64
	// HostRoots, if set, visits the objects the host holds that no Python object references (the
	// work queued in an executor, a future's result) and reports whether it could; false keeps every
	// dropped generator (finalize.go).
	HostRoots func(visit func(Object)) bool
	// threads are the Interp's threads, whose frames are roots; watch counts the objects that may
	// need finalizing when dropped (finalize.go).
	threads []*Thread
	watch   int
	// kept are the objects the host holds (Keep); markBudget, if set, replaces the constant (tests).
	kept       map[Object]int
	markBudget int
}

// NewInterp returns an interpreter with the built-in functions and types.
func NewInterp(stdout, stderr io.Writer) *Interp {
	in := &Interp{Stdout: stdout, Stderr: stderr, RecursionLimit: 1000, Modules: map[string]*Module{},
		hostModules: map[string]func(*Interp) (*Module, error){}, ids: map[Object]uint64{}}
	in.Builtins = newBuiltinsDict(in)
	bm := &Module{Name: "builtins", Dict: in.Builtins}
	in.sysModules = NewDict()
	in.addModule("builtins", bm)
	for name, mk := range coreModules {
		in.hostModules[name] = mk
	}
	return in
}

// addModule records a module in the Interp's modules and sys.modules.
func (in *Interp) addModule(name string, m *Module) {
	in.Modules[name] = m
	in.sysModules.SetStr(name, m)
}

// RegisterModule makes `import name` call make (once per Interp) for the
// module's contents. Host modules (time, threading, concurrent.futures on
// the simulator) are registered this way.
func (in *Interp) RegisterModule(name string, make func(*Interp) (*Module, error)) {
	in.hostModules[name] = make
}

// coreModules are modules every Interp can import (sys, math, ...); filled
// by init functions.
var coreModules = map[string]func(*Interp) (*Module, error){}

// RegisterCoreModule adds a module every Interp can import. Call it from an
// init function (lib_*.go files use it for math, sys, ...).
func RegisterCoreModule(name string, make func(*Interp) (*Module, error)) {
	coreModules[name] = make
}

// ID returns the identity of o, as id() reports it: a per-Interp counter
// scaled to look like an address, deterministic for a given run.
func (in *Interp) ID(o Object) uint64 {
	if f, ok := o.(Float); ok && math.IsNaN(float64(f)) {
		o = nanKey(math.Float64bits(float64(f))) // a NaN is never a map key equal to itself
	}
	if i, ok := o.(*Instance); ok {
		// An instance keeps its own id, so the ids of a million futures hold none of them alive.
		if i.id == 0 {
			i.id = in.newID()
		}
		return i.id
	}
	if id, ok := in.ids[o]; ok {
		return id
	}
	id := in.newID()
	in.ids[o] = id
	return id
}

// newID hands out the next id: CPython-like addresses, in the order objects are first asked about,
// so the same script prints the same ids on every run.
func (in *Interp) newID() uint64 {
	in.nextID++
	return 0x7f0000001000 + in.nextID*0x30
}

// nanKey stands for a NaN (by its bits, which make its identity) in Interp.ids.
type nanKey uint64

// Type is never asked: nanKey is only a map key.
func (nanKey) Type() *Type { return FloatType }

// HookEvent says why the host hook is called.
type HookEvent int

// Hook events.
const (
	// HookTick: the thread executed Every more instructions.
	HookTick HookEvent = iota
	// HookBlockStart and HookBlockEnd surround a blocking built-in call.
	HookBlockStart
	HookBlockEnd
)

// Thread is one Python thread: its call stack and the exception being
// handled. A Thread is used by one goroutine at a time.
type Thread struct {
	Interp *Interp
	// Hook, if set, is called every Every instructions and around blocking
	// calls; an error it returns unwinds the thread (no except or finally
	// clause runs) and is returned by the outermost call.
	Hook  func(t *Thread, ev HookEvent) error
	Every uint64
	// Steps counts the instructions executed (for charging virtual CPU).
	Steps uint64

	countdown uint64
	depth     int
	cdepth    int // nesting of C-level operations (container reprs, comparisons)
	frame     *Frame
	// exc is the exception currently being handled (sys.exception()).
	exc *Exception
	// locals holds host state by key.
	locals map[string]any
	// repring guards against infinite recursion in reprs of containers.
	repring map[Object]bool
	// pool holds reusable frames by call depth.
	pool []*Frame
	// serial numbers the frames the thread has made (Frame.serial).
	serial uint64
	// ints boxes the ints the eval loop makes (intbox.go).
	ints intBox
	// ws is the search for watched objects among dropped values (finalize_search.go).
	ws *watchSearch
	// held are the slices of objects Go code on this thread holds while it runs Python code (Hold).
	held [][]Object
}

// NewThread returns a thread of in.
func (in *Interp) NewThread() *Thread {
	t := &Thread{Interp: in, Every: 1000, countdown: 1000}
	in.threads = append(in.threads, t)
	return t
}

// SetLocal stores host state on the thread.
func (t *Thread) SetLocal(key string, v any) {
	if t.locals == nil {
		t.locals = map[string]any{}
	}
	t.locals[key] = v
}

// Local returns host state stored with SetLocal.
func (t *Thread) Local(key string) any { return t.locals[key] }

// Blocking runs fn between HookBlockStart and HookBlockEnd; built-ins that
// block (sleep, lock acquire, future result) call it.
func (t *Thread) Blocking(fn func() error) error {
	if t.Hook != nil {
		if err := t.Hook(t, HookBlockStart); err != nil {
			return err
		}
	}
	err := fn()
	if t.Hook != nil {
		if herr := t.Hook(t, HookBlockEnd); herr != nil && err == nil {
			err = herr
		}
	}
	return err
}

// CurrentException returns the exception being handled, or nil.
func (t *Thread) CurrentException() *Exception { return t.exc }

// info returns the runtime cache of code, converting its constants once.
func codeInfoOf(code *compile.Code) *codeInfo {
	if ci, ok := code.Runtime.(*codeInfo); ok {
		return ci
	}
	ci := &codeInfo{consts: make([]Object, len(code.Consts)), names: make([]*Str, len(code.Names)),
		kwnames: make([][]string, len(code.Consts))}
	for i, k := range code.Consts {
		ci.consts[i] = constObject(k)
		if tup, ok := k.(compile.Tuple); ok {
			names := make([]string, 0, len(tup))
			for _, x := range tup {
				if s, ok := x.(string); ok {
					names = append(names, s)
				}
			}
			ci.kwnames[i] = names
		}
	}
	for i, n := range code.Names {
		s := NewStr(n)
		s.Hash()
		ci.names[i] = s
	}
	ci.attr = make([]attrCache, len(code.Code))
	ci.obj = &CodeObject{Code: code}
	code.Runtime = ci
	return ci
}

func constObject(k any) Object {
	switch v := k.(type) {
	case nil:
		return None
	case bool:
		return NewBool(v)
	case int:
		return MakeInt(int64(v))
	case *big.Int:
		return NewBigInt(v)
	case float64:
		return Float(v)
	case complex128:
		return &Complex{V: v}
	case string:
		s := NewStr(v)
		s.Hash()
		return s
	case syntax.Bytes:
		return &Bytes{S: string(v)}
	case syntax.Ellipsis:
		return Ellipsis
	case compile.Tuple:
		items := make([]Object, len(v))
		for i, x := range v {
			items[i] = constObject(x)
		}
		return NewTuple(items)
	case *compile.Code:
		return &CodeObject{Code: v}
	case compile.FrozenSet:
		// Constants hash and compare without script code; a scratch thread serves.
		th := (&Interp{RecursionLimit: 1000, ids: map[Object]uint64{}}).NewThread()
		first := NewSet(true)
		for _, x := range v {
			first.Add(th, constObject(x))
		}
		s := NewSet(true)
		for _, x := range first.Items() {
			s.Add(th, x)
		}
		return s
	}
	return None
}

// Complex is a Python complex number.
type Complex struct{ V complex128 }

// Type returns ComplexType.
func (*Complex) Type() *Type { return ComplexType }

// CodeObject wraps compiled code as a Python value.
type CodeObject struct{ Code *compile.Code }

// Type returns CodeType.
func (*CodeObject) Type() *Type { return CodeType }
