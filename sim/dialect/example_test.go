package script_test

import (
	"fmt"
	"os"

	"go.starlark.net/starlark"

	"github.com/futurescope/futurescope/sim/dialect"
)

// A script is compiled against the names it sees (builtins, __name__, the
// modules it may import) and run on a Starlark thread whose print goes to a
// writer.
func ExampleCompile() {
	greet := starlark.NewBuiltin("greet", func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		return starlark.String("hello, " + script.Str(args[0])), nil
	})
	mods := script.Modules{"greetings": {Name: "greetings", Members: starlark.StringDict{"greet": greet}}}
	env := script.Predeclared("__main__", mods)

	src := `from greetings import greet

def mean(xs: list) -> float:
    return sum(xs) / len(xs)

if __name__ == "__main__":
    print(greet("world"), "%.3f" % mean([1, 2, 2]), 2 ** 10, round(2.675, 2))
    print([c for c in "abc"], {"a": None})
`
	prog, err := script.Compile("hello.py", []byte(src), env)
	if err != nil {
		fmt.Println(err)
		return
	}
	thread := &starlark.Thread{Name: "main"}
	script.SetStdout(thread, os.Stdout)
	if _, err := prog.Init(thread, env); err != nil {
		fmt.Println(err)
	}

	// Python the dialect cannot run is reported at the user's position.
	_, err = script.Compile("bad.py", []byte("try:\n    pass\nexcept:\n    pass\n"), env)
	fmt.Println(err)
	// Output:
	// hello, world 1.667 1024 2.67
	// ['a', 'b', 'c'] {'a': None}
	// bad.py:1:1: try/except is not supported: check a future's f.exception() instead of catching, or let the error end the script
}

// PercentFormat is Python's printf-style formatting, errors included.
func ExamplePercentFormat() {
	s, _ := script.PercentFormat("%-6s|%6.2f|%+d|%#x", starlark.Tuple{starlark.String("pi"), starlark.Float(3.14159), starlark.MakeInt(5), starlark.MakeInt(255)})
	fmt.Println(s)
	_, err := script.PercentFormat("%d", starlark.String("a"))
	fmt.Println(err)
	// Output:
	// pi    |  3.14|+5|0xff
	// TypeError: %d format: a real number is required, not str
}

// Repr prints values as CPython does.
func ExampleRepr() {
	d := starlark.NewDict(1)
	_ = d.SetKey(starlark.String("it's"), starlark.Tuple{starlark.Float(1e-5), starlark.None})
	fmt.Println(script.Repr(d), script.Repr(starlark.Float(1e16)), script.Str(starlark.String("a")))
	// Output:
	// {"it's": (1e-05, None)} 1e+16 a
}
