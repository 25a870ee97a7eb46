package script_test

import "flag"

// update makes the golden-file tests rewrite their goldens from what the simulator produces.
var update = flag.Bool("update", false, "rewrite golden files")
