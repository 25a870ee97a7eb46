package difftest

import "github.com/futurescope/futurescope/python/py"

// interpreter is the Runner under test.
var interpreter Runner = py.RunMain
