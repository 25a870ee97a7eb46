"""In-memory text and binary streams.

Has: StringIO and BytesIO (write, writelines, read, readline, readlines,
getvalue, seek, tell, truncate, close, closed, iteration, with), their
newline handling for reading (universal newlines by default), IOBase,
TextIOBase, BufferedIOBase, RawIOBase, UnsupportedOperation, SEEK_SET,
SEEK_CUR, SEEK_END.
Lacks: files (open, FileIO, TextIOWrapper: there is no file system),
StringIO's newline translation on write.
"""

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines, n = [], 0
        for line in self:
            lines.append(line)
            n += len(line)
            if 0 < hint <= n:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_closed()

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        return False

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return getattr(self, '_closed', False)

    _closed_message = "I/O operation on closed file."

    def _check_closed(self):
        if self.closed:
            raise ValueError(self._closed_message)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _Memory:
    """The buffer, position and reading of StringIO and BytesIO."""

    def _init(self, initial, empty):
        self._buf = initial if initial is not None else empty
        self._pos = 0
        self._empty = empty

    def getvalue(self):
        self._check_closed()
        return self._buf

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            size = len(self._buf)
        data = self._buf[self._pos:self._pos + size]
        self._pos += len(data)
        return data

    def _write(self, s):
        self._check_closed()
        n = len(s)
        if self._pos > len(self._buf):
            self._buf += self._pad * (self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + n:]
        self._pos += n
        return n

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._buf = self._buf[:size]
        return size


class StringIO(_Memory, TextIOBase):
    _pad = '\0'
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._init(initial_value or '', '')
        self._newline = newline

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        return self._write(s)

    def readline(self, size=-1):
        self._check_closed()
        end = self._buf.find('\n', self._pos)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = self._buf[self._pos:end]
        self._pos = end
        return line

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"


class BytesIO(_Memory, BufferedIOBase):
    _pad = b'\0'

    def __init__(self, initial_bytes=b''):
        if not isinstance(initial_bytes, bytes):
            raise TypeError(f"a bytes-like object is required, not '{type(initial_bytes).__name__}'")
        self._init(initial_bytes, b'')

    def write(self, b):
        if not isinstance(b, bytes):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        return self._write(b)

    def readline(self, size=-1):
        self._check_closed()
        end = self._buf.find(b'\n', self._pos)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = self._buf[self._pos:end]
        self._pos = end
        return line

    def getbuffer(self):
        return self._buf
