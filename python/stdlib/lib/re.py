"""Regular expressions, on Go's regexp (the hidden module _re).

Has: compile, search, match, fullmatch, findall, finditer, sub, subn (with
\\1, \\g<name> templates or a function), split, escape, purge; Pattern
(pattern, flags, groups, groupindex and the same methods) and Match (group,
groups, groupdict, start, end, span, expand, lastindex, lastgroup, [],
CPython's repr); the flags IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII
(and their one-letter names); error.
Lacks: what needs backtracking (backreferences, lookahead and lookbehind,
conditional and atomic groups, possessive quantifiers), which raise
NotImplementedError saying so; bytes patterns. Differences from CPython:
$ without MULTILINE matches only at the very end (not before a final
newline); search and match with pos see the string from pos on (^ matches
there); compile errors carry Go's wording; \w, \d and \s are Unicode
classes close to CPython's (letters, numbers and _; decimal digits; the
separators and control spaces).
"""

import _re

NOFLAG = 0
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
A = ASCII = 256
_FLAG_NAMES = [(IGNORECASE, "re.IGNORECASE"), (LOCALE, "re.LOCALE"), (MULTILINE, "re.MULTILINE"),
               (DOTALL, "re.DOTALL"), (VERBOSE, "re.VERBOSE"), (ASCII, "re.ASCII")]
_MAXSIZE = 9223372036854775807


class PatternError(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg, self.pattern, self.pos = msg, pattern, pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error = PatternError


class Match:
    def __init__(self, pattern, string, pos, endpos, spans):
        self.re, self.string, self.pos, self.endpos = pattern, string, pos, endpos
        self._spans = spans

    def _index(self, g):
        if isinstance(g, int) and 0 <= g < len(self._spans):
            return g
        if isinstance(g, str) and g in self.re.groupindex:
            return self.re.groupindex[g]
        raise IndexError("no such group")

    def _group(self, g):
        s, e = self._spans[self._index(g)]
        return None if s < 0 else self.string[s:e]

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(groups[0])
        return tuple(self._group(g) for g in groups)

    def __getitem__(self, g):
        return self._group(g)

    def groups(self, default=None):
        return tuple(default if s < 0 else self.string[s:e] for s, e in self._spans[1:])

    def groupdict(self, default=None):
        out = {}
        for name, i in self.re.groupindex.items():
            v = self._group(i)
            out[name] = default if v is None else v
        return out

    def start(self, group=0):
        return self._spans[self._index(group)][0]

    def end(self, group=0):
        return self._spans[self._index(group)][1]

    def span(self, group=0):
        return self._spans[self._index(group)]

    @property
    def lastindex(self):
        best = None
        for i in range(1, len(self._spans)):
            s, e = self._spans[i]
            if s >= 0 and (best is None or e > self._spans[best][1]):
                best = i
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        for name, j in self.re.groupindex.items():
            if j == i:
                return name
        return None

    def expand(self, template):
        return _expand(self, template)

    def __bool__(self):
        return True

    def __repr__(self):
        return f"<re.Match object; span={self.span()!r}, match={self.group()!r}>"


class Pattern:
    def __init__(self, pattern, flags):
        if not isinstance(pattern, str):
            raise TypeError("first argument must be string or compiled pattern")
        try:
            self._core = _re.compile(pattern, flags)
        except ValueError as e:
            msg, sep, pos = str(e).rpartition(" at position ")
            if sep and pos.isdigit():
                raise error(msg, pattern, int(pos)) from None
            raise error(str(e), pattern) from None
        self.pattern = pattern
        self.flags = flags if flags & ASCII else flags | UNICODE
        self.groups = self._core.ngroups()
        self.groupindex = self._core.names()

    def _match(self, spans, string, pos, endpos):
        return None if spans is None else Match(self, string, pos, endpos, spans)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._match(self._core.search(string, pos, endpos), string, pos, endpos)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._match(self._core.match(string, pos, endpos), string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._match(self._core.fullmatch(string, pos, endpos), string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return iter([Match(self, string, pos, endpos, sp) for sp in self._core.all(string, pos, endpos)])

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        out = []
        for sp in self._core.all(string, pos, endpos):
            vals = tuple('' if s < 0 else string[s:e] for s, e in sp)
            if self.groups == 0:
                out.append(vals[0])
            elif self.groups == 1:
                out.append(vals[1])
            else:
                out.append(vals[1:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            fn = repl
        elif '\\' not in repl:
            fn = lambda m: repl
        else:
            _check_template(self, repl)
            fn = lambda m: _expand(m, repl)
        parts, last, n = [], 0, 0
        for sp in self._core.all(string):
            if count and n >= count:
                break
            s, e = sp[0]
            parts.append(string[last:s])
            parts.append(fn(Match(self, string, 0, len(string), sp)))
            last = e
            n += 1
        parts.append(string[last:])
        return ''.join(parts), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        parts, last, n = [], 0, 0
        for sp in self._core.all(string):
            if maxsplit and n >= maxsplit:
                break
            s, e = sp[0]
            parts.append(string[last:s])
            parts.extend(None if gs < 0 else string[gs:ge] for gs, ge in sp[1:])
            last = e
            n += 1
        parts.append(string[last:])
        return parts

    def __repr__(self):
        names = [name for bit, name in _FLAG_NAMES if self.flags & bit]
        flags = f", {'|'.join(names)}" if names else ""
        return f"re.compile({self.pattern!r}{flags})"

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))


_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', 'b': '\b', '\\': '\\'}


class _Ref:
    """A group reference in a substitution template."""

    def __init__(self, group):
        self.group = group


def _template_items(template):
    """The template's literal strings and group references (_Ref)."""
    out, i, lit = [], 0, []
    while i < len(template):
        c = template[i]
        if c != '\\' or i + 1 == len(template):
            lit.append(c)
            i += 1
            continue
        e = template[i + 1]
        if e == 'g':
            close = template.find('>', i + 3)
            if template[i + 2:i + 3] != '<':
                raise error(f"missing <", template, i + 2)
            if close < 0:
                raise error(f"missing >, unterminated name", template, i + 3)
            name = template[i + 3:close]
            out.append(''.join(lit))
            lit = []
            out.append(_Ref(int(name) if name.isdigit() else name))
            i = close + 1
        elif e.isdigit():
            j = i + 2
            if j < len(template) and template[j].isdigit():
                j += 1
            out.append(''.join(lit))
            lit = []
            out.append(_Ref(int(template[i + 1:j])))
            i = j
        elif e in _ESCAPES:
            lit.append(_ESCAPES[e])
            i += 2
        elif e.isascii() and e.isalpha():
            raise error(f"bad escape \\{e}", template, i)
        else:
            lit.append('\\' + e)
            i += 2
    out.append(''.join(lit))
    return out


def _check_template(pattern, template):
    for item in _template_items(template):
        if isinstance(item, _Ref):
            g = item.group
            if isinstance(g, int) and g > pattern.groups:
                raise error(f"invalid group reference {g}", template, 1)
            if isinstance(g, str) and g not in pattern.groupindex:
                raise IndexError(f"unknown group name '{g}'")


def _expand(match, template):
    return ''.join((match.group(x.group) or '') if isinstance(x, _Ref) else x for x in _template_items(template))


_cache = {}


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = _cache[key] = Pattern(pattern, flags)
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


_SPECIAL = set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)


def purge():
    _cache.clear()
