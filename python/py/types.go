package py

// The built-in types. Their dicts are filled by init functions (this
// package's and lib_*.go files') and never change afterwards.
var (
	ObjectType             = mkType("object")
	TypeType               = mkType("type", ObjectType)
	NoneTypeType           = mkType("NoneType", ObjectType)
	NotImplementedTypeType = mkType("NotImplementedType", ObjectType)
	EllipsisTypeType       = mkType("ellipsis", ObjectType)
	IntType                = mkType("int", ObjectType)
	BoolType               = mkType("bool", IntType)
	FloatType              = mkType("float", ObjectType)
	ComplexType            = mkType("complex", ObjectType)
	StrType                = mkType("str", ObjectType)
	BytesType              = mkType("bytes", ObjectType)
	ByteArrayType          = mkType("bytearray", ObjectType)
	TupleType              = mkType("tuple", ObjectType)
	ListType               = mkType("list", ObjectType)
	DictType               = mkType("dict", ObjectType)
	SetType                = mkType("set", ObjectType)
	FrozenSetType          = mkType("frozenset", ObjectType)
	RangeType              = mkType("range", ObjectType)
	SliceType              = mkType("slice", ObjectType)
	FunctionType           = mkType("function", ObjectType)
	BuiltinType            = mkType("builtin_function_or_method", ObjectType)
	MethodDescrType        = mkType("method_descriptor", ObjectType)
	MethodType             = mkType("method", ObjectType)
	CellType               = mkType("cell", ObjectType)
	CodeType               = mkType("code", ObjectType)
	ModuleType             = mkType("module", ObjectType)
	PropertyType           = mkType("property", ObjectType)
	StaticMethodType       = mkType("staticmethod", ObjectType)
	ClassMethodType        = mkType("classmethod", ObjectType)
	SuperType              = mkType("super", ObjectType)
	GeneratorType          = mkType("generator", ObjectType)
	TracebackType          = mkType("traceback", ObjectType)
	FrameType              = mkType("frame", ObjectType)
	MappingProxyType       = mkType("mappingproxy", ObjectType)
	// Iterator types of the built-in containers and functions.
	ListIterType     = mkType("list_iterator", ObjectType)
	TupleIterType    = mkType("tuple_iterator", ObjectType)
	RangeIterType    = mkType("range_iterator", ObjectType)
	StrIterType      = mkType("str_ascii_iterator", ObjectType)
	DictKeyIterType  = mkType("dict_keyiterator", ObjectType)
	DictValIterType  = mkType("dict_valueiterator", ObjectType)
	DictItemIterType = mkType("dict_itemiterator", ObjectType)
	SetIterType      = mkType("set_iterator", ObjectType)
	SeqIterType      = mkType("iterator", ObjectType)
	CallIterType     = mkType("callable_iterator", ObjectType)
	DictKeysType     = mkType("dict_keys", ObjectType)
	DictValuesType   = mkType("dict_values", ObjectType)
	DictItemsType    = mkType("dict_items", ObjectType)
	EnumerateType    = mkType("enumerate", ObjectType)
	ZipType          = mkType("zip", ObjectType)
	MapType          = mkType("map", ObjectType)
	FilterType       = mkType("filter", ObjectType)
	ReversedType     = mkType("reversed", ObjectType)
	ListRevIterType  = mkType("list_reverseiterator", ObjectType)
)

func init() {
	for _, t := range []*Type{BoolType, RangeType, SliceType, FunctionType, BuiltinType, MethodDescrType,
		MethodType, CellType, CodeType, GeneratorType, TracebackType, FrameType, NoneTypeType,
		NotImplementedTypeType, EllipsisTypeType} {
		t.final = true
	}
}
