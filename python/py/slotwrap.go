package py

// The operator dunders of built-in types as class attributes (int.__add__, str.__mul__,
// set.__or__): "slot wrappers" that run the interpreter's own operation, for scripts that call them
// through the class or test for them with hasattr.

// slotOps lists, for each built-in type, the operators (indexes of binDunder) it implements.
var slotOps = map[*Type][]int{
	IntType:       {opAdd, opSub, opMul, opDiv, opMod, opPow, opLShift, opRShift, opOr, opXor, opAnd, opFloorDiv},
	FloatType:     {opAdd, opSub, opMul, opDiv, opMod, opPow, opFloorDiv},
	ComplexType:   {opAdd, opSub, opMul, opDiv, opPow},
	StrType:       {opAdd, opMul, opMod},
	BytesType:     {opAdd, opMul, opMod},
	ListType:      {opAdd, opMul},
	TupleType:     {opAdd, opMul},
	SetType:       {opOr, opXor, opAnd, opSub},
	FrozenSetType: {opOr, opXor, opAnd, opSub},
	DictType:      {opOr},
}

// slotWrapper returns the slot wrapper c (or a built-in type it derives from) has for name, or nil.
func slotWrapper(c *Type, name string) Object {
	op, ok := binDunderOp[name]
	reflected := false
	if !ok {
		if op, ok = binRDunderOp[name]; !ok {
			return nil
		}
		reflected = true
	}
	for _, owner := range c.MRO {
		for _, o := range slotOps[owner] {
			if o != op || reflected && (owner == StrType || owner == BytesType) && op == opAdd {
				continue
			}
			return &MethodDescr{Name: name, Owner: owner, Fn: func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
				if !self.Type().IsSubtype(owner) {
					return nil, Errorf(TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'", name, owner.Name, self.Type().Name)
				}
				if len(args) != 1 || len(kw) > 0 {
					return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
				}
				if reflected {
					return builtinBinary(t, op, args[0], self)
				}
				return builtinBinary(t, op, self, args[0])
			}}
		}
	}
	return nil
}
