package py

import "strings"

// X | Y of types (types.UnionType) and list[int] (types.GenericAlias), as
// annotations and isinstance use them.

// UnionType is the value of int | str.
type UnionType struct{ Args []Object }

// GenericAlias is the value of list[int].
type GenericAlias struct {
	Origin *Type
	Args   []Object
}

var (
	// UnionTypeType is types.UnionType.
	UnionTypeType = mkType("UnionType", ObjectType)
	// GenericAliasType is types.GenericAlias.
	GenericAliasType = mkType("GenericAlias", ObjectType)
)

func init() {
	UnionTypeType.Module = "types"
	GenericAliasType.Module = "types"
}

// Type returns UnionTypeType.
func (*UnionType) Type() *Type { return UnionTypeType }

// Type returns GenericAliasType.
func (*GenericAlias) Type() *Type { return GenericAliasType }

func isTypeForm(o Object) bool {
	switch o.(type) {
	case *Type, *UnionType, *GenericAlias, NoneType:
		return true
	}
	return false
}

// typeUnion computes a | b for type forms, or returns nil.
func typeUnion(a, b Object) Object {
	if !isTypeForm(a) || !isTypeForm(b) {
		return nil
	}
	if _, ok := a.(NoneType); ok {
		if _, ok := b.(NoneType); ok {
			return nil
		}
	}
	var args []Object
	add := func(o Object) {
		if u, ok := o.(*UnionType); ok {
			for _, x := range u.Args {
				addUnique(&args, x)
			}
			return
		}
		addUnique(&args, o)
	}
	add(a)
	add(b)
	if len(args) == 1 {
		return args[0]
	}
	return &UnionType{Args: args}
}

func addUnique(args *[]Object, o Object) {
	if o == None {
		o = NoneTypeType
	}
	for _, x := range *args {
		if x == o {
			return
		}
	}
	*args = append(*args, o)
}

func typeFormRepr(t *Thread, o Object) (string, error) {
	switch x := o.(type) {
	case *Type:
		if x == NoneTypeType {
			return "None", nil
		}
		return x.QualName(), nil
	case EllipsisType:
		return "...", nil
	}
	return t.Repr(o)
}

func (t *Thread) unionRepr(u *UnionType) (string, error) {
	parts := make([]string, len(u.Args))
	for i, a := range u.Args {
		s, err := typeFormRepr(t, a)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	return strings.Join(parts, " | "), nil
}

func (t *Thread) aliasRepr(g *GenericAlias) (string, error) {
	parts := make([]string, len(g.Args))
	for i, a := range g.Args {
		s, err := typeFormRepr(t, a)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	if len(parts) == 0 {
		parts = []string{"()"}
	}
	return g.Origin.QualName() + "[" + strings.Join(parts, ", ") + "]", nil
}

func newGenericAlias(origin *Type, key Object) *GenericAlias {
	if tup, ok := key.(*Tuple); ok {
		return &GenericAlias{Origin: origin, Args: tup.V}
	}
	return &GenericAlias{Origin: origin, Args: []Object{key}}
}
