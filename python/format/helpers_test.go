package format

// tuple and dict stand for Python tuples and dicts in the tests' Converter.
type tuple []any

type dict struct {
	keys []string
	vals []any
}
