package py

import (
	"github.com/futurescope/futurescope/python/compile"
)

// Function is a function defined by a script (def or lambda).
type Function struct {
	Code        *compile.Code
	Name        string
	QualName    string
	Globals     *Dict
	Defaults    []Object
	KwDefaults  *Dict
	Closure     []*Cell
	Dict        *Dict
	Doc         Object
	Module      Object
	Annotations *Dict
	info        *codeInfo
}

// Type returns FunctionType.
func (*Function) Type() *Type { return FunctionType }

// Cell holds a variable shared between a function and its closures.
type Cell struct{ V Object } // V nil: empty

// Type returns CellType.
func (*Cell) Type() *Type { return CellType }

// BoundMethod is a function bound to an instance (or a class, for classmethods).
type BoundMethod struct {
	Fn   Object
	Self Object
}

// Type returns MethodType.
func (*BoundMethod) Type() *Type { return MethodType }

// BuiltinFunc implements a built-in function. args holds the positional
// arguments followed by the keyword arguments' values, named by kwnames.
type BuiltinFunc func(t *Thread, args []Object, kwnames []string) (Object, error)

// Builtin is a built-in function, or a built-in method bound to Self.
type Builtin struct {
	Name string
	Fn   BuiltinFunc
	// Self is the receiver of a bound built-in method (nil for a function);
	// method is its implementation then.
	Self   Object
	method MethodFunc
	// Module names the module of a module-level function ("builtins" if empty).
	Module string
	// HostKeeps marks a host's function, which may keep its arguments (see Type.HostKeeps).
	HostKeeps bool
	// Transparent marks a function that, while it runs Python code, holds only its arguments and
	// what it Holds (Thread.Hold): a proof made while it runs sees through it (finalize_retry.go).
	Transparent bool
	// owner is the class of a bound method's descriptor (finalize_go.go).
	owner *Type
}

// Type returns BuiltinType.
func (*Builtin) Type() *Type { return BuiltinType }

// NewBuiltin returns a built-in function.
func NewBuiltin(name string, fn BuiltinFunc) *Builtin { return &Builtin{Name: name, Fn: fn} }

// MethodDescr is a method of a built-in type, as found in the type's dict.
type MethodDescr struct {
	Name  string
	Owner *Type
	Fn    MethodFunc
}

// Type returns MethodDescrType.
func (*MethodDescr) Type() *Type { return MethodDescrType }

// Property is a property descriptor.
type Property struct{ Get, Set, Del, Doc Object }

// Type returns PropertyType.
func (*Property) Type() *Type { return PropertyType }

// StaticMethod wraps a function so it binds to nothing.
type StaticMethod struct{ Fn Object }

// Type returns StaticMethodType.
func (*StaticMethod) Type() *Type { return StaticMethodType }

// ClassMethod wraps a function so it binds to the class.
type ClassMethod struct{ Fn Object }

// Type returns ClassMethodType.
func (*ClassMethod) Type() *Type { return ClassMethodType }

// Module is a module object.
type Module struct {
	Name string
	Dict *Dict
	// Missing, if set, is asked for an attribute the module's dict lacks before its __getattr__ is:
	// ok false when it has none either. A host makes a submodule an attribute on first use with it
	// (os.path), where CPython's module imports the submodule itself.
	Missing func(t *Thread, name string) (v Object, ok bool, err error)
	// newer names the attributes a later Python adds, with that version
	// (AddNewer).
	newer map[string]string
}

// Type returns ModuleType.
func (*Module) Type() *Type { return ModuleType }

// NewModule returns an empty module with __name__ set.
func NewModule(name string) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.SetStr("__name__", NewStr(name))
	m.Dict.SetStr("__doc__", None)
	return m
}

// SetAttr sets a module attribute.
func (m *Module) SetAttr(name string, v Object) { m.Dict.SetStr(name, v) }

// Instance is an instance of a class defined by a script (not derived from
// a built-in type other than object).
type Instance struct {
	typ  *Type
	Dict *Dict
	// id is the instance's id() once asked (Interp.ID), kept here rather than in a map that would keep
	// the instance alive; 0 until then.
	id uint64
	// host is what the embedding program pairs with the instance (SetHost).
	host any
}

// Host returns what SetHost stored on the instance, or nil.
func (o *Instance) Host() any { return o.host }

// SetHost pairs the instance with a value of the embedding program (a simulated future for a
// concurrent.futures.Future), which Host returns, so the host needs no map from instances that
// would keep them alive.
func (o *Instance) SetHost(h any) { o.host = h }

// Type returns the instance's class.
func (o *Instance) Type() *Type { return o.typ }

// NewInstance makes an instance of cls with an empty __dict__, for hosts that fill Dict directly.
func NewInstance(cls *Type) *Instance { return &Instance{typ: cls, Dict: NewDict()} }

// NewBareInstance makes an instance of cls whose __dict__ is made only when an attribute is first
// set or __dict__ is asked for (as CPython's inline values): until then Dict is nil and reads as
// empty. concurrent.futures.Future uses it, so a million futures cost no dicts; a host that writes
// Dict directly uses NewInstance.
func NewBareInstance(cls *Type) *Instance { return &Instance{typ: cls} }

// dict returns the instance's __dict__, made on first need.
func (o *Instance) dict() *Dict {
	if o.Dict == nil {
		o.Dict = NewDict()
	}
	return o.Dict
}

// Super is a super() object.
type Super struct {
	Start *Type  // the class after which lookup starts
	Obj   Object // the instance or class bound
	ObjT  *Type  // the type whose MRO is searched
	// classLevel is set when Obj is a class (super() in a classmethod).
	classLevel bool
}

// Type returns SuperType.
func (*Super) Type() *Type { return SuperType }

// codeInfo caches per-code runtime data: constants as objects, names as
// str objects.
type codeInfo struct {
	consts  []Object
	names   []*Str
	kwnames [][]string // per constant index: keyword-name tuples as Go strings
	// attr holds inline caches of attribute instructions, by pc.
	attr []attrCache
	// obj is the code as a Python value, one per code (f.__code__ is f.__code__).
	obj *CodeObject
}

// attrCache remembers what a class attribute lookup found for one class at
// one instruction: attr is the class attribute (nil: none), plainSet that
// the class has neither __setattr__ nor a data descriptor for the name.
type attrCache struct {
	typ      *Type
	version  uint32
	attr     Object
	plainSet bool
}
