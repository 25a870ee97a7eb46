package stdlib

// libModules are the modules of lib/, one file each (lib/name.py); a test keeps the list equal
// to the directory.
var libModules = []string{
	"abc",
	"bisect",
	"collections.abc",
	"collections",
	"contextlib",
	"copy",
	"dataclasses",
	"datetime",
	"enum",
	"functools",
	"heapq",
	"io",
	"itertools",
	"json",
	"operator",
	"posixpath",
	"pprint",
	"random",
	"re",
	"sched",
	"statistics",
	"string",
	"textwrap",
	"types",
	"typing",
	"warnings",
}
