"""multiprocessing.sharedctypes on the simulator: Value, Array, RawValue, RawArray (numbers in
memory the processes that inherit them share, with a lock)."""

import _mpsim


class Synchronized:
    """A Value: one number in memory the processes that inherit it share, with a lock."""

    def __init__(self, cells, typecode):
        self._cells = cells
        self._typecode = typecode

    @property
    def value(self):
        return self._cells.get(0)

    @value.setter
    def value(self, v):
        self._cells.set(0, v)

    def get_lock(self):
        return self._cells.lock()

    def acquire(self, *args):
        return self._cells.lock().acquire(*args)

    def release(self):
        return self._cells.lock().release()

    def __enter__(self):
        return self._cells.lock().__enter__()

    def __exit__(self, *args):
        return self._cells.lock().__exit__(*args)

    def __repr__(self):
        return '<%s wrapper for %s(%r)>' % (type(self).__name__, _ctypes_names[self._typecode],
                                            self.value)


class SynchronizedArray(Synchronized):
    """An Array: numbers in memory the processes that inherit it share, with a lock."""

    def __len__(self):
        return self._cells.size()

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._cells.all()[i]
        return self._cells.get(i)

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            indices = range(*i.indices(len(self)))
            values = list(value)
            if len(values) != len(indices):
                raise ValueError("Can only assign sequence of same size")
            for j, v in zip(indices, values):
                self._cells.set(j, v)
            return
        self._cells.set(i, value)

    def __iter__(self):
        return iter(self._cells.all())

    def __repr__(self):
        return '<SynchronizedArray wrapper for <multiprocessing.sharedctypes.%s_Array_%d object>>' % (
            _ctypes_names[self._typecode], len(self))


_ctypes_names = {'i': 'c_int', 'l': 'c_long', 'q': 'c_longlong', 'b': 'c_byte', 'h': 'c_short',
                 'I': 'c_uint', 'L': 'c_ulong', 'Q': 'c_ulonglong', 'B': 'c_ubyte', 'H': 'c_ushort',
                 'd': 'c_double', 'f': 'c_float'}


def Value(typecode_or_type, *args, lock=True):
    """A number shared with the processes that inherit it: Value('i', 0), Value('d', 1.5)."""
    init = args[0] if args else (0.0 if typecode_or_type in ('d', 'f') else 0)
    return Synchronized(_mpsim.cells(typecode_or_type, [init], 'Synchronized'), typecode_or_type)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    """Numbers shared with the processes that inherit them: Array('i', 10), Array('d', [1.0, 2.0])."""
    if isinstance(size_or_initializer, int):
        zero = 0.0 if typecode_or_type in ('d', 'f') else 0
        size_or_initializer = [zero] * size_or_initializer
    return SynchronizedArray(_mpsim.cells(typecode_or_type, size_or_initializer, 'SynchronizedArray'),
                             typecode_or_type)


RawValue = Value
RawArray = Array
