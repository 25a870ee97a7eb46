// Package stdlib is the part of Python's standard library that needs no
// host: pure computation, the same in every process and on every run.
//
// Importing this package (for its side effect) registers its modules with
// py.RegisterCoreModule, so every py.Interp created afterwards can import
// them:
//
//	import _ "github.com/futurescope/futurescope/python/stdlib"
//
// Modules: abc, base64, binascii, bisect, collections, collections.abc,
// contextlib, copy, dataclasses, datetime, enum, functools, hashlib, heapq,
// importlib (import_module), io, itertools, json, math, operator, posixpath,
// pprint, random, re, sched, statistics, string, textwrap, types, typing,
// warnings.
// What CPython writes in C is written in Go here (math, itertools, hashlib,
// base64, binascii, the call paths of functools.partial, reduce and
// lru_cache, deque, random's Mersenne Twister, the heap and bisection
// functions, operator's functions and getters, re's matching on Go's
// regexp), so it costs no interpreted steps and shows no frames in a
// traceback; the rest is Python (lib/*.py), compiled by the project's own
// interpreter the first time a process imports it. Each module's doc
// (math.go, itertools.go, hashlib.go, base64.go, the top of each lib/*.py)
// lists what it has and what it lacks.
//
// Modules a simulation cannot have (subprocess, socket, http,
// urllib.request, asyncio, sqlite3, pathlib, tempfile, shutil, ... and the
// network packages requests, aiohttp, httpx) fail at import with a
// ModuleNotFoundError that says why and what to use instead (unavailable.go);
// the built-in open() raises an OSError that says the same of files (files.go).
//
// The modules that need the simulator (threading, time, os,
// concurrent.futures) are bound by sim/script, which also seeds random per
// process; sys is python/py's.
//
// Outputs, reprs and error messages follow CPython 3.13; the script tests in
// testdata compare them with goldens CPython 3.13 wrote, on the interpreter
// (TestScripts) and, for the modules written in Python, on CPython itself
// with these modules in place of its own (TestModulesOnCPython). A
// traceback through a module written in Python names its file
// "<stdlib>/name.py", where CPython names its own installation's file.
package stdlib
