package py

// FloatSub is an instance of a class a script derived from float: the value and the class. The
// operations of float see its value (unwrapFloat); its class's own methods and dunders come first.
type FloatSub struct {
	V   Float
	sub subclass
}

// Type returns the subclass.
func (f *FloatSub) Type() *Type { return f.sub.cls }

// unwrapFloat returns the float value of a float subclass's instance, and any other value as it is.
func unwrapFloat(o Object) Object {
	if f, ok := o.(*FloatSub); ok {
		return f.V
	}
	return o
}

func init() {
	newFloat := FloatType.New
	FloatType.New = func(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		if len(args) == 1 && len(kw) == 0 {
			args = []Object{unwrapFloat(args[0])}
		}
		r, err := newFloat(t, cls, args, kw)
		if err != nil || cls == FloatType {
			return r, err
		}
		f, ok := r.(Float)
		if !ok {
			return r, nil
		}
		return &FloatSub{V: f, sub: subclass{cls: cls}}, nil
	}
}

// AsFloat returns the value of a float (a float subclass's instance included), an int or a bool as
// a float64, for hosts that take seconds or other real numbers; ok is false for anything else (an
// int too large for a float included).
func AsFloat(o Object) (f float64, ok bool) {
	switch x := unwrapFloat(o).(type) {
	case Float:
		return float64(x), true
	case Int, Bool, *BigInt, *IntSub:
		v, err := intToFloat(x)
		return v, err == nil
	}
	return 0, false
}

func init() {
	RegisterMethods(FloatType, map[string]MethodFunc{
		"__float__": func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if len(args) > 0 || len(kw) > 0 {
				return nil, Errorf(TypeErrorType, "float.__float__() takes no arguments (%d given)", len(args))
			}
			return unwrapFloat(self), nil
		},
	})
}
