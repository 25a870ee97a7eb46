"""Pretty printing of nested data, laid out as CPython's pprint lays it out.

Has: pprint, pformat, pp, saferepr, isreadable, isrecursive, PrettyPrinter
(indent, width, depth, stream, compact, sort_dicts; for dicts, lists,
tuples, sets and frozensets, and their subclasses whose repr is the
built-in one, with recursion and depth markers).
Lacks: splitting long strings and bytes across lines, dataclasses,
mappingproxy, SimpleNamespace, underscore_numbers.
"""

import sys as _sys


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _safe_tuple(t):
    return _SafeKey(t[0]), _SafeKey(t[1])


class _Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent, width = int(indent), int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth, self._indent_per_level, self._width = depth, indent, width
        self._stream = stream
        self._compact, self._sort_dicts = bool(compact), sort_dicts

    def pprint(self, object):
        stream = self._stream if self._stream is not None else _sys.stdout
        if stream is not None:
            stream.write(self.pformat(object) + "\n")

    def pformat(self, object):
        out = _Out()
        self._format(object, out, 0, 0, {}, 0)
        return ''.join(out.parts)

    def isrecursive(self, object):
        return self._safe_repr(object, {}, self._depth, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self._safe_repr(object, {}, self._depth, 0)
        return readable and not recursive

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(f"<Recursion on {type(object).__name__} with id={objid}>")
            return
        rep = self._safe_repr(object, context, self._depth, level)[0]
        if len(rep) > self._width - indent - allowance:
            p = self._dispatch_for(object)
            if p is not None:
                context[objid] = 1
                p(self, object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _dispatch_for(self, object):
        for base, method in ((dict, PrettyPrinter._pprint_dict), (list, PrettyPrinter._pprint_list),
                             (tuple, PrettyPrinter._pprint_tuple), (set, PrettyPrinter._pprint_set),
                             (frozenset, PrettyPrinter._pprint_set)):
            if isinstance(object, base) and type(object).__repr__ is base.__repr__:
                return method
        return None

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        if len(object):
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            self._format_dict_items(list(items), stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        endchar = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        typ = type(object)
        if typ is set:
            stream.write('{')
            endchar = '}'
        else:
            stream.write(typ.__name__ + '({')
            endchar = '})'
            indent += len(typ.__name__) + 1
        object = sorted(object, key=_SafeKey)
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        delimnl = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._safe_repr(key, context, self._depth, level)[0]
            stream.write(rep)
            stream.write(': ')
            self._format(ent, stream, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                stream.write(delimnl)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        delimnl = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        it = iter(items)
        try:
            next_ent = next(it)
        except StopIteration:
            return
        last = False
        while not last:
            ent = next_ent
            try:
                next_ent = next(it)
            except StopIteration:
                last = True
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._safe_repr(ent, context, self._depth, level)[0]
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    stream.write(delim)
                    delim = ', '
                    stream.write(rep)
                    continue
            stream.write(delim)
            delim = delimnl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def _safe_repr(self, object, context, maxlevels, level):
        """(repr, readable, recursive) with dicts sorted and depth limited."""
        typ = type(object)
        if typ in (str, int, float, bool, type(None), bytes, complex):
            return repr(object), True, False
        if isinstance(object, dict) and typ.__repr__ is dict.__repr__:
            if not object:
                return "{}", True, False
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, objid in context
            if objid in context:
                return f"<Recursion on {typ.__name__} with id={objid}>", False, True
            context[objid] = 1
            readable, recursive, parts = True, False, []
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            for k, v in items:
                krepr, kreadable, krecur = self._safe_repr(k, context, maxlevels, level + 1)
                vrepr, vreadable, vrecur = self._safe_repr(v, context, maxlevels, level + 1)
                parts.append(f"{krepr}: {vrepr}")
                readable = readable and kreadable and vreadable
                recursive = recursive or krecur or vrecur
            del context[objid]
            return "{" + ", ".join(parts) + "}", readable, recursive
        if (isinstance(object, list) and typ.__repr__ is list.__repr__) or (
                isinstance(object, tuple) and typ.__repr__ is tuple.__repr__):
            if isinstance(object, list):
                if not object:
                    return "[]", True, False
                fmt = "[%s]"
            elif len(object) == 1:
                fmt = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                fmt = "(%s)"
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return fmt % "...", False, objid in context
            if objid in context:
                return f"<Recursion on {typ.__name__} with id={objid}>", False, True
            context[objid] = 1
            readable, recursive, parts = True, False, []
            for o in object:
                orepr, oreadable, orecur = self._safe_repr(o, context, maxlevels, level + 1)
                parts.append(orepr)
                readable = readable and oreadable
                recursive = recursive or orecur
            del context[objid]
            return fmt % ", ".join(parts), readable, recursive
        rep = repr(object)
        return rep, bool(rep) and not rep.startswith('<'), False
