package script

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/futurescope/futurescope/python/format"
	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/python/pystr"
	"github.com/futurescope/futurescope/sim"
)

// traceRepr is the trace's repr of a result or an argument: Python's repr for built-in values, without
// running any script code (a __repr__ of the script's could loop or print) and without addresses.
// The scalars' reprs are python/py's own (pystr.Repr, format.FloatRepr, the ints' decimal digits:
// what py.Thread.Repr calls); the containers are walked here because py's walk calls the items'
// __repr__ (script code, on a thread) and prints addresses, which the trace must not (it is the same
// on every run), and because a trace also holds Go values (a chunk's []any, a pickled pk).
func traceRepr(v any) string {
	var b strings.Builder
	writeRepr(&b, v, 0)
	return b.String()
}

const maxReprDepth = 8

func writeRepr(b *strings.Builder, v any, depth int) {
	if depth > maxReprDepth {
		b.WriteString("...")
		return
	}
	seq := func(open, close string, items []py.Object, comma bool) {
		b.WriteString(open)
		for i, x := range items {
			if i > 0 {
				b.WriteString(", ")
			}
			writeRepr(b, x, depth+1)
		}
		if comma && len(items) == 1 {
			b.WriteString(",")
		}
		b.WriteString(close)
	}
	switch x := v.(type) {
	case nil, py.NoneType:
		b.WriteString("None")
	case py.Bool:
		if x {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case py.Int:
		b.WriteString(strconv.FormatInt(int64(x), 10))
	case *py.BigInt:
		b.WriteString(x.V.String())
	case py.Float:
		b.WriteString(format.FloatRepr(float64(x)))
	case *py.Str:
		b.WriteString(pystr.Repr(x.S))
	case *py.Bytes:
		b.WriteString(pystr.BytesRepr(x.S))
	case *py.Tuple:
		seq("(", ")", x.V, true)
	case *py.List:
		seq("[", "]", x.V, false)
	case []any: // a process pool's chunk of results (CPython's _process_chunk returns a list)
		b.WriteString("[")
		for i, item := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			writeRepr(b, item, depth+1)
		}
		b.WriteString("]")
	case *py.Set:
		if x.Len() == 0 {
			b.WriteString(x.Type().Name + "()")
			return
		}
		if x.Type() == py.FrozenSetType {
			seq("frozenset({", "})", x.Items(), false)
		} else {
			seq("{", "}", x.Items(), false)
		}
	case *py.Dict:
		b.WriteString("{")
		for i, kv := range x.Items() {
			if i > 0 {
				b.WriteString(", ")
			}
			writeRepr(b, kv[0], depth+1)
			b.WriteString(": ")
			writeRepr(b, kv[1], depth+1)
		}
		b.WriteString("}")
	case *py.Exception:
		b.WriteString(x.Type().Name)
		seq("(", ")", x.Args.V, false)
	case *py.Function:
		b.WriteString("<function " + x.QualName + ">")
	case *py.Type:
		b.WriteString("<class '" + x.QualName() + "'>")
	case pk:
		x.writeRepr(b, depth)
	case error:
		b.WriteString(x.Error())
	case py.Object:
		b.WriteString("<" + x.Type().QualName() + " object>")
	default:
		switch reflect.ValueOf(v).Kind() {
		case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.UnsafePointer, reflect.Struct:
			// Never an address or a map's order: the trace must be the same on every run.
			fmt.Fprintf(b, "<%T>", v)
		default:
			fmt.Fprint(b, v)
		}
	}
}

// typeName is the Python type name of a future's result, for its repr.
func typeName(v any) string {
	switch x := v.(type) {
	case nil:
		return "NoneType"
	case py.Object:
		return x.Type().Name
	case pk:
		return x.typeName()
	case error:
		return sim.ClassOf(x).Name
	}
	return sim.TypeName(v)
}
