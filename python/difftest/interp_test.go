package difftest

import (
	"github.com/futurescope/futurescope/python/py"
	_ "github.com/futurescope/futurescope/python/stdlib" // the modules scripts import: math, ...
)

// interpreter is the Runner under test: the project's Python with its standard library.
var interpreter Runner = py.RunMain
