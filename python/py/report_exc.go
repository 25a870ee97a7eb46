package py

import "strings"

// ExceptionLine returns the last line a traceback prints for e, without its newline: the class's
// name, ": " and str(e) with what CPython adds to it (a NameError's "Did you mean" suggestion), then
// any __notes__ on lines of their own. Front ends show it beside the frames (Exception.Frames).
func (t *Thread) ExceptionLine(e *Exception) string {
	return strings.TrimSuffix(t.excLine(e), "\n")
}
