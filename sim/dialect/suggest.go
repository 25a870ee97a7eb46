package script

import (
	"strings"
	"unicode"
)

// CPython's traceback adds a hint to the last line of a NameError or an AttributeError
// ("NameError: name 'prnt' is not defined. Did you mean: 'print'?"), and, from 3.12, to a NameError
// for a standard module's name (". Did you forget to import 'time'?", with the final "?" from 3.13).
// The interpreter proposes a candidate of its own ("did you mean print?"); the dialect keeps it when
// CPython's rule (traceback._compute_suggestion_error) would accept it.

// Costs of CPython's suggestion distance: a change of case costs less than any other edit.
const (
	moveCost      = 2
	caseCost      = 1
	maxStringSize = 40
)

// suggestionOK reports whether CPython would suggest candidate for the wrong name: no more than about
// a third of the characters involved differ.
func suggestionOK(wrong, candidate string) bool {
	if candidate == "" || candidate == wrong || len(wrong) > maxStringSize {
		return false
	}
	limit := min((len(candidate)+len(wrong)+3)*moveCost/6, len(wrong)-1)
	return suggestionDistance(wrong, candidate) <= limit
}

// bestSuggestion returns the candidate CPython would suggest for the wrong name, or "": the first of
// the nearest.
func bestSuggestion(wrong string, candidates []string) string {
	best, bestDist := "", len(wrong)
	for _, c := range candidates {
		if c == "" || c == wrong || len(wrong) > maxStringSize {
			continue
		}
		limit := min((len(c)+len(wrong)+3)*moveCost/6, bestDist-1)
		if d := suggestionDistance(wrong, c); d <= limit && (best == "" || d < bestDist) {
			best, bestDist = c, d
		}
	}
	return best
}

// suggestionDistance is CPython's Levenshtein distance (Python/suggestions.c): insertions and
// deletions cost 2, substitutions 2, or 1 when only the case differs.
func suggestionDistance(a, b string) int {
	if len(a) > maxStringSize || len(b) > maxStringSize {
		return 1 << 30
	}
	row := make([]int, len(a)+1)
	for i := range row {
		row[i] = i * moveCost
	}
	for j := 1; j <= len(b); j++ {
		diag := row[0]
		row[0] = j * moveCost
		for i := 1; i <= len(a); i++ {
			sub := diag + substitutionCost(a[i-1], b[j-1])
			diag = row[i]
			row[i] = min(sub, row[i]+moveCost, row[i-1]+moveCost)
		}
	}
	return row[len(a)]
}

func substitutionCost(x, y byte) int {
	switch {
	case x == y:
		return 0
	case unicode.ToLower(rune(x)) == unicode.ToLower(rune(y)):
		return caseCost
	}
	return moveCost
}

// withSuggestion returns a traceback's last line for an exception of class with its message,
// with the hint CPython adds: suggest is the candidate name, "" if none.
func withSuggestion(line string, isName bool, wrong, suggest string) string {
	if suggestionOK(wrong, suggest) {
		line += ". Did you mean: '" + suggest + "'?"
	} else {
		suggest = ""
	}
	if isName && stdlibModules[wrong] {
		if suggest != "" {
			line += " Or did you forget to import '" + wrong + "'?"
		} else {
			line += ". Did you forget to import '" + wrong + "'?"
		}
	}
	return line
}

// quoted returns the last 'name' quoted in msg: the wrong name of a NameError's or an
// AttributeError's message.
func quoted(msg string) string {
	end := strings.LastIndexByte(msg, '\'')
	if end <= 0 {
		return ""
	}
	start := strings.LastIndexByte(msg[:end], '\'')
	if start < 0 {
		return ""
	}
	return msg[start+1 : end]
}

// stdlibModules are the public names of sys.stdlib_module_names (CPython 3.13).
var stdlibModules = map[string]bool{
	"abc": true, "antigravity": true, "argparse": true, "array": true, "ast": true, "asyncio": true,
	"atexit": true, "base64": true, "bdb": true, "binascii": true, "bisect": true, "builtins": true,
	"bz2": true, "cProfile": true, "calendar": true, "cmath": true, "cmd": true, "code": true, "codecs": true,
	"codeop": true, "collections": true, "colorsys": true, "compileall": true, "concurrent": true,
	"configparser": true, "contextlib": true, "contextvars": true, "copy": true, "copyreg": true, "csv": true,
	"ctypes": true, "curses": true, "dataclasses": true, "datetime": true, "dbm": true, "decimal": true,
	"difflib": true, "dis": true, "doctest": true, "email": true, "encodings": true, "ensurepip": true,
	"enum": true, "errno": true, "faulthandler": true, "fcntl": true, "filecmp": true, "fileinput": true,
	"fnmatch": true, "fractions": true, "ftplib": true, "functools": true, "gc": true, "genericpath": true,
	"getopt": true, "getpass": true, "gettext": true, "glob": true, "graphlib": true, "grp": true, "gzip": true,
	"hashlib": true, "heapq": true, "hmac": true, "html": true, "http": true, "idlelib": true, "imaplib": true,
	"importlib": true, "inspect": true, "io": true, "ipaddress": true, "itertools": true, "json": true,
	"keyword": true, "linecache": true, "locale": true, "logging": true, "lzma": true, "mailbox": true,
	"marshal": true, "math": true, "mimetypes": true, "mmap": true, "modulefinder": true, "msvcrt": true,
	"multiprocessing": true, "netrc": true, "nt": true, "ntpath": true, "nturl2path": true, "numbers": true,
	"opcode": true, "operator": true, "optparse": true, "os": true, "pathlib": true, "pdb": true,
	"pickle": true, "pickletools": true, "pkgutil": true, "platform": true, "plistlib": true, "poplib": true,
	"posix": true, "posixpath": true, "pprint": true, "profile": true, "pstats": true, "pty": true, "pwd": true,
	"py_compile": true, "pyclbr": true, "pydoc": true, "pydoc_data": true, "pyexpat": true, "queue": true,
	"quopri": true, "random": true, "re": true, "readline": true, "reprlib": true, "resource": true,
	"rlcompleter": true, "runpy": true, "sched": true, "secrets": true, "select": true, "selectors": true,
	"shelve": true, "shlex": true, "shutil": true, "signal": true, "site": true, "smtplib": true,
	"socket": true, "socketserver": true, "sqlite3": true, "sre_compile": true, "sre_constants": true,
	"sre_parse": true, "ssl": true, "stat": true, "statistics": true, "string": true, "stringprep": true,
	"struct": true, "subprocess": true, "symtable": true, "sys": true, "sysconfig": true, "syslog": true,
	"tabnanny": true, "tarfile": true, "tempfile": true, "termios": true, "textwrap": true, "this": true,
	"threading": true, "time": true, "timeit": true, "tkinter": true, "token": true, "tokenize": true,
	"tomllib": true, "trace": true, "traceback": true, "tracemalloc": true, "tty": true, "turtle": true,
	"turtledemo": true, "types": true, "typing": true, "unicodedata": true, "unittest": true, "urllib": true,
	"uuid": true, "venv": true, "warnings": true, "wave": true, "weakref": true, "webbrowser": true,
	"winreg": true, "winsound": true, "wsgiref": true, "xml": true, "xmlrpc": true, "zipapp": true,
	"zipfile": true, "zipimport": true, "zlib": true, "zoneinfo": true,
}
