package words

import "testing"

// TestExplainCovers checks that the exceptions the issue names have a Chinese line, found by their
// name as a traceback writes it, module and all.
func TestExplainCovers(t *testing.T) {
	for _, typ := range []string{"TimeoutError", "concurrent.futures._base.CancelledError", "concurrent.futures.process.BrokenProcessPool",
		"_pickle.PicklingError", "RecursionError", "ZeroDivisionError", "KeyError", "NameError"} {
		if Explain(typ, "zh") == "" {
			t.Errorf("no Chinese explanation of %s", typ)
		}
		if Explain(typ, "en") != "" {
			t.Errorf("an English explanation of %s: English readers read Python's own message", typ)
		}
	}
}
