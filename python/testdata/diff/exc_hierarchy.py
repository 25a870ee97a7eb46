for cls in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, RecursionError,
            NotImplementedError, UnboundLocalError, ModuleNotFoundError, StopIteration,
            KeyboardInterrupt, GeneratorExit, TimeoutError, UnicodeDecodeError, BrokenPipeError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
print(issubclass(TimeoutError, OSError), issubclass(bool, int), issubclass(KeyError, Exception))
print(BaseException.__subclasses__ is not None, isinstance(ValueError(), BaseException))
