"""Shallow and deep copies.

Has: copy deepcopy (lists, tuples, dicts, sets, instances with __dict__,
__copy__ and __deepcopy__, tuple subclasses and others with __getnewargs__,
the memo for shared and self-referencing objects), replace (__replace__),
Error.
Lacks: __reduce__-based copying and copyreg.
"""


class Error(Exception):
    pass


error = Error
_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(len), type(lambda: 0),
           type(Ellipsis), type(NotImplemented), property)


def copy(x):
    cls = type(x)
    if isinstance(x, _atomic) or cls is frozenset or cls is tuple:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    m = getattr(cls, "__copy__", None)
    if m is not None:
        return m(x)
    newargs = getattr(x, "__getnewargs__", None)
    y = cls.__new__(cls, *newargs()) if newargs is not None else cls.__new__(cls)
    if hasattr(x, "__dict__"):
        y.__dict__.update(x.__dict__)
    if isinstance(x, dict):
        dict.update(y, x)
    elif isinstance(x, list):
        list.extend(y, x)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if isinstance(x, _atomic):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(x, y)):
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    else:
        m = getattr(x, "__deepcopy__", None)
        if m is not None:
            y = m(memo)
        else:
            newargs = getattr(x, "__getnewargs__", None)
            if newargs is not None:
                y = cls.__new__(cls, *deepcopy(newargs(), memo))
            else:
                y = cls.__new__(cls)
            memo[d] = y
            if hasattr(x, "__dict__"):
                for k, v in x.__dict__.items():
                    y.__dict__[k] = deepcopy(v, memo)
            if isinstance(x, dict):
                for k, v in x.items():
                    dict.update(y, [(deepcopy(k, memo), deepcopy(v, memo))])
            elif isinstance(x, list):
                for v in x:
                    list.append(y, deepcopy(v, memo))
    memo[d] = y
    return y


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values (obj's __replace__)."""
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
