"""JSON encoding and decoding.

Has: dumps (skipkeys, ensure_ascii, allow_nan, indent, separators,
sort_keys, default), loads (object_hook, object_pairs_hook, parse_float,
parse_int), JSONDecodeError (CPython's messages and positions),
JSONEncoder and JSONDecoder (encode/decode/default).
Lacks: dump and load (there are no files), cls= other than those two,
iterencode, check_circular (a self-containing value raises RecursionError).
"""


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg, self.doc, self.pos, self.lineno, self.colno = msg, doc, pos, lineno, colno


_ESC = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        e = _ESC.get(ch)
        if e is not None:
            out.append(e)
        elif ch < ' ':
            out.append('\\u%04x' % ord(ch))
        elif ensure_ascii and ord(ch) > 126:
            n = ord(ch)
            if n > 0xFFFF:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


JSONDecodeError.__module__ = 'json.decoder'


class JSONEncoder:
    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys, self.ensure_ascii, self.allow_nan = skipkeys, ensure_ascii, allow_nan
        self.sort_keys, self.indent = sort_keys, indent
        if isinstance(indent, int):
            self.indent = ' ' * indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator, self.key_separator = ',', ': '
        else:
            self.item_separator, self.key_separator = ', ', ': '
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {type(o).__name__} is not JSON serializable')

    def encode(self, o):
        out = []
        self._enc(o, out, 0)
        return ''.join(out)

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == -float('inf'):
            text = '-Infinity'
        else:
            return repr(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def _newline(self, out, level):
        if self.indent is not None:
            out.append('\n' + self.indent * level)

    def _enc(self, o, out, level):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(repr(int(o)))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)) or (hasattr(type(o), '_fields') and hasattr(type(o), '_make')):
            if not o:
                out.append('[]')
                return
            out.append('[')
            sep = self.item_separator.rstrip() if self.indent is not None else self.item_separator
            for i, v in enumerate(o):
                if i:
                    out.append(sep)
                self._newline(out, level + 1)
                self._enc(v, out, level + 1)
            self._newline(out, level)
            out.append(']')
        elif isinstance(o, dict):
            self._dict(o, out, level)
        else:
            self._enc(self.default(o), out, level)

    def _dict(self, o, out, level):
        if not o:
            out.append('{}')
            return
        items = list(o.items())
        if self.sort_keys:
            items.sort(key=lambda kv: kv[0])
        out.append('{')
        sep = self.item_separator.rstrip() if self.indent is not None else self.item_separator
        first = True
        for k, v in items:
            if isinstance(k, str):
                pass
            elif isinstance(k, float):
                k = self._float(k)
            elif k is True:
                k = 'true'
            elif k is False:
                k = 'false'
            elif k is None:
                k = 'null'
            elif isinstance(k, int):
                k = repr(int(k))
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not {type(k).__name__}')
            if not first:
                out.append(sep)
            first = False
            self._newline(out, level + 1)
            out.append(_encode_str(k, self.ensure_ascii))
            out.append(self.key_separator)
            self._enc(v, out, level + 1)
        self._newline(out, level)
        out.append('}')


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    return (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii, allow_nan=allow_nan,
                                indent=indent, separators=separators, default=default,
                                sort_keys=sort_keys, **kw).encode(obj)


_WS = ' \t\n\r'
_UNESC = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTS = {'null': None, 'true': True, 'false': False, 'NaN': float('nan'),
           'Infinity': float('inf'), '-Infinity': float('-inf')}


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.strict = strict

    def decode(self, s):
        if not isinstance(s, str):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, not {type(s).__name__}')
        self.s = s
        i = self._ws(0)
        value, i = self._value(i)
        i = self._ws(i)
        if i != len(s):
            raise JSONDecodeError("Extra data", s, i)
        return value

    def _ws(self, i):
        s = self.s
        while i < len(s) and s[i] in _WS:
            i += 1
        return i

    def _value(self, i):
        s = self.s
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return self._string(i + 1)
        if c == '{':
            return self._object(i + 1)
        if c == '[':
            return self._array(i + 1)
        for name, v in _CONSTS.items():
            if s.startswith(name, i):
                return v, i + len(name)
        j = i
        if j < len(s) and s[j] == '-':
            j += 1
        k = j
        while k < len(s) and s[k].isdigit():
            k += 1
        if k == j or (s[j] == '0' and k > j + 1):
            if k == j:
                raise JSONDecodeError("Expecting value", s, i)
            return self.parse_int(s[i:j + 1]), j + 1
        is_float = False
        if k + 1 < len(s) and s[k] == '.' and s[k + 1].isdigit():
            is_float = True
            k += 1
            while k < len(s) and s[k].isdigit():
                k += 1
        if k < len(s) and s[k] in 'eE':
            m = k + 1
            if m < len(s) and s[m] in '+-':
                m += 1
            if m < len(s) and s[m].isdigit():
                is_float = True
                k = m
                while k < len(s) and s[k].isdigit():
                    k += 1
        text = s[i:k]
        return (self.parse_float(text) if is_float else self.parse_int(text)), k

    def _string(self, i):
        s = self.s
        begin = i - 1
        out = []
        while True:
            if i >= len(s):
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            c = s[i]
            if c == '"':
                return ''.join(out), i + 1
            if c == '\\':
                i += 1
                if i >= len(s):
                    raise JSONDecodeError("Unterminated string starting at", s, begin)
                e = s[i]
                if e == 'u':
                    code = self._hex4(i + 1)
                    i += 5
                    if 0xD800 <= code <= 0xDBFF and s.startswith('\\u', i):
                        low = self._hex4(i + 2)
                        if 0xDC00 <= low <= 0xDFFF:
                            code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                            i += 6
                    out.append(chr(code))
                    continue
                if e not in _UNESC:
                    raise JSONDecodeError("Invalid \\escape", s, i - 1)
                out.append(_UNESC[e])
                i += 1
                continue
            if c < ' ' and self.strict:
                raise JSONDecodeError("Invalid control character at", s, i)
            out.append(c)
            i += 1

    def _hex4(self, i):
        h = self.s[i:i + 4]
        if len(h) != 4 or any(ch not in '0123456789abcdefABCDEF' for ch in h):
            raise JSONDecodeError("Invalid \\uXXXX escape", self.s, i - 1)
        return int(h, 16)

    def _array(self, i):
        s = self.s
        out = []
        i = self._ws(i)
        if i < len(s) and s[i] == ']':
            return out, i + 1
        while True:
            v, i = self._value(self._ws(i))
            out.append(v)
            i = self._ws(i)
            if i < len(s) and s[i] == ']':
                return out, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1
            j = self._ws(i)
            if j < len(s) and s[j] == ']':
                raise JSONDecodeError("Illegal trailing comma before end of array", s, i - 1)

    def _object(self, i):
        s = self.s
        pairs = []
        i = self._ws(i)
        if i < len(s) and s[i] == '}':
            return self._finish(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self._string(i + 1)
            i = self._ws(i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            v, i = self._value(self._ws(i + 1))
            pairs.append((key, v))
            i = self._ws(i)
            if i < len(s) and s[i] == '}':
                return self._finish(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            comma = i
            i = self._ws(i + 1)
            if i < len(s) and s[i] == '}':
                raise JSONDecodeError("Illegal trailing comma before end of object", s, comma)

    def _finish(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        return d if self.object_hook is None else self.object_hook(d)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, bytes):
        s = s.decode('utf-8')
    return (cls or JSONDecoder)(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                                object_pairs_hook=object_pairs_hook, **kw).decode(s)
