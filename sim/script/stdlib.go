package script

// The modules that need no simulator (math, itertools, functools, collections, contextlib, …) come
// from python/stdlib, registered with every interpreter.
import _ "github.com/futurescope/futurescope/python/stdlib"
