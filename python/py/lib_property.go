package py

// The methods and attributes of property: getter, setter and deleter (each a copy with one
// function replaced, as the decorators @p.setter expect), and fget, fset, fdel, __doc__.
func init() {
	registerLib(PropertyType, map[string]MethodFunc{
		"getter":  propertyWith("getter", func(p *Property, fn Object) { p.Get = fn }),
		"setter":  propertyWith("setter", func(p *Property, fn Object) { p.Set = fn }),
		"deleter": propertyWith("deleter", func(p *Property, fn Object) { p.Del = fn }),
	})
	orNone := func(o Object) Object {
		if o == nil {
			return None
		}
		return o
	}
	setProperties(PropertyType, map[string]func(Object) Object{
		"fget":    func(o Object) Object { return orNone(o.(*Property).Get) },
		"fset":    func(o Object) Object { return orNone(o.(*Property).Set) },
		"fdel":    func(o Object) Object { return orNone(o.(*Property).Del) },
		"__doc__": func(o Object) Object { return orNone(o.(*Property).Doc) },
	})
}

// propertyWith makes getter, setter or deleter: a new property like self with one function set.
func propertyWith(name string, set func(*Property, Object)) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		fn, err := oneArg(name, args, kwnames)
		if err != nil {
			return nil, Errorf(TypeErrorType, "property.%s() takes exactly one argument (%d given)", name, len(args))
		}
		p, ok := self.(*Property)
		if !ok {
			return nil, descrError(name, "property", self)
		}
		q := *p
		set(&q, fn)
		if name == "getter" && (p.Doc == nil || p.Doc == None) {
			if d, err := t.GetAttrString(fn, "__doc__"); err == nil {
				q.Doc = d
			}
		}
		return &q, nil
	}
}
