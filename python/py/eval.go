package py

import (
	"math"

	op "github.com/futurescope/futurescope/python/compile"
)

// eval runs f from f.pc until it returns or yields (f.gen.yielded is set).
// A non-nil throw starts by raising it at the current instruction.
func (t *Thread) eval(f *Frame, throw error) (result Object, err error) {
	f.back = t.frame
	t.frame = f
	code := f.code.Code
	consts := f.info.consts
	names := f.info.names
	stack := f.stack
	fast := f.fast
	sp := f.sp
	pc := f.pc
	if throw != nil {
		err = throw
		pc = f.lasti + 1
		goto fail
	}
loop:
	for {
		if t.countdown--; t.countdown == 0 {
			t.countdown = t.Every
			t.Steps += t.Every
			if t.Hook != nil {
				f.lasti, f.sp = pc, sp // another thread's proof reads where this one stands (finalize_go.go)
				if err = t.Hook(t, HookTick); err != nil {
					pc++
					break
				}
			}
		}
		in := code[pc]
		pc++
		switch op.Op(in & 0xff) {
		case op.NOP:
			continue
		case op.LOAD_FAST:
			v := fast[in>>8]
			if v == nil {
				err = unboundLocal(f.code.Varnames[in>>8])
				break
			}
			// Fused with what follows (counted as executed): a second LOAD_FAST (`a % b`), an int
			// constant, or a conditional jump on an int or a bool (`while b:`).
			if t.countdown > 1 && pc < len(code) {
				switch nx := code[pc]; op.Op(nx & 0xff) {
				case op.LOAD_FAST:
					if w := fast[nx>>8]; w != nil {
						// `a % i`: the int operation on them too, its result unboxed (pairOp).
						if pc+1 < len(code) && op.Op(code[pc+1]&0xff) == op.BINARY_OP && t.countdown > 2 {
							var ok bool
							if pc, sp, ok = t.pairOp(code, consts, stack, sp, pc+1, v, w); ok {
								continue
							}
							pc--
						}
						t.countdown--
						pc++
						stack[sp], stack[sp+1] = v, w
						sp += 2
						continue
					}
				case op.LOAD_CONST:
					// `i * 7919`, `v > 1`: an int local with the constants and operations after it,
					// unboxed (intTail); v itself when they are none of those.
					if x, ok := v.(Int); ok {
						if npc, r, kind := t.intTail(code, consts, pc, int64(x)); npc != pc {
							pc = npc
							switch kind {
							case tailInt:
								stack[sp] = t.ints.make(r)
								sp++
							case tailBool:
								stack[sp] = NewBool(r != 0)
								sp++
							}
							continue
						}
					}
				case op.POP_JUMP_IF_FALSE, op.POP_JUMP_IF_TRUE:
					var b, known bool
					switch x := v.(type) {
					case Bool:
						b, known = bool(x), true
					case Int:
						b, known = x != 0, true
					}
					if known {
						t.countdown--
						if b == (op.Op(nx&0xff) == op.POP_JUMP_IF_TRUE) {
							pc = int(nx >> 8)
						} else {
							pc++
						}
						continue
					}
				}
			}
			stack[sp] = v
			sp++
			continue
		case op.STORE_FAST:
			sp--
			if t.Interp.watch > 0 {
				// A generator may need finalizing: the value overwritten is dropped (finalize.go).
				old := fast[in>>8]
				fast[in>>8] = stack[sp]
				stack[sp] = nil
				if old != nil {
					f.sp, f.lasti = sp, pc-1
					if err = t.dropped(old); err != nil {
						break
					}
				}
				continue
			}
			fast[in>>8] = stack[sp]
			stack[sp] = nil
			continue
		case op.LOAD_CONST:
			stack[sp] = consts[in>>8]
			sp++
			continue
		case op.POP_TOP:
			sp--
			if t.Interp.watch > 0 {
				old := stack[sp]
				stack[sp] = nil
				if old != nil {
					f.sp, f.lasti = sp, pc-1
					if err = t.dropped(old); err != nil {
						break
					}
				}
				continue
			}
			stack[sp] = nil
			continue
		case op.ROT_TWO:
			// `a, b = b, a % b`: the two STORE_FASTs that follow (counted as executed).
			if t.countdown > 2 && t.Interp.watch == 0 && pc+1 < len(code) && op.Op(code[pc]&0xff) == op.STORE_FAST && op.Op(code[pc+1]&0xff) == op.STORE_FAST {
				t.countdown -= 2
				fast[code[pc]>>8] = stack[sp-2]
				fast[code[pc+1]>>8] = stack[sp-1]
				stack[sp-1], stack[sp-2] = nil, nil
				sp -= 2
				pc += 2
				continue
			}
			stack[sp-1], stack[sp-2] = stack[sp-2], stack[sp-1]
			continue
		case op.ROT_THREE:
			stack[sp-1], stack[sp-2], stack[sp-3] = stack[sp-2], stack[sp-3], stack[sp-1]
			continue
		case op.ROT_FOUR:
			stack[sp-1], stack[sp-2], stack[sp-3], stack[sp-4] = stack[sp-2], stack[sp-3], stack[sp-4], stack[sp-1]
			continue
		case op.DUP_TOP:
			stack[sp] = stack[sp-1]
			sp++
			continue
		case op.DUP_TOP_TWO:
			stack[sp] = stack[sp-2]
			stack[sp+1] = stack[sp-1]
			sp += 2
			continue
		case op.BINARY_OP:
			a, b := stack[sp-2], stack[sp-1]
			var r Object
			if x, ok := a.(Int); ok {
				if y, ok := b.(Int); ok {
					if v, ok := intFast(int(in>>8)&15, int64(x), int64(y)); ok {
						sp--
						stack[sp] = nil
						kind := tailInt
						if op.Op(code[pc]&0xff) == op.LOAD_CONST {
							pc, v, kind = t.intTail(code, consts, pc, v)
						}
						switch kind {
						case tailInt:
							stack[sp-1] = t.ints.make(v)
						case tailBool:
							stack[sp-1] = NewBool(v != 0)
						default:
							sp--
							stack[sp] = nil
						}
						continue
					}
				}
			}
			r, err = t.binaryOp(int(in>>8)&15, a, b, in>>8 >= 16)
			if err != nil {
				break
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = r
			continue
		case op.COMPARE_OP:
			a, b := stack[sp-2], stack[sp-1]
			var r Object
			if x, ok := a.(Int); ok {
				if y, ok := b.(Int); ok {
					c := intCompare(int(in>>8), int64(x), int64(y))
					sp--
					stack[sp] = nil
					// Fuse with the jumps on the result that follow (counted as executed).
					if npc, n, kept := jumpOn(code, pc, c, int(t.countdown)-1); n > 0 {
						t.countdown -= uint64(n)
						pc = npc
						if !kept {
							sp--
							stack[sp] = nil
							continue
						}
					}
					stack[sp-1] = NewBool(c)
					continue
				}
			}
			r, err = t.richCompare(int(in>>8), a, b)
			if err != nil {
				break
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = r
			continue
		case op.POP_JUMP_IF_FALSE:
			sp--
			v := stack[sp]
			stack[sp] = nil
			var b bool
			if x, ok := v.(Bool); ok {
				b = bool(x)
			} else if i, ok := v.(Int); ok {
				b = i != 0
			} else if b, err = t.Truth(v); err != nil {
				break
			}
			if !b {
				pc = int(in >> 8)
			}
			continue
		case op.POP_JUMP_IF_TRUE:
			sp--
			v := stack[sp]
			stack[sp] = nil
			var b bool
			if x, ok := v.(Bool); ok {
				b = bool(x)
			} else if i, ok := v.(Int); ok {
				b = i != 0
			} else if b, err = t.Truth(v); err != nil {
				break
			}
			if b {
				pc = int(in >> 8)
			}
			continue
		case op.JUMP_IF_FALSE_OR_POP, op.JUMP_IF_TRUE_OR_POP:
			var b bool
			if x, ok := stack[sp-1].(Bool); ok {
				b = bool(x)
			} else if b, err = t.Truth(stack[sp-1]); err != nil {
				break
			}
			if b == (op.Op(in&0xff) == op.JUMP_IF_TRUE_OR_POP) {
				pc = int(in >> 8)
			} else {
				sp--
				stack[sp] = nil
			}
			continue
		case op.JUMP:
			pc = int(in >> 8)
			continue
		case op.LOAD_GLOBAL:
			name := names[in>>8]
			v, ok := f.globals.getStrObj(name)
			if !ok {
				v, ok = f.builtins.getStrObj(name)
				if !ok {
					e := Errorf(NameErrorType, "name '%s' is not defined", name.S)
					t.nameCandidates(f, e, name.S)
					err = e
					break
				}
			}
			stack[sp] = v
			sp++
			continue
		case op.STORE_GLOBAL:
			sp--
			old := t.oldItem(f.globals, names[in>>8])
			f.globals.setHashed(nil, names[in>>8], names[in>>8].Hash(), stack[sp])
			stack[sp] = nil
			if old != nil {
				f.sp, f.lasti = sp, pc-1
				if err = t.dropped(old); err != nil {
					break
				}
			}
			continue
		case op.DELETE_GLOBAL:
			var ok bool
			old := t.oldItem(f.globals, names[in>>8])
			if ok, err = f.globals.Delete(t, names[in>>8]); err == nil && !ok {
				err = Errorf(NameErrorType, "name '%s' is not defined", names[in>>8].S)
			}
			if err == nil && old != nil {
				f.sp, f.lasti = sp, pc-1
				err = t.dropped(old)
			}
			if err != nil {
				break
			}
			continue
		case op.LOAD_NAME:
			name := names[in>>8]
			var v Object
			v, err = t.loadName(f, name)
			if err != nil {
				break
			}
			stack[sp] = v
			sp++
			continue
		case op.STORE_NAME:
			sp--
			old := t.oldItem(f.locals, names[in>>8])
			err = t.storeName(f, names[in>>8], stack[sp])
			stack[sp] = nil
			if err == nil && old != nil {
				f.sp, f.lasti = sp, pc-1
				err = t.dropped(old)
			}
			if err != nil {
				break
			}
			continue
		case op.DELETE_NAME:
			var ok bool
			old := t.oldItem(f.locals, names[in>>8])
			ok, err = f.locals.Delete(t, names[in>>8])
			if err == nil && !ok {
				err = Errorf(NameErrorType, "name '%s' is not defined", names[in>>8].S)
			}
			if err == nil && old != nil {
				f.sp, f.lasti = sp, pc-1
				err = t.dropped(old)
			}
			if err != nil {
				break
			}
			continue
		case op.DELETE_FAST:
			old := fast[in>>8]
			if old == nil {
				err = unboundLocal(f.code.Varnames[in>>8])
				break
			}
			fast[in>>8] = nil
			if t.Interp.watch > 0 {
				f.sp, f.lasti = sp, pc-1
				if err = t.dropped(old); err != nil {
					break
				}
			}
			continue
		case op.LOAD_DEREF, op.LOAD_CLASSDEREF:
			i := int(in >> 8)
			if op.Op(in&0xff) == op.LOAD_CLASSDEREF {
				if v, ok := f.locals.getStrObj(NewStr(f.cellName(i))); ok {
					stack[sp] = v
					sp++
					continue
				}
			}
			v := f.cells[i].V
			if v == nil {
				err = t.unboundCell(f, i)
				break
			}
			stack[sp] = v
			sp++
			continue
		case op.STORE_DEREF:
			sp--
			var old Object
			if t.Interp.watch > 0 {
				old = f.cells[in>>8].V
			}
			f.cells[in>>8].V = stack[sp]
			stack[sp] = nil
			if old != nil {
				f.sp, f.lasti = sp, pc-1
				if err = t.dropped(old); err != nil {
					break
				}
			}
			continue
		case op.DELETE_DEREF:
			old := f.cells[in>>8].V
			if old == nil {
				err = t.unboundCell(f, int(in>>8))
				break
			}
			f.cells[in>>8].V = nil
			if t.Interp.watch > 0 {
				f.sp, f.lasti = sp, pc-1
				if err = t.dropped(old); err != nil {
					break
				}
			}
			continue
		case op.LOAD_CLOSURE:
			stack[sp] = f.cells[in>>8]
			sp++
			continue
		case op.LOAD_ATTR:
			if inst, ok := stack[sp-1].(*Instance); ok && inst.typ.cache != nil {
				ic := &f.info.attr[pc-1]
				if ic.typ != inst.typ || ic.version != inst.typ.version {
					t.fillAttrCache(ic, inst.typ, names[in>>8].S)
				}
				if ic.attr == nil {
					if v, ok := inst.Dict.getStrObj(names[in>>8]); ok {
						stack[sp-1] = v
						continue
					}
				}
			}
			if _, ok := stack[sp-1].(*FrameObject); ok {
				f.lasti = pc - 1 // a running frame's f_lineno
			}
			var v Object
			v, err = t.GetAttr(stack[sp-1], names[in>>8])
			if err != nil {
				break
			}
			stack[sp-1] = v
			continue
		case op.STORE_ATTR:
			if inst, ok := stack[sp-1].(*Instance); ok && inst.typ.cache != nil {
				ic := &f.info.attr[pc-1]
				if ic.typ != inst.typ || ic.version != inst.typ.version {
					t.fillAttrCache(ic, inst.typ, names[in>>8].S)
				}
				if ic.plainSet {
					name := names[in>>8]
					old := t.oldAttr(inst, name)
					err = inst.dict().setHashed(t, name, name.Hash(), stack[sp-2])
					sp -= 2
					stack[sp], stack[sp+1] = nil, nil
					if err == nil && old != nil {
						f.sp, f.lasti = sp, pc-1
						err = t.dropped(old)
					}
					if err != nil {
						break
					}
					continue
				}
			}
			old := t.oldAttr(stack[sp-1], names[in>>8])
			err = t.SetAttr(stack[sp-1], names[in>>8], stack[sp-2])
			sp -= 2
			stack[sp], stack[sp+1] = nil, nil
			if err == nil && old != nil {
				f.sp, f.lasti = sp, pc-1
				err = t.dropped(old)
			}
			if err != nil {
				break
			}
			continue
		case op.DELETE_ATTR:
			old := t.oldAttr(stack[sp-1], names[in>>8])
			err = t.DelAttr(stack[sp-1], names[in>>8])
			sp--
			stack[sp] = nil
			if err == nil && old != nil {
				f.sp, f.lasti = sp, pc-1
				err = t.dropped(old)
			}
			if err != nil {
				break
			}
			continue
		case op.LOAD_METHOD:
			if inst, ok := stack[sp-1].(*Instance); ok && inst.typ.cache != nil {
				ic := &f.info.attr[pc-1]
				if ic.typ != inst.typ || ic.version != inst.typ.version {
					t.fillAttrCache(ic, inst.typ, names[in>>8].S)
				}
				if fn, ok := ic.attr.(*Function); ok {
					if _, shadow := inst.Dict.getStrObj(names[in>>8]); !shadow {
						stack[sp] = stack[sp-1]
						stack[sp-1] = fn
						sp++
						continue
					}
				}
			}
			var m, self Object
			m, self, err = t.loadMethod(stack[sp-1], names[in>>8])
			if err != nil {
				break
			}
			stack[sp-1] = m
			stack[sp] = self
			sp++
			continue
		case op.CALL_METHOD, op.CALL_METHOD_KW:
			n := int(in >> 8)
			var kw []string
			if op.Op(in&0xff) == op.CALL_METHOD_KW {
				sp--
				kw = f.info.kwnames[constIndexOf(code[pc-2])]
				stack[sp] = nil
			}
			base := sp - n - 2
			fn, self := stack[base], stack[base+1]
			var r Object
			f.sp, f.lasti = sp, pc-1
			if self != nil {
				r, err = t.Call(fn, stack[base+1:sp], kw)
			} else {
				r, err = t.Call(fn, stack[base+2:sp], kw)
			}
			if t.Interp.watch > 0 {
				err = t.callDropped(f, stack[base:sp], base+1, pc, r, err)
			}
			clear(stack[base+1 : sp])
			sp = base + 1
			stack[base] = r
			if err != nil {
				sp--
				break
			}
			continue
		case op.CALL, op.CALL_KW:
			n := int(in >> 8)
			var kw []string
			if op.Op(in&0xff) == op.CALL_KW {
				sp--
				kw = f.info.kwnames[constIndexOf(code[pc-2])]
				stack[sp] = nil
			}
			base := sp - n - 1
			f.sp, f.lasti = sp, pc-1
			var r Object
			r, err = t.Call(stack[base], stack[base+1:sp], kw)
			if t.Interp.watch > 0 {
				err = t.callDropped(f, stack[base:sp], base+1, pc, r, err)
			}
			clear(stack[base+1 : sp])
			sp = base + 1
			stack[base] = r
			if err != nil {
				sp--
				break
			}
			continue
		case op.CALL_EX:
			var kwd Object
			if in>>8&1 != 0 {
				sp--
				kwd = stack[sp]
			}
			sp--
			args := stack[sp].(*Tuple).V
			fn := stack[sp-1]
			f.sp, f.lasti = sp, pc-1
			var r Object
			if kwd != nil {
				d := kwd.(*Dict)
				items := d.Items()
				all := make([]Object, 0, len(args)+len(items))
				all = append(all, args...)
				kw := make([]string, len(items))
				for i, it := range items {
					kw[i] = it[0].(*Str).S
					all = append(all, it[1])
				}
				r, err = t.Call(fn, all, kw)
			} else {
				r, err = t.Call(fn, args, nil)
			}
			if f.retry != nil && t.Interp.watch > 0 {
				if derr := t.retryDropped(f, r, err); derr != nil {
					err = derr
				}
			}
			stack[sp] = nil
			stack[sp+1] = nil
			stack[sp-1] = r
			if err != nil {
				sp--
				break
			}
			continue
		case op.RETURN_VALUE:
			sp--
			result = stack[sp]
			stack[sp] = nil
			f.sp, f.lasti = sp, pc-1
			if f.gen != nil {
				f.gen.finished = true
			}
			t.frame = f.back
			if t.Interp.watch > 0 {
				if err := t.frameDropped(f, result); err != nil {
					return nil, err
				}
			}
			return result, nil
		case op.GET_ITER:
			var it Object
			it, err = t.Iter(stack[sp-1])
			if err != nil {
				break
			}
			stack[sp-1] = it
			continue
		case op.FOR_ITER:
			var v Object
			switch it := stack[sp-1].(type) {
			case *listIter:
				if it.i < len(it.l.V) {
					v = it.l.V[it.i]
					it.i++
				}
			case *rangeIter:
				if it.n > 0 {
					v = t.ints.make(it.cur)
					it.cur += it.step
					it.n--
					// `for i in range(...)`: the STORE_FAST that follows (counted as executed).
					if nx := code[pc]; op.Op(nx&0xff) == op.STORE_FAST && t.countdown > 1 && t.Interp.watch == 0 {
						t.countdown--
						fast[nx>>8] = v
						pc++
						continue
					}
				}
			default:
				f.sp, f.lasti = sp, pc-1
				v, err = t.Next(it)
				if f.retry != nil && t.Interp.watch > 0 {
					if derr := t.retryDropped(f, v, err); derr != nil {
						err = derr
					}
				}
				if err != nil {
					break loop
				}
			}
			if v == nil {
				sp--
				old := stack[sp]
				stack[sp] = nil
				pc = int(in >> 8)
				if t.Interp.watch > 0 {
					f.sp, f.lasti = sp, pc-1
					if err = t.dropped(old); err != nil {
						break
					}
				}
				continue
			}
			stack[sp] = v
			sp++
			continue
		case op.UNARY_NOT:
			var b bool
			if b, err = t.Truth(stack[sp-1]); err != nil {
				break
			}
			stack[sp-1] = NewBool(!b)
			continue
		case op.UNARY_NEGATIVE, op.UNARY_POSITIVE, op.UNARY_INVERT:
			var r Object
			r, err = t.unaryOp(op.Op(in&0xff), stack[sp-1])
			if err != nil {
				break
			}
			stack[sp-1] = r
			continue
		case op.IS_OP:
			r := isSame(stack[sp-2], stack[sp-1]) != (in>>8 == 1)
			sp--
			stack[sp] = nil
			stack[sp-1] = NewBool(r)
			continue
		case op.CONTAINS_OP:
			var r bool
			r, err = t.Contains(stack[sp-1], stack[sp-2])
			if err != nil {
				break
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = NewBool(r != (in>>8 == 1))
			continue
		case op.BINARY_SUBSCR:
			var r Object
			if l, ok := stack[sp-2].(*List); ok && l.sub.cls == nil {
				if i, ok := stack[sp-1].(Int); ok && i >= 0 && int(i) < len(l.V) {
					sp--
					stack[sp] = nil
					stack[sp-1] = l.V[i]
					continue
				}
			}
			r, err = t.GetItem(stack[sp-2], stack[sp-1])
			if err != nil {
				break
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = r
			continue
		case op.STORE_SUBSCR:
			old := t.oldSubscr(stack[sp-2], stack[sp-1])
			err = t.SetItem(stack[sp-2], stack[sp-1], stack[sp-3])
			sp -= 3
			clear(stack[sp : sp+3])
			if err == nil && old != nil {
				f.sp, f.lasti = sp, pc-1
				err = t.dropped(old)
			}
			if err != nil {
				break
			}
			continue
		case op.DELETE_SUBSCR:
			old := t.oldSubscr(stack[sp-2], stack[sp-1])
			err = t.DelItem(stack[sp-2], stack[sp-1])
			sp -= 2
			clear(stack[sp : sp+2])
			if err == nil && old != nil {
				f.sp, f.lasti = sp, pc-1
				err = t.dropped(old)
			}
			if err != nil {
				break
			}
			continue
		default:
			f.sp, f.lasti = sp, pc-1
			var yielded bool
			sp, pc, yielded, err = t.evalRare(f, in, sp, pc)
			if f.retry != nil && t.Interp.watch > 0 && !yielded {
				f.sp = sp // an unpacking or a merge that blocked a proof is done (finalize_retry.go)
				if derr := t.retryDropped(f, nil, err); derr != nil {
					err = derr
				}
			}
			if err != nil {
				break
			}
			if yielded {
				f.sp, f.pc = sp, pc
				t.frame = f.back
				return stack[sp], nil
			}
			stack = f.stack
			continue
		}
		break
	}
fail:
	// err != nil: unwind to a handler or return the error.
	f.lasti = pc - 1
	exc, ok := err.(*Exception)
	if !ok {
		for len(f.blocks) > 0 {
			b := f.blocks[len(f.blocks)-1]
			f.blocks = f.blocks[:len(f.blocks)-1]
			if b.kind == blockExcept {
				t.exc = b.prev
			}
		}
		clear(stack[:sp])
		f.sp = 0
		if f.gen != nil {
			f.gen.finished = true
		}
		t.frame = f.back
		return nil, err
	}
	if exc.reraised {
		exc.reraised = false
	} else {
		exc.tb = append(exc.tb, tbEntry{code: f.code, pc: f.lasti})
		if t.exc != nil && exc.Context == nil && exc != t.exc {
			exc.Context = t.exc
		}
	}
	for len(f.blocks) > 0 {
		b := f.blocks[len(f.blocks)-1]
		f.blocks = f.blocks[:len(f.blocks)-1]
		if t.Interp.watch > 0 && int(b.level) < sp {
			// What the unwinding pops (a for loop's iterator) goes now, as the exception flies.
			if err = t.unwindDropped(f, stack[b.level:sp], int(b.level), exc); err != nil {
				goto fail
			}
		}
		clear(stack[b.level:sp])
		sp = int(b.level)
		if b.kind == blockExcept {
			t.exc = b.prev
			continue
		}
		f.blocks = append(f.blocks, block{kind: blockExcept, level: b.level, prev: t.exc})
		t.exc = exc
		stack[sp] = exc
		sp++
		pc = int(b.handler)
		err = nil
		goto loop
	}
	if t.Interp.watch > 0 && sp > 0 {
		if err = t.unwindDropped(f, stack[:sp], 0, exc); err != nil {
			goto fail
		}
	}
	clear(stack[:sp])
	f.sp = 0
	if f.gen != nil {
		f.gen.finished = true
	}
	t.frame = f.back
	if t.Interp.watch > 0 && len(exc.held) < maxHeld {
		// The traceback keeps the frame's locals until the exception goes (CPython's tb_frame).
		exc.held = append(appendLive(exc.held, f.fast), cellsOf(f)...)
	}
	return nil, exc
}

// constIndexOf returns the constant index of a LOAD_CONST instruction.
func constIndexOf(in op.Instr) int { return in.Arg() }

func unboundLocal(name string) error {
	return Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
}

func (f *Frame) cellName(i int) string {
	if i < len(f.code.CellVars) {
		return f.code.CellVars[i]
	}
	return f.code.FreeVars[i-len(f.code.CellVars)]
}

func (t *Thread) unboundCell(f *Frame, i int) error {
	name := f.cellName(i)
	if i < len(f.code.CellVars) {
		return unboundLocal(name)
	}
	return Errorf(NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

func (t *Thread) loadName(f *Frame, name *Str) (Object, error) {
	if f.locals != nil {
		if v, ok := f.locals.getStrObj(name); ok {
			return v, nil
		}
	}
	if v, ok := f.globals.getStrObj(name); ok {
		return v, nil
	}
	if v, ok := f.builtins.getStrObj(name); ok {
		return v, nil
	}
	e := Errorf(NameErrorType, "name '%s' is not defined", name.S)
	t.nameCandidates(f, e, name.S)
	return nil, e
}

func (t *Thread) storeName(f *Frame, name *Str, v Object) error {
	return f.locals.setHashed(t, name, name.Hash(), v)
}

func isSame(a, b Object) bool {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			// CPython shares the ints -5..256; others are distinct objects.
			return x == y && x >= -5 && x <= 256
		}
		return false
	case Float:
		if y, ok := b.(Float); ok {
			return math.Float64bits(float64(x)) == math.Float64bits(float64(y))
		}
		return false
	}
	return a == b
}

// fillAttrCache records what class typ holds for name.
func (t *Thread) fillAttrCache(ic *attrCache, typ *Type, name string) {
	ic.typ, ic.version = typ, typ.version
	ic.attr = typ.Lookup(name)
	ic.plainSet = typ.Lookup("__setattr__") == objectSetattr && (ic.attr == nil || !isDataDescr(ic.attr)) && !typ.noDict
	if typ.Lookup("__getattribute__") != objectGetattribute {
		// A class's own __getattribute__ sees every lookup: no shortcut.
		ic.typ = nil
		ic.attr = typ
	}
}
