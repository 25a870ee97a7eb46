package gctune

import "os"

// lookupGOGC reports whether the GOGC environment variable is set.
func lookupGOGC() (string, bool) { return os.LookupEnv("GOGC") }
