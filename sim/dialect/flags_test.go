package script_test

import "flag"

// update makes the golden-file tests rewrite their goldens from what the simulator produces.
var update = flag.Bool("update", false, "rewrite golden files")

// updateErrors makes TestErrorScriptsCPython write the goldens of testdata/errors from python3's output.
var updateErrors = flag.Bool("update-errors", false, "rewrite testdata/errors goldens from python3")
