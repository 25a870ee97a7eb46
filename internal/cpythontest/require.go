package cpythontest

import (
	"os"
	"strings"
	"testing"
)

// RequireEnv names the environment variable that turns a missing prerequisite into a failure: when it
// is set (make test sets FUTURESCOPE_REQUIRE=all), or when CI=true, a test that would skip because
// this machine lacks python3, node, chromium or a built site fails instead, naming what is missing.
// A developer's plain `go test` of one package still skips, saying why.
const RequireEnv = "FUTURESCOPE_REQUIRE"

// Required reports whether missing prerequisites must fail the tests: RequireEnv is set to anything
// but "" or "0", or CI is "true".
func Required() bool {
	if v := os.Getenv(RequireEnv); v != "" && v != "0" {
		return true
	}
	return strings.EqualFold(os.Getenv("CI"), "true")
}

// Missing stops t because this machine lacks a prerequisite: it skips with the reason, or under
// Required fails with it and says how to get the prerequisite.
func Missing(t testing.TB, reason, remedy string) {
	t.Helper()
	if Required() {
		t.Fatalf("%s\n(a missing prerequisite fails the test because %s; %s)", reason, requiredBy(), remedy)
		return
	}
	t.Skip(reason)
}

// requiredBy says which setting made the prerequisites required.
func requiredBy() string {
	if v := os.Getenv(RequireEnv); v != "" && v != "0" {
		return RequireEnv + "=" + v
	}
	return "CI=true"
}
