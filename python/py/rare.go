package py

import (
	"strings"

	op "github.com/futurescope/futurescope/python/compile"
)

// evalRare executes the less frequent instructions; it returns the new
// stack pointer and pc, and whether the frame yields (value at stack[sp]).
func (t *Thread) evalRare(f *Frame, in op.Instr, sp, pc int) (int, int, bool, error) {
	stack := f.stack
	arg := in.Arg()
	switch in.Op() {
	case op.BUILD_TUPLE:
		items := make([]Object, arg)
		copy(items, stack[sp-arg:sp])
		clear(stack[sp-arg : sp])
		sp -= arg
		stack[sp] = NewTuple(items)
		return sp + 1, pc, false, nil
	case op.BUILD_LIST:
		items := make([]Object, arg)
		copy(items, stack[sp-arg:sp])
		clear(stack[sp-arg : sp])
		sp -= arg
		stack[sp] = NewList(items)
		return sp + 1, pc, false, nil
	case op.BUILD_SET:
		s := NewSet(false)
		for _, x := range stack[sp-arg : sp] {
			if err := s.Add(t, x); err != nil {
				return sp, pc, false, err
			}
		}
		clear(stack[sp-arg : sp])
		sp -= arg
		stack[sp] = s
		return sp + 1, pc, false, nil
	case op.BUILD_MAP:
		d := NewDict()
		for i := sp - 2*arg; i < sp; i += 2 {
			if err := d.Set(t, stack[i], stack[i+1]); err != nil {
				return sp, pc, false, err
			}
		}
		clear(stack[sp-2*arg : sp])
		sp -= 2 * arg
		stack[sp] = d
		return sp + 1, pc, false, nil
	case op.BUILD_STRING:
		var b strings.Builder
		for _, x := range stack[sp-arg : sp] {
			b.WriteString(x.(*Str).S)
		}
		clear(stack[sp-arg : sp])
		sp -= arg
		stack[sp] = NewStr(b.String())
		return sp + 1, pc, false, nil
	case op.BUILD_SLICE:
		var s *Slice
		if arg == 3 {
			s = &Slice{stack[sp-3], stack[sp-2], stack[sp-1]}
		} else {
			s = &Slice{stack[sp-2], stack[sp-1], None}
		}
		clear(stack[sp-arg : sp])
		sp -= arg
		stack[sp] = s
		return sp + 1, pc, false, nil
	case op.LIST_APPEND:
		sp--
		l := stack[sp-arg].(*List)
		if len(l.V) >= MaxContainerLen {
			return sp, pc, false, Errorf(MemoryErrorType, "list too large")
		}
		l.V = append(l.V, stack[sp])
		stack[sp] = nil
		return sp, pc, false, nil
	case op.SET_ADD:
		sp--
		err := stack[sp-arg].(*Set).Add(t, stack[sp])
		stack[sp] = nil
		return sp, pc, false, err
	case op.MAP_ADD:
		sp -= 2
		err := stack[sp-arg].(*Dict).Set(t, stack[sp], stack[sp+1])
		stack[sp], stack[sp+1] = nil, nil
		return sp, pc, false, err
	case op.LIST_EXTEND:
		sp--
		depth := arg & 0xff
		l := stack[sp-depth].(*List)
		items, err := t.iterToSlice(stack[sp])
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Matches(TypeErrorType) && !t.isIterable(stack[sp]) {
				if arg&0x100 != 0 {
					err = Errorf(TypeErrorType, "%s argument after * must be an iterable, not %s", funcDescr(stack[sp-depth-1]), stack[sp].Type().Name)
				} else {
					err = Errorf(TypeErrorType, "Value after * must be an iterable, not %s", stack[sp].Type().Name)
				}
			}
			return sp, pc, false, err
		}
		l.V = append(l.V, items...)
		stack[sp] = nil
		return sp, pc, false, nil
	case op.SET_UPDATE:
		sp--
		s := stack[sp-arg].(*Set)
		err := t.setUpdate(s, stack[sp])
		stack[sp] = nil
		return sp, pc, false, err
	case op.DICT_UPDATE, op.DICT_MERGE:
		sp--
		d := stack[sp-arg].(*Dict)
		src := stack[sp]
		stack[sp] = nil
		return sp, pc, false, t.dictMerge(d, src, in.Op() == op.DICT_MERGE, f, sp, arg)
	case op.LIST_TO_TUPLE:
		stack[sp-1] = NewTuple(stack[sp-1].(*List).V)
		return sp, pc, false, nil
	case op.UNPACK_SEQUENCE:
		items, err := t.unpack(stack[sp-1], arg, -1)
		if err != nil {
			return sp, pc, false, err
		}
		sp--
		for i := len(items) - 1; i >= 0; i-- {
			stack[sp] = items[i]
			sp++
		}
		return sp, pc, false, nil
	case op.UNPACK_EX:
		before, after := arg&0xff, arg>>8
		items, err := t.unpack(stack[sp-1], before, after)
		if err != nil {
			return sp, pc, false, err
		}
		sp--
		for i := len(items) - 1; i >= 0; i-- {
			stack[sp] = items[i]
			sp++
		}
		return sp, pc, false, nil
	case op.MAKE_FUNCTION:
		qual := stack[sp-1].(*Str).S
		code := stack[sp-2].(*CodeObject).Code
		top := sp
		sp -= 2
		fn := &Function{Code: code, Name: code.Name, QualName: qual, Globals: f.globals}
		if arg&4 != 0 {
			sp--
			cells := stack[sp].(*Tuple).V
			fn.Closure = make([]*Cell, len(cells))
			for i, c := range cells {
				fn.Closure[i] = c.(*Cell)
			}
		}
		if arg&8 != 0 {
			sp--
			fn.Annotations = stack[sp].(*Dict)
		}
		if arg&2 != 0 {
			sp--
			fn.KwDefaults = stack[sp].(*Dict)
		}
		if arg&1 != 0 {
			sp--
			fn.Defaults = stack[sp].(*Tuple).V
		}
		if code.Doc != nil {
			fn.Doc = NewStr(code.Doc.(string))
		} else {
			fn.Doc = None
		}
		if m, ok := f.globals.GetStr("__name__"); ok {
			fn.Module = m
		}
		clear(stack[sp:top])
		stack[sp] = fn
		return sp + 1, pc, false, nil
	case op.YIELD_VALUE:
		return sp - 1, pc, true, nil
	case op.GET_YIELD_FROM_ITER:
		if _, ok := stack[sp-1].(*Generator); ok {
			return sp, pc, false, nil
		}
		it, err := t.Iter(stack[sp-1])
		if err != nil {
			return sp, pc, false, err
		}
		stack[sp-1] = it
		return sp, pc, false, nil
	case op.YIELD_FROM:
		v, done, err := t.sendTo(stack[sp-2], stack[sp-1])
		if err != nil {
			return sp, pc, false, err
		}
		if done {
			sp--
			stack[sp] = nil
			stack[sp-1] = v
			return sp, pc, false, nil
		}
		sp--
		stack[sp] = v
		return sp, pc - 1, true, nil
	case op.SETUP_FINALLY:
		f.blocks = append(f.blocks, block{kind: blockFinally, handler: int32(arg), level: int32(sp)})
		return sp, pc, false, nil
	case op.POP_BLOCK:
		f.blocks = f.blocks[:len(f.blocks)-1]
		return sp, pc, false, nil
	case op.POP_EXCEPT:
		b := f.blocks[len(f.blocks)-1]
		f.blocks = f.blocks[:len(f.blocks)-1]
		handled := t.exc
		t.exc = b.prev
		if handled != nil && t.Interp.watch > 0 {
			return sp, pc, false, t.dropped(handled)
		}
		return sp, pc, false, nil
	case op.RERAISE:
		sp--
		e := stack[sp].(*Exception)
		stack[sp] = nil
		e.reraised = true
		return sp, pc, false, e
	case op.RAISE_VARARGS:
		return sp - arg, pc, false, t.doRaise(stack[sp-arg : sp])
	case op.CHECK_EXC_MATCH:
		ok, err := t.excMatch(stack[sp-2].(*Exception), stack[sp-1])
		if err != nil {
			return sp, pc, false, err
		}
		stack[sp-1] = NewBool(ok)
		return sp, pc, false, nil
	case op.BEFORE_WITH:
		mgr := stack[sp-1]
		enter := mgr.Type().Lookup("__enter__")
		exit := mgr.Type().Lookup("__exit__")
		if enter == nil {
			return sp, pc, false, Errorf(TypeErrorType, "'%s' object does not support the context manager protocol", mgr.Type().Name)
		}
		if exit == nil {
			return sp, pc, false, Errorf(TypeErrorType, "'%s' object does not support the context manager protocol (missed __exit__ method)", mgr.Type().Name)
		}
		bexit, err := t.bindDescr(exit, mgr)
		if err != nil {
			return sp, pc, false, err
		}
		stack[sp-1] = bexit
		r, err := t.callDescr(enter, mgr, nil)
		if err != nil {
			return sp, pc, false, err
		}
		stack[sp] = r
		return sp + 1, pc, false, nil
	case op.WITH_EXCEPT:
		e := stack[sp-1].(*Exception)
		r, err := t.Call(stack[sp-2], []Object{e.Type(), e, t.tracebackObject(e)}, nil)
		if err != nil {
			return sp, pc, false, err
		}
		b, err := t.Truth(r)
		if err != nil {
			return sp, pc, false, err
		}
		stack[sp] = NewBool(b)
		return sp + 1, pc, false, nil
	case op.WITH_EXIT:
		sp--
		_, err := t.Call(stack[sp], []Object{None, None, None}, nil)
		exit := stack[sp]
		stack[sp] = nil
		if err == nil && t.Interp.watch > 0 {
			err = t.dropped(exit)
		}
		return sp, pc, false, err
	case op.LOAD_BUILD_CLASS:
		stack[sp] = buildClassBuiltin
		return sp + 1, pc, false, nil
	case op.IMPORT_NAME:
		name := f.info.names[arg].S
		m, err := t.importName(f, name, stack[sp-1], stack[sp-2])
		if err != nil {
			return sp, pc, false, err
		}
		sp--
		stack[sp] = nil
		stack[sp-1] = m
		return sp, pc, false, nil
	case op.IMPORT_FROM:
		v, err := t.importFrom(stack[sp-1], f.info.names[arg].S)
		if err != nil {
			return sp, pc, false, err
		}
		stack[sp] = v
		return sp + 1, pc, false, nil
	case op.IMPORT_STAR:
		sp--
		err := t.importStar(f, stack[sp])
		stack[sp] = nil
		return sp, pc, false, err
	case op.FORMAT_VALUE:
		spec := ""
		if arg&4 != 0 {
			sp--
			spec = stack[sp].(*Str).S
			stack[sp] = nil
		}
		v := stack[sp-1]
		var err error
		switch arg & 3 {
		case 1:
			v, err = t.StrObj(v)
		case 2:
			var s string
			s, err = t.Repr(v)
			v = NewStr(s)
		case 3:
			var s string
			s, err = t.ASCII(v)
			v = NewStr(s)
		}
		if err != nil {
			return sp, pc, false, err
		}
		if s, ok := v.(*Str); ok && spec == "" && s.sub == nil {
			stack[sp-1] = s
			return sp, pc, false, nil
		}
		r, err := t.Format(v, spec)
		if err != nil {
			return sp, pc, false, err
		}
		stack[sp-1] = NewStr(r)
		return sp, pc, false, nil
	case op.LOAD_ASSERTION_ERROR:
		stack[sp] = AssertionErrorType
		return sp + 1, pc, false, nil
	case op.CLOSE_ITER:
		sp--
		it := stack[sp]
		stack[sp] = nil
		if it != nil && t.Interp.watch > 0 {
			return sp, pc, false, t.dropped(it)
		}
		return sp, pc, false, nil
	case op.PUSH_NULL:
		stack[sp] = nil
		return sp + 1, pc, false, nil
	case op.PRINT_EXPR:
		sp--
		v := stack[sp]
		stack[sp] = nil
		return sp, pc, false, t.displayHook(v)
	case op.SETUP_ANNOTATIONS:
		if _, ok := f.locals.GetStr("__annotations__"); !ok {
			f.locals.SetStr("__annotations__", NewDict())
		}
		return sp, pc, false, nil
	}
	return sp, pc, false, Errorf(SystemErrorType, "unknown opcode %s", in.Op())
}

// doRaise implements raise, raise exc and raise exc from cause.
func (t *Thread) doRaise(args []Object) error {
	if len(args) == 0 {
		if t.exc == nil {
			return Errorf(RuntimeErrorType, "No active exception to reraise")
		}
		t.exc.reraised = true
		return t.exc
	}
	exc, err := t.makeException(args[0], false)
	if err != nil {
		return err
	}
	if len(args) == 2 {
		if args[1] == None {
			exc.Cause = nil
		} else {
			c, err := t.makeException(args[1], true)
			if err != nil {
				return err
			}
			exc.Cause = c
		}
		exc.SuppressContext = true
	}
	if t.exc != nil && exc != t.exc {
		exc.Context = t.exc
	}
	return exc
}

// makeException turns the operand of raise into an exception instance.
func (t *Thread) makeException(o Object, cause bool) (*Exception, error) {
	if typ, ok := o.(*Type); ok && typ.IsSubtype(BaseExceptionType) {
		r, err := t.Call(typ, nil, nil)
		if err != nil {
			return nil, err
		}
		e, ok := r.(*Exception)
		if !ok {
			return nil, Errorf(TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", typ.Name, r.Type().Name)
		}
		return e, nil
	}
	if e, ok := o.(*Exception); ok {
		return e, nil
	}
	if cause {
		return nil, Errorf(TypeErrorType, "exception causes must derive from BaseException")
	}
	return nil, Errorf(TypeErrorType, "exceptions must derive from BaseException")
}

func (t *Thread) excMatch(e *Exception, typ Object) (bool, error) {
	switch x := typ.(type) {
	case *Type:
		if !x.IsSubtype(BaseExceptionType) {
			break
		}
		return e.typ.IsSubtype(x), nil
	case *Tuple:
		for _, c := range x.V {
			ok, err := t.excMatch(e, c)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, Errorf(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
}

func (t *Thread) dictMerge(d *Dict, src Object, call bool, f *Frame, sp, arg int) error {
	sd, ok := src.(*Dict)
	if !ok {
		keysFn, err := t.GetAttrString(src, "keys")
		if err != nil {
			if call {
				fn := f.stack[sp-arg-2]
				return Errorf(TypeErrorType, "%s argument after ** must be a mapping, not %s", funcDescr(fn), src.Type().Name)
			}
			return Errorf(TypeErrorType, "'%s' object is not a mapping", src.Type().Name)
		}
		keys, err := t.Call(keysFn, nil, nil)
		if err != nil {
			return err
		}
		ks, err := t.iterToSlice(keys)
		if err != nil {
			return err
		}
		sd = NewDict()
		for _, k := range ks {
			v, err := t.GetItem(src, k)
			if err != nil {
				return err
			}
			sd.Set(t, k, v)
		}
	}
	for _, kv := range sd.Items() {
		if call {
			if _, ok := kv[0].(*Str); !ok {
				fn := f.stack[sp-arg-2]
				return Errorf(TypeErrorType, "%s keywords must be strings", funcDescr(fn))
			}
			if _, ok, _ := d.Get(t, kv[0]); ok {
				fn := f.stack[sp-arg-2]
				return Errorf(TypeErrorType, "%s got multiple values for keyword argument '%s'", funcDescr(fn), kv[0].(*Str).S)
			}
		}
		if err := d.Set(t, kv[0], kv[1]); err != nil {
			return err
		}
	}
	return nil
}
