package py

import "strings"

// A class's names live in the Type's fields, not in its dict, as CPython keeps them in the type
// object: assigning C.__name__, C.__qualname__ or C.__module__ after the class statement renames
// the class wherever it is printed (its repr, its instances' default repr, a traceback), as
// multiprocessing's AutoProxy[Queue] and functools-style class factories rely on.

// setTypeName assigns one of a class's names; handled is false for any other attribute.
func (t *Thread) setTypeName(x *Type, name string, v Object) (handled bool, err error) {
	switch name {
	case "__name__", "__qualname__":
		s, ok := v.(*Str)
		if !ok {
			return true, Errorf(TypeErrorType, "can only assign string to %s.%s, not '%s'", x.Name, name, v.Type().Name)
		}
		if name == "__qualname__" {
			x.Qual = s.S
			return true, nil
		}
		if strings.IndexByte(s.S, 0) >= 0 {
			return true, Errorf(ValueErrorType, "type name must not contain null characters")
		}
		if x.Qual == "" {
			x.Qual = x.Name // the qualified name stays as it was
		}
		x.Name = s.S
		return true, nil
	case "__module__":
		// Kept in the dict too, as CPython keeps it; a module that is not a str prints no prefix.
		x.Module = ""
		if s, ok := v.(*Str); ok {
			x.Module = s.S
		}
		x.SetAttr(name, v)
		return true, nil
	}
	return false, nil
}

// delTypeName refuses to delete one of a class's names, as CPython does; handled is false for
// any other attribute.
func delTypeName(x *Type, name string) (handled bool, err error) {
	switch name {
	case "__name__", "__qualname__", "__module__":
		return true, Errorf(TypeErrorType, "cannot delete '%s' attribute of immutable type '%s'", name, x.Name)
	}
	return false, nil
}
