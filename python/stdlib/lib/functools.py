"""Higher-order functions.

Has: partial (with CPython's repr), reduce, update_wrapper, wraps,
WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES, lru_cache and cache (cache_info,
cache_clear, cache_parameters), total_ordering, cached_property,
cmp_to_key, singledispatch (register by class or by decorator argument).
Lacks: partialmethod, singledispatchmethod, registration by annotation.
"""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except AttributeError:
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


try:
    from _functools import reduce, partial_base as _partial_base, lru_base as _lru_base
except ImportError:
    # On CPython (the module tests): the same behaviour in Python.
    _initial_missing = object()

    def reduce(function, iterable, initial=_initial_missing, /):
        it = iter(iterable)
        if initial is _initial_missing:
            try:
                value = next(it)
            except StopIteration:
                raise TypeError("reduce() of empty iterable with no initial value") from None
        else:
            value = initial
        for element in it:
            value = function(value, element)
        return value

    class _partial_base:
        def __call__(self, /, *args, **keywords):
            return self.func(*self.args, *args, **{**self.keywords, **keywords})

    class _lru_base:
        def __call__(self, *args, **kwds):
            key = _make_key(args, kwds, self._typed)
            cache = self._cache
            if key in cache:
                self._hits += 1
                result = cache.pop(key)
                cache[key] = result
                return result
            self._misses += 1
            result = self.__wrapped__(*args, **kwds)
            if self._maxsize != 0 and key not in cache:
                if self._maxsize is not None and len(cache) >= self._maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
            return result


class partial(_partial_base):
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += [f"{k}={v!r}" for k, v in self.keywords.items()]
        return f"functools.partial({', '.join(parts)})"

    def __get__(self, obj, objtype=None):
        return self


def cmp_to_key(mycmp):
    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


_ROOTS = {
    '__lt__': [('__gt__', lambda self, other: _not_op_and_not_eq(self.__lt__, self, other)),
               ('__le__', lambda self, other: _op_or_eq(self.__lt__, self, other)),
               ('__ge__', lambda self, other: _not_op(self.__lt__, other))],
    '__le__': [('__ge__', lambda self, other: _not_op_or_eq(self.__le__, self, other)),
               ('__lt__', lambda self, other: _op_and_not_eq(self.__le__, self, other)),
               ('__gt__', lambda self, other: _not_op(self.__le__, other))],
    '__gt__': [('__lt__', lambda self, other: _not_op_and_not_eq(self.__gt__, self, other)),
               ('__ge__', lambda self, other: _op_or_eq(self.__gt__, self, other)),
               ('__le__', lambda self, other: _not_op(self.__gt__, other))],
    '__ge__': [('__le__', lambda self, other: _not_op_or_eq(self.__ge__, self, other)),
               ('__gt__', lambda self, other: _op_and_not_eq(self.__ge__, self, other)),
               ('__lt__', lambda self, other: _not_op(self.__ge__, other))],
}


def _not_op(op, other):
    r = op(other)
    return r if r is NotImplemented else not r


def _op_or_eq(op, self, other):
    r = op(other)
    return r if r is NotImplemented else (r or self == other)


def _not_op_and_not_eq(op, self, other):
    r = op(other)
    return r if r is NotImplemented else (not r and self != other)


def _not_op_or_eq(op, self, other):
    r = op(other)
    return r if r is NotImplemented else (not r or self == other)


def _op_and_not_eq(op, self, other):
    r = op(other)
    return r if r is NotImplemented else (r and self != other)


def total_ordering(cls):
    roots = {op for op in _ROOTS if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, opfunc in _ROOTS[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


def _make_cache_info(hits, misses, maxsize, currsize):
    from collections import namedtuple
    global _CacheInfoType
    try:
        T = _CacheInfoType
    except NameError:
        T = _CacheInfoType = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
    return T(hits, misses, maxsize, currsize)


_kwd_mark = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


class _lru_cache_wrapper(_lru_base):
    def __init__(self, user_function, maxsize, typed):
        self._cache, self._maxsize, self._typed = {}, maxsize, typed
        self._hits = self._misses = 0
        update_wrapper(self, user_function)

    def cache_info(self):
        return _make_cache_info(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache.clear()
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return partial(self, obj)

    def __repr__(self):
        return f"<functools._lru_cache_wrapper object at {hex(id(self))}>"

    def __reduce__(self):
        # Pickled by name, as CPython pickles a cached module-level function.
        return self.__qualname__


def _lru_wrapper(user_function, maxsize, typed):
    return _lru_cache_wrapper(user_function, maxsize, typed)


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        val = self.func(instance)
        instance.__dict__[self.attrname] = val
        return val


def singledispatch(func):
    registry = {}

    def dispatch(cls):
        for c in cls.__mro__:
            if c in registry:
                return registry[c]
        return func

    def register(cls, f=None):
        if f is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            f, cls = cls, None
            ann = getattr(f, '__annotations__', {})
            for v in ann.values():
                cls = v
                break
            if cls is None:
                raise TypeError(f"Invalid first argument to `register()`: {f!r}. "
                                "Use either `@register(some_class)` or plain `@register` "
                                "on an annotated function.")
        registry[cls] = f
        return f

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
