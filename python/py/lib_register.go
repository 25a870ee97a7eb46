package py

import "slices"

// registerLib adds the library's methods to a built-in type, each first checking that it is called
// on an instance of that type (a str method stored as a class attribute elsewhere and called through
// an instance there gets CPython's "descriptor 'upper' for 'str' objects doesn't apply to a 'Tools'
// object", before any argument is looked at).
func registerLib(typ *Type, methods map[string]MethodFunc) {
	checked := make(map[string]MethodFunc, len(methods))
	for name, fn := range methods {
		checked[name] = func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
			if !self.Type().IsSubtype(typ) {
				return nil, descrError(name, typ.Name, self)
			}
			if typ == FloatType {
				self = unwrapFloat(self) // float's methods see a subclass's value
			}
			return fn(t, self, args, kwnames)
		}
	}
	RegisterMethods(typ, checked)
	for name := range methods {
		libMethods[typ] = append(libMethods[typ], name)
	}
	slices.Sort(libMethods[typ])
}

// libMethods names the methods registerLib added, by type, for the library's fuzz test; it is
// filled by init functions only, then read-only.
var libMethods = map[*Type][]string{}
